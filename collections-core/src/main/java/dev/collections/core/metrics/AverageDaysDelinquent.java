package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Average days delinquent (ADD): the simple DSO less the best possible DSO, {@code (ending
 * receivables − current receivables) ÷ credit sales × days in the period}, the days of sales that
 * are outstanding only because customers pay late.
 *
 * <pre>{@code
 * AverageDaysDelinquent add = AverageDaysDelinquent.of(Money.parse("USD 15000.00"),
 *     Money.parse("USD 4000.00"), Money.parse("USD 10000.00"), 30);
 * add.dso().value();             // Optional[45.0000]
 * add.bestPossibleDso().value(); // Optional[12.0000]
 * add.value();                   // Optional[33.0000]
 * }</pre>
 *
 * <p>The result is in days. It is computed exactly and rounded once to {@link #scale()} decimals
 * (4, {@code HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}), like {@link
 * #dso()} and {@link #bestPossibleDso()}, which are rounded the same way; so it is the difference
 * of their exact values, and may differ from the difference of their rounded values by one unit in
 * the last place. It is undefined when the credit sales are zero. For the dollar-weighted days paid
 * late of individual payments, see {@link AverageDaysLate}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AverageDaysDelinquent extends Metric {

  AverageDaysDelinquent() {}

  /**
   * Returns the total receivables at the end of the period.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money endingReceivables();

  /**
   * Returns the part of the ending receivables not yet past due.
   *
   * @return zero or positive, at most {@link #endingReceivables()}
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
   * Returns the average days delinquent, rounded to {@link Metric#DEFAULT_SCALE} decimals with
   * {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param endingReceivables the total receivables at the end of the period, zero or positive
   * @param currentReceivables the part of them not yet past due, from zero to {@code
   *     endingReceivables}
   * @param creditSales the credit sales of the period, zero or positive
   * @param daysInPeriod the number of days of the period, positive
   * @return the metric; undefined when {@code creditSales} is zero
   * @throws IllegalArgumentException if an amount is negative, the current receivables exceed the
   *     ending receivables, or {@code daysInPeriod} is not positive
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static AverageDaysDelinquent of(
      Money endingReceivables, Money currentReceivables, Money creditSales, int daysInPeriod) {
    return ImmutableAverageDaysDelinquent.of(
        endingReceivables, currentReceivables, creditSales, daysInPeriod);
  }

  /**
   * Returns this metric with its result, and those of {@link #dso()} and {@link
   * #bestPossibleDso()}, rounded another way.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   * @throws NullPointerException if {@code roundingMode} is null
   */
  public AverageDaysDelinquent withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableAverageDaysDelinquent) ImmutableAverageDaysDelinquent.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  /**
   * Returns the simple DSO of the same inputs, rounded the same way: the minuend.
   *
   * @return the simple DSO
   */
  public SimpleDso dso() {
    return SimpleDso.of(endingReceivables(), creditSales(), daysInPeriod())
        .withRounding(scale(), roundingMode());
  }

  /**
   * Returns the best possible DSO of the same inputs, rounded the same way: the subtrahend.
   *
   * @return the best possible DSO
   */
  public BestPossibleDso bestPossibleDso() {
    return BestPossibleDso.of(currentReceivables(), creditSales(), daysInPeriod())
        .withRounding(scale(), roundingMode());
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
    BigDecimal pastDue = endingReceivables().getAmount().subtract(currentReceivables().getAmount());
    return daysOfSales(pastDue, creditSales(), daysInPeriod());
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(
        endingReceivables(), endingReceivables().getCurrencyUnit(), "ending receivables");
    Inputs.nonNegative(
        currentReceivables(), endingReceivables().getCurrencyUnit(), "current receivables");
    Inputs.salesPeriod(creditSales(), endingReceivables().getCurrencyUnit(), daysInPeriod());
    Inputs.notMore(
        currentReceivables(), endingReceivables(), "current receivables", "ending receivables");
  }

  /**
   * Returns the inputs, the DSO and best possible DSO, the rounding and the result, as in {@code
   * AverageDaysDelinquent{endingReceivables=USD 15000.00, currentReceivables=USD 4000.00,
   * creditSales=USD 10000.00, daysInPeriod=30, dso=45.0000, bestPossibleDso=12.0000, scale=4,
   * roundingMode=HALF_EVEN, value=33.0000 days}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "AverageDaysDelinquent",
        "endingReceivables="
            + endingReceivables()
            + ", currentReceivables="
            + currentReceivables()
            + ", creditSales="
            + creditSales()
            + ", daysInPeriod="
            + daysInPeriod()
            + ", dso="
            + plain(dso())
            + ", bestPossibleDso="
            + plain(bestPossibleDso()));
  }

  private static String plain(Metric metric) {
    return metric.value().map(BigDecimal::toPlainString).orElse("undefined");
  }
}
