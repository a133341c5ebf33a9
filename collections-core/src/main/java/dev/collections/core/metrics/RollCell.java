package dev.collections.core.metrics;

import dev.collections.core.aging.AgingBucket;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One cell of a {@link RollRateMatrix}: the receivables that were open in one bucket at the earlier
 * date and ended in one place at the later date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollCell {

  /** Where a receivable open at the earlier date stands at the later one. */
  public enum Destination {
    /** Open, aged into {@link RollCell#to()}. */
    BUCKET,
    /** Settled: a zero balance. */
    SETTLED,
    /** In credit: a negative balance. */
    CREDIT,
    /** Not in the later aging at all (sold, recalled, merged). */
    REMOVED
  }

  RollCell() {}

  /**
   * Returns the bucket the receivables were open in at the earlier date.
   *
   * @return the earlier bucket
   */
  public abstract AgingBucket from();

  /**
   * Returns where the receivables stand at the later date.
   *
   * @return the destination
   */
  public abstract Destination destination();

  /**
   * Returns the later bucket, for the {@link Destination#BUCKET} destination.
   *
   * @return the later bucket, or empty for the other destinations
   */
  public abstract Optional<AgingBucket> to();

  /**
   * Returns how many receivables moved this way.
   *
   * @return zero or more
   */
  public abstract long count();

  /**
   * Returns their balances at the earlier date; the cells of a row add up to the earlier bucket's
   * balance.
   *
   * @return zero or positive
   */
  public abstract Money previousBalance();

  /**
   * Returns their net balances at the later date.
   *
   * @return the sum: negative for {@link Destination#CREDIT}, zero for settled or removed ones
   */
  public abstract Money currentBalance();

  /**
   * Returns the share of the earlier bucket's balance that moved this way, as a fraction.
   *
   * @return the rate, or empty when the earlier bucket's balance was zero
   */
  public abstract Optional<BigDecimal> rate();

  /** Returns a builder of cells; cells are made by {@link RollRateMatrix} only. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollCell}. */
  static final class Builder extends ImmutableRollCell.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if ((destination() == Destination.BUCKET) != to().isPresent()) {
      throw new IllegalArgumentException(
          "a roll cell has a later bucket exactly when its destination is BUCKET: "
              + destination()
              + " "
              + to().map(AgingBucket::label).orElse("without a bucket"));
    }
  }
}
