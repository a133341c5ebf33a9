package dev.collections.core.metrics;

import dev.collections.core.aging.AgingBucket;
import dev.collections.core.aging.AgingLine;
import dev.collections.core.aging.AgingReport;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The roll (flow) rate from one aging bucket to the next between two snapshots: the balance in
 * bucket {@code k+1} now divided by the balance in bucket {@code k} a period earlier.
 *
 * <pre>{@code
 * // 100M in the 30-day bucket in February, 40M in the 60-day bucket in March: 40%.
 * RollRate.of(Money.parse("USD 100000000"), Money.parse("USD 40000000")).value(); // 0.4000
 * }</pre>
 *
 * <p>This is the aggregate measure banks use; it does not follow accounts, so new money entering
 * bucket {@code k+1} another way would count too. {@link RollRateMatrix} follows each receivable.
 * The result is a fraction (0.4 is 40%), rounded once to {@link #scale()} decimals (4, {@code
 * HALF_EVEN} unless set otherwise), undefined when the earlier bucket was empty; it may exceed 1.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollRate extends RateMetric {

  RollRate() {}

  /**
   * Returns the balance in the earlier bucket at the earlier snapshot.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money previousBalance();

  /**
   * Returns the balance in the next bucket at the later snapshot.
   *
   * @return zero or positive, in the currency of {@link #previousBalance()}
   */
  @Value.Parameter
  public abstract Money nextBalance();

  /**
   * Returns the earlier bucket, when the rate was computed from aging reports.
   *
   * @return the bucket rolled from, or empty
   */
  public abstract Optional<AgingBucket> fromBucket();

  /**
   * Returns the next bucket, when the rate was computed from aging reports.
   *
   * @return the bucket rolled into, or empty
   */
  public abstract Optional<AgingBucket> toBucket();

  /**
   * Returns the roll rate of two balances.
   *
   * @param previousBalance the earlier bucket's balance at the earlier snapshot, zero or positive
   * @param nextBalance the next bucket's balance at the later snapshot, zero or positive, same
   *     currency
   * @return the metric; undefined when {@code previousBalance} is zero
   * @throws IllegalArgumentException if a balance is negative
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   */
  public static RollRate of(Money previousBalance, Money nextBalance) {
    return ImmutableRollRate.of(previousBalance, nextBalance);
  }

  /**
   * Returns the roll rate of every bucket into the next, in one currency, between two summary
   * reports with the same scheme: one rate per pair of consecutive buckets.
   *
   * @param previous the earlier report
   * @param current the later report, with the same scheme and a later date
   * @param currency the currency
   * @return the rates, from the first bucket into the second onwards
   * @throws IllegalArgumentException if the schemes differ or {@code current} is not later
   */
  public static List<RollRate> between(
      AgingReport previous, AgingReport current, CurrencyUnit currency) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(currency, "currency");
    RollRateMatrix.checkSnapshots(
        previous.scheme(), current.scheme(), previous.asOf(), current.asOf());
    List<AgingLine> before = previous.lines(currency);
    List<AgingLine> after = current.lines(currency);
    List<RollRate> rates = new ArrayList<>();
    for (int k = 0; k + 1 < before.size(); k++) {
      rates.add(
          ImmutableRollRate.builder()
              .previousBalance(before.get(k).amount())
              .nextBalance(after.get(k + 1).amount())
              .fromBucket(before.get(k).bucket())
              .toBucket(after.get(k + 1).bucket())
              .build());
    }
    return List.copyOf(rates);
  }

  /**
   * Returns this metric with its result rounded another way.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   */
  public RollRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableRollRate) ImmutableRollRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(
        nextBalance().getAmount(),
        previousBalance().getAmount(),
        "the earlier bucket's balance is zero");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(previousBalance(), previousBalance().getCurrencyUnit(), "previousBalance");
    Inputs.nonNegative(nextBalance(), previousBalance().getCurrencyUnit(), "nextBalance");
  }

  /**
   * Returns the buckets, balances, rounding and result.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return describe(
        "RollRate",
        fromBucket().map(b -> "from=" + b.label() + ", ").orElse("")
            + toBucket().map(b -> "to=" + b.label() + ", ").orElse("")
            + "previousBalance="
            + previousBalance()
            + ", nextBalance="
            + nextBalance());
  }
}
