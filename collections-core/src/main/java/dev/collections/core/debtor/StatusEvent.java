package dev.collections.core.debtor;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A dated fact about a debtor that changes how a collector may collect: an {@link
 * AttorneyRepresentation}, a {@link CeaseRequest}, a {@link Dispute}, a {@link Bankruptcy}, a
 * {@link Death}, a {@link MilitaryService}, an {@link InconvenientTimes} or {@link
 * InconvenientPlace} designation, a {@link MediumOptOut} or a {@link Consent}.
 *
 * <p>An event takes effect when it becomes known to the collector, at {@link #knownAt()}:
 * Regulation F speaks of what the collector "knows or should know", and a cease request is
 * effective on receipt, not when it was mailed (comment 6(c)(1)-1). As of an instant before {@code
 * knownAt()} the event does not exist. Events that end (a withdrawn representation, a resolved
 * dispute, a lifted designation, a revoked opt-out, an ended or revoked consent) are in force over
 * the half-open interval from {@code knownAt()} inclusive to their end exclusive: at the end
 * instant itself they are over. An end equal to {@code knownAt()} is allowed and gives an event
 * that is never in force. Every instant is the moment the collector learned the fact; recording an
 * earlier one rewrites what the collector is taken to have known.
 *
 * <p>The subclasses are the library's own; all are immutable and thread-safe.
 */
public abstract class StatusEvent {

  StatusEvent() {}

  /**
   * Returns the instant the collector learned of the event, from which it is in force.
   *
   * @return the instant known
   */
  public abstract Instant knownAt();

  /**
   * Returns the kind of event.
   *
   * @return the kind
   */
  public abstract StatusEventKind kind();

  /**
   * Checks whether the event is in force at an instant: known at or before it, and not ended
   * (withdrawn, resolved, lifted, revoked) at or before it. A consent must also have started.
   *
   * @param instant the instant
   * @return true if the event is in force then
   * @throws NullPointerException if {@code instant} is null
   */
  public final boolean isInForceAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !knownAt().isAfter(instant) && appliesAt(instant);
  }

  /** Whether the event, known at or before the instant, still applies then. */
  abstract boolean appliesAt(Instant instant);

  /** The persons the event names, which must be the debtor or among its persons. */
  Set<PersonId> namedPersons() {
    return Set.of();
  }
}
