package dev.collections.core.debtor;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The consumer disputed some debts, in writing or orally.
 *
 * <p>The dispute is open from its receipt, {@link #knownAt()}, until {@link #resolvedAt()},
 * exclusive: the instant the collector sent verification of the debt or a copy of a judgment (12
 * CFR 1006.38(d)(2)), or otherwise closed it. Whether it was received within the validation period,
 * and so whether collection must stop (1006.38(d)(2)), is for the rules; any dispute, written or
 * oral, in or out of the period, must be reflected in credit reporting (1006.18(c)(2)).
 *
 * <pre>{@code
 * Dispute dispute = Dispute.builder()
 *     .debts(DebtScope.ofDebt("INV-1"))
 *     .written(true)
 *     .knownAt(Instant.parse("2024-05-20T16:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dispute extends StatusEvent {

  Dispute() {}

  /**
   * Returns the debts disputed, in whole or in part.
   *
   * @return the debts covered
   */
  public abstract DebtScope debts();

  /**
   * Checks whether the dispute was made in writing (by mail, a returned response form, hand
   * delivery or an electronic medium the collector accepts), as 1006.38(d)(2) requires for the duty
   * to stop collecting.
   *
   * @return true for a written dispute, false for an oral one
   */
  public abstract boolean isWritten();

  /**
   * Returns the instant the dispute was resolved: verification or a copy of a judgment was sent, or
   * the dispute was otherwise closed. The dispute is over from that instant.
   *
   * @return the resolution, not before {@link #knownAt()}; empty while the dispute is open
   */
  public abstract Optional<Instant> resolvedAt();

  /**
   * Returns a builder of disputes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dispute}; every attribute but the resolution is required. */
  public static final class Builder extends ImmutableDispute.Builder {
    Builder() {}
  }

  /**
   * Returns this dispute, resolved at an instant.
   *
   * @param resolvedAt the instant it was resolved, not before {@link #knownAt()}
   * @return the changed dispute
   * @throws IllegalArgumentException if {@code resolvedAt} is before {@link #knownAt()}
   * @throws NullPointerException if {@code resolvedAt} is null
   */
  public Dispute withResolvedAt(Instant resolvedAt) {
    return ((ImmutableDispute) ImmutableDispute.copyOf(this)).withResolvedAt(resolvedAt);
  }

  /**
   * Returns {@link StatusEventKind#DISPUTE}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.DISPUTE;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return Events.notEndedAt(resolvedAt(), instant);
  }

  @Value.Check
  void check() {
    Events.requireNotBefore(
        resolvedAt(), knownAt(), "a dispute must not be resolved before it is received");
  }
}
