package dev.collections.core.metrics;

import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The liquidation rate of a placement: the amount collected divided by the amount placed (listed,
 * assigned) for collection.
 *
 * <pre>{@code
 * LiquidationRate.of(Money.parse("USD 15000.00"), Money.parse("USD 100000.00")).value();
 * // Optional[0.1500]: 15%
 * }</pre>
 *
 * <p>Agencies are compared on it some months after placement; the collections counted and the
 * placement they are set against are the caller's choice. The result is a fraction (0.15 is 15%),
 * rounded once to {@link #scale()} decimals (4, {@code HALF_EVEN} unless set with {@link
 * #withRounding(int, RoundingMode)}). It may exceed 1 when interest and fees added after placement
 * were collected too. It is undefined when nothing was placed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LiquidationRate extends RateMetric {

  LiquidationRate() {}

  /**
   * Returns the amount collected on the placement.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money collected();

  /**
   * Returns the amount placed for collection.
   *
   * @return zero or positive, in the currency collected
   */
  @Value.Parameter
  public abstract Money placed();

  /**
   * Returns the liquidation rate of a placement, rounded to {@link Metric#DEFAULT_SCALE} decimals
   * with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param collected the amount collected, zero or positive
   * @param placed the amount placed for collection, zero or positive, in the same currency
   * @return the metric; undefined when {@code placed} is zero
   * @throws IllegalArgumentException if an amount is negative
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static LiquidationRate of(Money collected, Money placed) {
    return ImmutableLiquidationRate.of(collected, placed);
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
  public LiquidationRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableLiquidationRate) ImmutableLiquidationRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(
        collected().getAmount(), placed().getAmount(), "nothing was placed for collection");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(collected(), collected().getCurrencyUnit(), "collected");
    Inputs.nonNegative(placed(), collected().getCurrencyUnit(), "placed");
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code LiquidationRate{collected=USD
   * 15000.00, placed=USD 100000.00, scale=4, roundingMode=HALF_EVEN, value=0.1500 (15.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe("LiquidationRate", "collected=" + collected() + ", placed=" + placed());
  }
}
