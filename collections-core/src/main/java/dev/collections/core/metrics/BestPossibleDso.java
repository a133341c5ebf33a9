package dev.collections.core.metrics;

import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Best possible days sales outstanding: {@code current (not yet past due) receivables ÷ credit
 * sales × days in the period}, the DSO the business would have if every customer paid on time.
 *
 * <pre>{@code
 * BestPossibleDso.of(Money.parse("USD 4000.00"), Money.parse("USD 10000.00"), 30).value();
 * // Optional[12.0000]: 12 days
 * }</pre>
 *
 * <p>The period is the number of days the sales cover (not a fixed 356 or 365). The result is in
 * days, rounded once to {@link #scale()} decimals (4, {@code HALF_EVEN} unless set with {@link
 * #withRounding(int, RoundingMode)}); it is undefined when the credit sales are zero. {@link
 * AverageDaysDelinquent} sets it beside the simple DSO.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BestPossibleDso extends Metric {

  BestPossibleDso() {}

  /**
   * Returns the receivables not yet past due at the end of the period.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money currentReceivables();

  /**
   * Returns the credit sales of the period.
   *
   * @return zero or positive, in the currency of the receivables
   */
  @Value.Parameter
  public abstract Money creditSales();

  /**
   * Returns the number of days of the period the sales cover.
   *
   * @return positive
   */
  @Value.Parameter
  public abstract int daysInPeriod();

  /**
   * Returns the best possible DSO, rounded to {@link Metric#DEFAULT_SCALE} decimals with {@link
   * Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param currentReceivables the receivables not yet past due at the end of the period, zero or
   *     positive
   * @param creditSales the credit sales of the period, zero or positive, in the same currency
   * @param daysInPeriod the number of days of the period, positive
   * @return the metric; undefined when {@code creditSales} is zero
   * @throws IllegalArgumentException if an amount is negative or {@code daysInPeriod} is not
   *     positive
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static BestPossibleDso of(Money currentReceivables, Money creditSales, int daysInPeriod) {
    return ImmutableBestPossibleDso.of(currentReceivables, creditSales, daysInPeriod);
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
  public BestPossibleDso withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableBestPossibleDso) ImmutableBestPossibleDso.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  /**
   * Returns {@link MetricUnit#DAYS}.
   *
   * @return the unit
   */
  @Override
  public final MetricUnit unit() {
    return MetricUnit.DAYS;
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return daysOfSales(currentReceivables().getAmount(), creditSales(), daysInPeriod());
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(
        currentReceivables(), currentReceivables().getCurrencyUnit(), "current receivables");
    Inputs.salesPeriod(creditSales(), currentReceivables().getCurrencyUnit(), daysInPeriod());
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code
   * BestPossibleDso{currentReceivables=USD 4000.00, creditSales=USD 10000.00, daysInPeriod=30,
   * scale=4, roundingMode=HALF_EVEN, value=12.0000 days}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "BestPossibleDso",
        "currentReceivables="
            + currentReceivables()
            + ", creditSales="
            + creditSales()
            + ", daysInPeriod="
            + daysInPeriod());
  }
}
