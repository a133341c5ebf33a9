package dev.collections.core.metrics;

import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The recovery rate: the amount collected divided by the total debt outstanding it was collected
 * on.
 *
 * <pre>{@code
 * RecoveryRate.of(Money.parse("USD 12500.00"), Money.parse("USD 50000.00")).value();
 * // Optional[0.2500]: 25%
 * }</pre>
 *
 * <p>For a charged-off portfolio, the collections are the recoveries after charge-off (see {@link
 * NetChargeOffRate}). The result is a fraction (0.25 is 25%), rounded once to {@link #scale()}
 * decimals (4, {@code HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}); it is
 * undefined when nothing was outstanding.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecoveryRate extends RateMetric {

  RecoveryRate() {}

  /**
   * Returns the amount collected.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money collected();

  /**
   * Returns the total debt outstanding the collections were made on.
   *
   * @return zero or positive, in the currency collected
   */
  @Value.Parameter
  public abstract Money outstanding();

  /**
   * Returns the recovery rate of an outstanding debt, rounded to {@link Metric#DEFAULT_SCALE}
   * decimals with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param collected the amount collected, zero or positive
   * @param outstanding the total debt outstanding, zero or positive, in the same currency
   * @return the metric; undefined when {@code outstanding} is zero
   * @throws IllegalArgumentException if an amount is negative
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static RecoveryRate of(Money collected, Money outstanding) {
    return ImmutableRecoveryRate.of(collected, outstanding);
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
  public RecoveryRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableRecoveryRate) ImmutableRecoveryRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(collected().getAmount(), outstanding().getAmount(), "nothing was outstanding");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(collected(), collected().getCurrencyUnit(), "collected");
    Inputs.nonNegative(outstanding(), collected().getCurrencyUnit(), "outstanding");
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code RecoveryRate{collected=USD
   * 12500.00, outstanding=USD 50000.00, scale=4, roundingMode=HALF_EVEN, value=0.2500 (25.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe("RecoveryRate", "collected=" + collected() + ", outstanding=" + outstanding());
  }
}
