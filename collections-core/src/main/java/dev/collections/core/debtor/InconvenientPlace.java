package dev.collections.core.debtor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person told the collector, or the creditor's file notes say, that a place is inconvenient for
 * communicating with them: a kind of place ("not at work") or one contact point ("not at this
 * address") (12 CFR 1006.6(b)(1)(ii)).
 *
 * <p>Exactly one of {@link #placeType()} and {@link #contactPoint()} is set. A designated place
 * blocks the contact points tied to it (comment 6(b)(1)(ii)-1): for a kind of place, a postal
 * address of that type, a residential landline for {@link AddressType#HOME} and a work phone for
 * {@link AddressType#WORK}. A mobile phone or an email is blocked only when the collector knows the
 * person is at the place, which is the rules' knowledge, not this designation's. A consumer's
 * statement that the employer prohibits communication at work (1006.6(b)(3)) is recorded as a
 * {@link AddressType#WORK} designation. It binds from {@link #knownAt()} until {@link #liftedAt()},
 * exclusive.
 *
 * <pre>{@code
 * InconvenientPlace notAtWork = InconvenientPlace.builder()
 *     .personId(PersonId.of("D-1"))
 *     .placeType(AddressType.WORK)
 *     .source(DesignationSource.CONSUMER)
 *     .knownAt(Instant.parse("2024-03-01T15:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InconvenientPlace extends StatusEvent {

  InconvenientPlace() {}

  /**
   * Returns the person for whom the place is inconvenient: the debtor or one of its persons.
   *
   * @return the person's identifier
   */
  public abstract PersonId personId();

  /**
   * Returns the kind of place designated, such as {@link AddressType#WORK}.
   *
   * @return the kind of place, or empty when one contact point is designated
   */
  public abstract Optional<AddressType> placeType();

  /**
   * Returns the one contact point designated.
   *
   * @return the contact point, or empty when a kind of place is designated
   */
  public abstract Optional<ContactPoint> contactPoint();

  /**
   * Returns where the collector learned of the designation.
   *
   * @return the source
   */
  public abstract DesignationSource source();

  /**
   * Returns the instant the person said the place is no longer inconvenient; the designation is
   * over from that instant.
   *
   * @return the end, not before {@link #knownAt()}; empty while the designation lasts
   */
  public abstract Optional<Instant> liftedAt();

  /**
   * Returns a builder of inconvenient-place designations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InconvenientPlace}: a place type or a contact point, not both; the end is
   * optional.
   */
  public static final class Builder extends ImmutableInconvenientPlace.Builder {
    Builder() {}
  }

  /**
   * Returns this designation, lifted at an instant.
   *
   * @param liftedAt the instant the person lifted it, not before {@link #knownAt()}
   * @return the changed designation
   * @throws IllegalArgumentException if {@code liftedAt} is before {@link #knownAt()}
   * @throws NullPointerException if {@code liftedAt} is null
   */
  public InconvenientPlace withLiftedAt(Instant liftedAt) {
    return ((ImmutableInconvenientPlace) ImmutableInconvenientPlace.copyOf(this))
        .withLiftedAt(liftedAt);
  }

  /**
   * Checks whether the designation blocks a contact point: it is {@linkplain
   * ContactPoint#isSameDestinationAs(ContactPoint) the same destination} as the designated contact
   * point, or it is tied to a place of the designated kind (a postal address of that type, a
   * residential landline for {@link AddressType#HOME}, a work phone for {@link AddressType#WORK}).
   *
   * @param destination the contact point the collector would use
   * @return true if the designated place blocks it
   * @throws NullPointerException if {@code destination} is null
   */
  public boolean covers(ContactPoint destination) {
    Objects.requireNonNull(destination, "destination");
    if (contactPoint().isPresent()) {
      return contactPoint().get().isSameDestinationAs(destination);
    }
    return placeType().equals(placeOf(destination));
  }

  /** The kind of place a place-bound contact point is tied to. */
  private static Optional<AddressType> placeOf(ContactPoint destination) {
    if (destination instanceof PostalAddress address) {
      return Optional.of(address.type());
    }
    if (destination instanceof Phone phone) {
      return switch (phone.type()) {
        case LANDLINE -> Optional.of(AddressType.HOME);
        case WORK -> Optional.of(AddressType.WORK);
        case MOBILE, VOIP -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  /**
   * Returns {@link StatusEventKind#INCONVENIENT_PLACE}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.INCONVENIENT_PLACE;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return Events.notEndedAt(liftedAt(), instant);
  }

  @Override
  Set<PersonId> namedPersons() {
    return Set.of(personId());
  }

  @Value.Check
  void check() {
    if (placeType().isPresent() == contactPoint().isPresent()) {
      throw new IllegalArgumentException(
          "an inconvenient place is either a type of place or one contact point: "
              + (placeType().isPresent() ? "both given" : "neither given"));
    }
    Events.requireNotBefore(
        liftedAt(), knownAt(), "an inconvenient-place designation must not end before it is known");
  }
}
