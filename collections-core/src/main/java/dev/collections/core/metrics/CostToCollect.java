package dev.collections.core.metrics;

import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The cost to collect: the total cost of the collection process divided by the total collected, the
 * cost of collecting one unit of currency.
 *
 * <pre>{@code
 * CostToCollect cost = CostToCollect.of(Money.parse("USD 120000.00"), Money.parse("USD 2400000.00"));
 * cost.value();   // Optional[0.0500]: $0.05 per $1 collected
 * cost.percent(); // Optional[5.00]
 * }</pre>
 *
 * <p>Which costs (staff, systems, letters, agency fees) and which collections are counted is a
 * policy of the caller's, to be kept the same from period to period. The result is a fraction (0.05
 * is 5%, or 5 cents per dollar), rounded once to {@link #scale()} decimals (4, {@code HALF_EVEN}
 * unless set with {@link #withRounding(int, RoundingMode)}). It exceeds 1 when collecting cost more
 * than it brought in, and is undefined when nothing was collected. {@link CostPerCollection}
 * divides a cost by the number of collections instead.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostToCollect extends RateMetric {

  CostToCollect() {}

  /**
   * Returns the total cost of the collection process in the period.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money cost();

  /**
   * Returns the total collected in the period.
   *
   * @return zero or positive, in the currency of the cost
   */
  @Value.Parameter
  public abstract Money collected();

  /**
   * Returns the cost to collect an amount, rounded to {@link Metric#DEFAULT_SCALE} decimals with
   * {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param cost the total cost of collecting, zero or positive
   * @param collected the total collected, zero or positive, in the same currency
   * @return the metric; undefined when {@code collected} is zero
   * @throws IllegalArgumentException if an amount is negative
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static CostToCollect of(Money cost, Money collected) {
    return ImmutableCostToCollect.of(cost, collected);
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
  public CostToCollect withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableCostToCollect) ImmutableCostToCollect.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(cost().getAmount(), collected().getAmount(), "nothing was collected");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(cost(), cost().getCurrencyUnit(), "cost");
    Inputs.nonNegative(collected(), cost().getCurrencyUnit(), "collected");
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code CostToCollect{cost=USD 120000.00,
   * collected=USD 2400000.00, scale=4, roundingMode=HALF_EVEN, value=0.0500 (5.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe("CostToCollect", "cost=" + cost() + ", collected=" + collected());
  }
}
