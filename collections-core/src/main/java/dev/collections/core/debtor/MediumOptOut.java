package dev.collections.core.debtor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person asked the collector not to use a medium to communicate with them, or not one address or
 * number within it (12 CFR 1006.14(h)).
 *
 * <p>Without a {@link #contactPoint()} the whole {@link #medium()} is closed to that person ("stop
 * calling me" closes {@link Medium#TELEPHONE}); with one, only that address or number in that
 * medium ("reply STOP" to a text closes {@link Medium#TEXT_MESSAGE} to that number, not calls to
 * it). The contact point is matched by {@linkplain ContactPoint#isSameDestinationAs(ContactPoint)
 * destination}, not by equality. The contact point must be one the medium reaches: a phone number
 * for calls and texts, an email address for email, a postal address for mail and visits; a
 * social-media opt-out names none. An opt-out applies to every debt. It is in force from {@link
 * #knownAt()} until the person takes it back, {@link #revokedAt()}, exclusive. The exceptions of
 * 1006.14(h)(2) (one confirmation, one reply to a person who initiates contact, media required by
 * law) are for the rules.
 *
 * <pre>{@code
 * MediumOptOut noTexts = MediumOptOut.builder()
 *     .personId(PersonId.of("D-1"))
 *     .medium(Medium.TEXT_MESSAGE)
 *     .contactPoint(mobile)
 *     .knownAt(Instant.parse("2024-03-01T15:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MediumOptOut extends StatusEvent {

  MediumOptOut() {}

  /**
   * Returns the person who opted out: the debtor or one of its persons.
   *
   * @return the person's identifier
   */
  public abstract PersonId personId();

  /**
   * Returns the medium opted out of.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * Returns the one address or number opted out of, within the medium.
   *
   * @return the contact point, or empty when the whole medium is opted out of
   */
  public abstract Optional<ContactPoint> contactPoint();

  /**
   * Returns the instant the person took the opt-out back; it is over from that instant.
   *
   * @return the end, not before {@link #knownAt()}; empty while the opt-out lasts
   */
  public abstract Optional<Instant> revokedAt();

  /**
   * Returns a builder of medium opt-outs.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MediumOptOut}; the contact point and the revocation are optional. */
  public static final class Builder extends ImmutableMediumOptOut.Builder {
    Builder() {}
  }

  /**
   * Returns this opt-out, revoked at an instant.
   *
   * @param revokedAt the instant the person took it back, not before {@link #knownAt()}
   * @return the changed opt-out
   * @throws IllegalArgumentException if {@code revokedAt} is before {@link #knownAt()}
   * @throws NullPointerException if {@code revokedAt} is null
   */
  public MediumOptOut withRevokedAt(Instant revokedAt) {
    return ((ImmutableMediumOptOut) ImmutableMediumOptOut.copyOf(this)).withRevokedAt(revokedAt);
  }

  /**
   * Checks whether the opt-out closes a whole medium.
   *
   * @param medium the medium
   * @return true if it is the opted-out medium and no single contact point is named
   * @throws NullPointerException if {@code medium} is null
   */
  public boolean coversWholeMedium(Medium medium) {
    Objects.requireNonNull(medium, "medium");
    return medium == medium() && contactPoint().isEmpty();
  }

  /**
   * Checks whether the opt-out closes a medium to a contact point: the medium is the opted-out one,
   * and the opt-out names no contact point or {@linkplain ContactPoint#isSameDestinationAs(
   * ContactPoint) the same destination}, so a "STOP" to a number still covers it when the host
   * later records the number with another type or an area-code zone.
   *
   * @param medium the medium the collector would use
   * @param destination the contact point it would use
   * @return true if the opt-out forbids it
   * @throws NullPointerException if an argument is null
   */
  public boolean covers(Medium medium, ContactPoint destination) {
    Objects.requireNonNull(medium, "medium");
    Objects.requireNonNull(destination, "destination");
    return medium == medium() && contactPoint().map(destination::isSameDestinationAs).orElse(true);
  }

  /**
   * Returns {@link StatusEventKind#MEDIUM_OPT_OUT}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.MEDIUM_OPT_OUT;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return Events.notEndedAt(revokedAt(), instant);
  }

  @Override
  Set<PersonId> namedPersons() {
    return Set.of(personId());
  }

  @Value.Check
  void check() {
    contactPoint().ifPresent(c -> Events.requireCarries(medium(), c, "a medium opt-out"));
    Events.requireNotBefore(
        revokedAt(), knownAt(), "a medium opt-out must not end before it is known");
  }
}
