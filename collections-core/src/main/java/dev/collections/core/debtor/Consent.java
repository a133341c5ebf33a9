package dev.collections.core.debtor;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person's consent that lifts one restriction, its {@link #scope()}, for some debts, possibly
 * only through one medium or at one contact point, for a period.
 *
 * <p>The consent is given by {@link #personId()} (the consumer, one of the persons 1006.6(a) treats
 * as the consumer, or the consumer's attorney for {@link
 * ConsentScope#DIRECT_COMMUNICATION_WHILE_REPRESENTED}); a {@link
 * ConsentScope#THIRD_PARTY_COMMUNICATION} consent also names the {@link #thirdPartyId()} the
 * collector may speak to. It is received at {@link #knownAt()} and active from {@link #startAt()}
 * (the receipt unless later: "call me tomorrow at 7") until the earlier of {@link #endAt()}, the
 * end of a period the person gave, and {@link #revokedAt()}, both exclusive. The library stores the
 * period as given; caps such as the seven days of 1006.14(b)(3)(i), and the early end of a
 * call-frequency consent at the next conversation, are for the rules.
 *
 * <pre>{@code
 * Consent callMeMore = Consent.builder()
 *     .scope(ConsentScope.CALL_FREQUENCY)
 *     .personId(PersonId.of("D-1"))
 *     .debts(DebtScope.ofDebt("INV-1"))
 *     .knownAt(Instant.parse("2020-04-03T15:00:00Z"))
 *     .endAt(Instant.parse("2020-04-10T04:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Consent extends StatusEvent {

  Consent() {}

  /**
   * Returns the restriction the consent lifts.
   *
   * @return the scope
   */
  public abstract ConsentScope scope();

  /**
   * Returns the person who gave the consent: the debtor or one of its persons.
   *
   * @return the person's identifier
   */
  public abstract PersonId personId();

  /**
   * Returns the debts the consent concerns.
   *
   * @return the debts covered
   */
  public abstract DebtScope debts();

  /**
   * Returns the one medium the consent covers ("you may text me"); a scope that implies a medium
   * allows only that one here.
   *
   * @return the medium, or empty when the consent covers any medium its scope allows
   */
  public abstract Optional<Medium> medium();

  /**
   * Returns the one address or number the consent covers.
   *
   * @return the contact point, or empty when the consent is not limited to one; always present for
   *     the scopes that {@linkplain ConsentScope#namesContactPoint() name one}
   */
  public abstract Optional<ContactPoint> contactPoint();

  /**
   * Returns the third party the collector may communicate with about the debts.
   *
   * @return the third party for {@link ConsentScope#THIRD_PARTY_COMMUNICATION}; empty for every
   *     other scope
   */
  public abstract Optional<PersonId> thirdPartyId();

  /**
   * Returns the instant from which the consent is active.
   *
   * @return the start, not before {@link #knownAt()}; {@link #knownAt()} unless set
   */
  @Value.Default
  public Instant startAt() {
    return knownAt();
  }

  /**
   * Returns the end of the period the person gave.
   *
   * @return the end, exclusive, not before {@link #startAt()}; empty when no period was given
   */
  public abstract Optional<Instant> endAt();

  /**
   * Returns the instant the person revoked the consent; it is over from that instant.
   *
   * @return the revocation, not before {@link #knownAt()}; empty unless revoked
   */
  public abstract Optional<Instant> revokedAt();

  /**
   * Returns a builder of consents.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Consent}: the scope, person, debts and known instant are required; the start
   * defaults to the known instant.
   */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }

  /**
   * Returns this consent, revoked at an instant.
   *
   * @param revokedAt the instant the person revoked it, not before {@link #knownAt()}
   * @return the changed consent
   * @throws IllegalArgumentException if {@code revokedAt} is before {@link #knownAt()}
   * @throws NullPointerException if {@code revokedAt} is null
   */
  public Consent withRevokedAt(Instant revokedAt) {
    return ((ImmutableConsent) ImmutableConsent.copyOf(this)).withRevokedAt(revokedAt);
  }

  /**
   * Checks whether the consent is active at an instant: known, started, and neither ended nor
   * revoked at or before it. The same as {@link #isInForceAt(Instant)}.
   *
   * @param instant the instant
   * @return true if the consent is active then
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean isActiveAt(Instant instant) {
    return isInForceAt(instant);
  }

  /**
   * Checks whether the consent covers a medium: it names no medium, or this one, and its scope
   * implies no other.
   *
   * @param medium the medium the collector would use
   * @return true if the consent allows that medium
   * @throws NullPointerException if {@code medium} is null
   */
  public boolean coversMedium(Medium medium) {
    Objects.requireNonNull(medium, "medium");
    return medium().or(scope()::impliedMedium).map(medium::equals).orElse(true);
  }

  /**
   * Checks whether the consent covers a contact point: it names none, or one that is {@linkplain
   * ContactPoint#isSameDestinationAs(ContactPoint) the same destination} (the same number, mailbox
   * or place, however recorded).
   *
   * @param destination the contact point the collector would use
   * @return true if the consent allows that contact point
   * @throws NullPointerException if {@code destination} is null
   */
  public boolean coversDestination(ContactPoint destination) {
    Objects.requireNonNull(destination, "destination");
    return contactPoint().map(destination::isSameDestinationAs).orElse(true);
  }

  /**
   * Returns {@link StatusEventKind#CONSENT}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.CONSENT;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return !instant.isBefore(startAt())
        && Events.notEndedAt(endAt(), instant)
        && Events.notEndedAt(revokedAt(), instant);
  }

  @Override
  Set<PersonId> namedPersons() {
    Set<PersonId> persons = new LinkedHashSet<>();
    persons.add(personId());
    thirdPartyId().ifPresent(persons::add);
    return persons;
  }

  @Value.Check
  void check() {
    Events.requireNotBefore(
        Optional.of(startAt()), knownAt(), "a consent must not start before it is received");
    Events.requireNotBefore(endAt(), startAt(), "a consent must not end before it starts");
    Events.requireNotBefore(
        revokedAt(), knownAt(), "a consent must not be revoked before it is received");
    ConsentScope scope = scope();
    if (scope.impliedMedium().isPresent()
        && medium().isPresent()
        && scope.impliedMedium().get() != medium().get()) {
      throw new IllegalArgumentException(
          "a consent of scope "
              + scope
              + " covers only "
              + scope.impliedMedium().get()
              + ": "
              + medium().get());
    }
    if (scope.namesContactPoint() && contactPoint().isEmpty()) {
      throw new IllegalArgumentException(
          "a consent of scope " + scope + " must name the contact point it covers: none given");
    }
    Optional<Medium> medium = medium().or(scope::impliedMedium);
    if (medium.isPresent() && contactPoint().isPresent()) {
      Events.requireCarries(medium.get(), contactPoint().get(), "a consent");
    }
    boolean thirdPartyScope = scope == ConsentScope.THIRD_PARTY_COMMUNICATION;
    if (thirdPartyScope && thirdPartyId().isEmpty()) {
      throw new IllegalArgumentException(
          "a consent of scope THIRD_PARTY_COMMUNICATION must name the third party: none given");
    }
    if (!thirdPartyScope && thirdPartyId().isPresent()) {
      throw new IllegalArgumentException(
          "only a consent of scope THIRD_PARTY_COMMUNICATION names a third party: "
              + scope
              + " names "
              + thirdPartyId().get());
    }
  }
}
