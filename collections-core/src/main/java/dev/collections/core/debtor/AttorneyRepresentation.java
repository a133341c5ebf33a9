package dev.collections.core.debtor;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The collector learned that the consumer is represented by an attorney with respect to some debts.
 *
 * <p>While the representation is in force, Regulation F bars communicating with the consumer about
 * those debts if the collector knows, or can readily ascertain, the attorney's name and address (12
 * CFR 1006.6(b)(2)), unless the attorney fails to respond within a reasonable period or consents to
 * direct communication; those exceptions, and whether the name and address could be ascertained,
 * are for the rules to weigh. Representation is debt-specific (comment 6(b)(2)-1). It is in force
 * from {@link #knownAt()} until {@link #withdrawnAt()}, exclusive.
 *
 * <pre>{@code
 * AttorneyRepresentation representation = AttorneyRepresentation.builder()
 *     .debts(DebtScope.ofDebt("INV-1"))
 *     .attorneyId(PersonId.of("P-ATTY"))
 *     .nameAndAddressKnown(true)
 *     .knownAt(Instant.parse("2024-03-01T15:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AttorneyRepresentation extends StatusEvent {

  AttorneyRepresentation() {}

  /**
   * Returns the debts for which the consumer is represented.
   *
   * @return the debts covered
   */
  public abstract DebtScope debts();

  /**
   * Returns the attorney: one of the debtor's persons, in the role {@link
   * PersonRole#CONSUMER_ATTORNEY}.
   *
   * @return the attorney's identifier
   */
  public abstract PersonId attorneyId();

  /**
   * Checks whether the collector knows, or can readily ascertain, the attorney's name and address,
   * the condition under which 12 CFR 1006.6(b)(2) bars communicating with the consumer.
   *
   * @return true if the name and address are known or readily obtainable
   */
  public abstract boolean isNameAndAddressKnown();

  /**
   * Returns the instant the collector learned the representation ended (the attorney withdrew or
   * was dismissed); the representation is over from that instant.
   *
   * @return the end, not before {@link #knownAt()}; empty while it lasts
   */
  public abstract Optional<Instant> withdrawnAt();

  /**
   * Returns a builder of attorney representations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AttorneyRepresentation}; every attribute but the withdrawal is required. */
  public static final class Builder extends ImmutableAttorneyRepresentation.Builder {
    Builder() {}
  }

  /**
   * Returns this representation, ended at an instant.
   *
   * @param withdrawnAt the instant the collector learned it ended, not before {@link #knownAt()}
   * @return the changed representation
   * @throws IllegalArgumentException if {@code withdrawnAt} is before {@link #knownAt()}
   * @throws NullPointerException if {@code withdrawnAt} is null
   */
  public AttorneyRepresentation withWithdrawnAt(Instant withdrawnAt) {
    return ((ImmutableAttorneyRepresentation) ImmutableAttorneyRepresentation.copyOf(this))
        .withWithdrawnAt(withdrawnAt);
  }

  /**
   * Returns {@link StatusEventKind#ATTORNEY_REPRESENTATION}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.ATTORNEY_REPRESENTATION;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return Events.notEndedAt(withdrawnAt(), instant);
  }

  @Override
  Set<PersonId> namedPersons() {
    return Set.of(attorneyId());
  }

  @Value.Check
  void check() {
    Events.requireNotBefore(
        withdrawnAt(), knownAt(), "an attorney representation must not end before it is known");
  }
}
