package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * One rate of the contact and promise funnel: a count divided by the count it is measured against,
 * with the {@link FunnelStage} that says which counts they are.
 *
 * <pre>{@code
 * FunnelRate rpc = FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT, 600, 10_000);
 * rpc.value();   // Optional[0.0600]
 * rpc.percent(); // Optional[6.00]
 * }</pre>
 *
 * <p>A {@link ContactFunnel} gives every rate of its counts. The result is a fraction (0.06 is 6%),
 * rounded once to {@link #scale()} decimals (4, {@code HALF_EVEN} unless set with {@link
 * #withRounding(int, RoundingMode)}). It lies between 0 and 1 for every stage that {@link
 * FunnelStage#isPartOfWhole() divides a part by its whole}; the promise-to-pay rate may exceed 1.
 * It is undefined when the denominator is zero, with a reason that names the stage's denominator,
 * as in "no call connected".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FunnelRate extends RateMetric {

  FunnelRate() {}

  /**
   * Returns what the rate measures: which count is divided by which.
   *
   * @return the stage
   */
  @Value.Parameter
  public abstract FunnelStage stage();

  /**
   * Returns the count divided: the connects, right-party contacts, promises made or promises kept,
   * as the {@link #stage()} says.
   *
   * @return zero or positive; at most {@link #denominator()} when the stage {@link
   *     FunnelStage#isPartOfWhole() divides a part by its whole}
   */
  @Value.Parameter
  public abstract long numerator();

  /**
   * Returns the count divided by: the dial attempts, connects, right-party contacts or promises
   * due, as the {@link #stage()} says.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Returns a funnel rate, rounded to {@link Metric#DEFAULT_SCALE} decimals with {@link
   * Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param stage what the rate measures
   * @param numerator the count divided, zero or positive; at most {@code denominator} when the
   *     stage {@link FunnelStage#isPartOfWhole() divides a part by its whole}
   * @param denominator the count divided by, zero or positive
   * @return the metric; undefined when {@code denominator} is zero
   * @throws IllegalArgumentException if a count is negative, or the numerator exceeds the
   *     denominator of a stage that divides a part by its whole
   * @throws NullPointerException if {@code stage} is null
   */
  public static FunnelRate of(FunnelStage stage, long numerator, long denominator) {
    return ImmutableFunnelRate.of(stage, numerator, denominator);
  }

  /**
   * Returns this metric with its result rounded another way.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   * @throws NullPointerException if {@code roundingMode} is null
   */
  public FunnelRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableFunnelRate) ImmutableFunnelRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(
        BigDecimal.valueOf(numerator()),
        BigDecimal.valueOf(denominator()),
        stage().undefinedReason());
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(numerator(), stage().numeratorName());
    Inputs.nonNegative(denominator(), stage().denominatorName());
    if (stage().isPartOfWhole()) {
      notMore(numerator(), denominator(), stage().numeratorName(), stage().denominatorName());
    }
  }

  /** Checks that a count does not exceed the count it is part of. */
  static void notMore(long part, long whole, String partName, String wholeName) {
    if (part > whole) {
      throw new IllegalArgumentException(
          partName + " must not exceed the " + wholeName + ": " + part + " of " + whole);
    }
  }

  /**
   * Returns the stage, the counts, the rounding and the result, as in {@code
   * FunnelRate{stage=RIGHT_PARTY_CONTACTS_PER_CONNECT, numerator=600, denominator=1200, scale=4,
   * roundingMode=HALF_EVEN, value=0.5000 (50.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "FunnelRate",
        "stage=" + stage() + ", numerator=" + numerator() + ", denominator=" + denominator());
  }
}
