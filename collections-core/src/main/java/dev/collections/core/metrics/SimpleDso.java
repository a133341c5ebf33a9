package dev.collections.core.metrics;

import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Days sales outstanding by the simple (average) method: {@code ending receivables ÷ credit sales ×
 * days in the period}, the number of days of sales the receivables represent.
 *
 * <pre>{@code
 * SimpleDso.of(Money.parse("USD 15000.00"), Money.parse("USD 10000.00"), 30).value();
 * // Optional[45.0000]: 45 days
 * SimpleDso.of(Money.parse("USD 150000.00"), Money.parse("USD 1800000.00"), 365).value();
 * // Optional[30.4167]
 * }</pre>
 *
 * <p>The result is in days, rounded once to {@link #scale()} decimals (4, {@code HALF_EVEN} unless
 * set with {@link #withRounding(int, RoundingMode)}); it is undefined when the credit sales are
 * zero. For receivables built up over uneven months, {@link CountbackDso} is the better measure.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimpleDso extends Metric {

  SimpleDso() {}

  /**
   * Returns the total receivables at the end of the period.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money endingReceivables();

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
   * @return positive: 30 for a 30-day month, 365 for a year
   */
  @Value.Parameter
  public abstract int daysInPeriod();

  /**
   * Returns the simple DSO of receivables against the sales of a period, rounded to {@link
   * Metric#DEFAULT_SCALE} decimals with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param endingReceivables the total receivables at the end of the period, zero or positive
   * @param creditSales the credit sales of the period, zero or positive, in the same currency
   * @param daysInPeriod the number of days of the period, positive
   * @return the metric; undefined when {@code creditSales} is zero
   * @throws IllegalArgumentException if an amount is negative or {@code daysInPeriod} is not
   *     positive
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static SimpleDso of(Money endingReceivables, Money creditSales, int daysInPeriod) {
    return ImmutableSimpleDso.of(endingReceivables, creditSales, daysInPeriod);
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
  public SimpleDso withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableSimpleDso) ImmutableSimpleDso.copyOf(this))
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
    return daysOfSales(endingReceivables().getAmount(), creditSales(), daysInPeriod());
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(
        endingReceivables(), endingReceivables().getCurrencyUnit(), "ending receivables");
    Inputs.salesPeriod(creditSales(), endingReceivables().getCurrencyUnit(), daysInPeriod());
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code SimpleDso{endingReceivables=USD
   * 15000.00, creditSales=USD 10000.00, daysInPeriod=30, scale=4, roundingMode=HALF_EVEN,
   * value=45.0000 days}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "SimpleDso",
        "endingReceivables="
            + endingReceivables()
            + ", creditSales="
            + creditSales()
            + ", daysInPeriod="
            + daysInPeriod());
  }
}
