package dev.collections.core.metrics;

import dev.collections.core.money.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Days sales outstanding by the countback method: how many days of the most recent sales it takes
 * to account for the ending receivables.
 *
 * <p>Start from the receivables at the end of the newest month. While they are at least that
 * month's credit sales, subtract the sales and count the month's days, then step back a month; when
 * what remains is less than a month's sales, count that month's days in proportion ({@code
 * remaining ÷ sales × days}) and stop. A month counts its calendar days or a flat 30, as the {@link
 * DayCountBasis} says.
 *
 * <pre>{@code
 * CountbackDso.of(Money.parse("USD 2100000.00"),
 *     List.of(MonthlySales.of(YearMonth.of(2023, 3), Money.parse("USD 900000.00")),
 *         MonthlySales.of(YearMonth.of(2023, 2), Money.parse("USD 800000.00")),
 *         MonthlySales.of(YearMonth.of(2023, 1), Money.parse("USD 700000.00"))),
 *     DayCountBasis.CALENDAR_DAYS).value();
 * // Optional[76.7143]: 31 + 28 + 400,000 / 700,000 × 31
 * }</pre>
 *
 * <p>The result is in days, computed exactly and rounded once to {@link #scale()} decimals (4,
 * {@code HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}). Zero receivables
 * give zero days. It is undefined when the history runs out before the receivables are accounted
 * for. A month with no sales counts in full.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountbackDso extends Metric {

  CountbackDso() {}

  /**
   * Returns the total receivables at the end of the newest month of the history.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money endingReceivables();

  /**
   * Returns the monthly credit sales, newest first, one month after another with no gap.
   *
   * @return the history, possibly empty; sales in the currency of the receivables
   */
  @Value.Parameter
  public abstract List<MonthlySales> salesNewestFirst();

  /**
   * Returns how many days each month counts for.
   *
   * @return the day-count basis
   */
  @Value.Parameter
  public abstract DayCountBasis dayCountBasis();

  /**
   * Returns the countback DSO of receivables against a sales history, rounded to {@link
   * Metric#DEFAULT_SCALE} decimals with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param endingReceivables the total receivables at the end of the newest month, zero or positive
   * @param salesNewestFirst the monthly credit sales, newest first, each month the one before the
   *     previous; may be empty
   * @param dayCountBasis how many days each month counts for
   * @return the metric; undefined when the history is shorter than the receivables
   * @throws IllegalArgumentException if the receivables are negative or the months are not
   *     consecutive, newest first
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument or a month is null
   */
  public static CountbackDso of(
      Money endingReceivables, List<MonthlySales> salesNewestFirst, DayCountBasis dayCountBasis) {
    return ImmutableCountbackDso.of(endingReceivables, salesNewestFirst, dayCountBasis);
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
  public CountbackDso withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableCountbackDso) ImmutableCountbackDso.copyOf(this))
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
    BigDecimal remaining = endingReceivables().getAmount();
    long fullDays = 0;
    int fullMonths = 0;
    for (MonthlySales month : salesNewestFirst()) {
      if (remaining.signum() == 0) {
        break;
      }
      BigDecimal sales = month.creditSales().getAmount();
      int days = dayCountBasis().daysIn(month.month());
      if (remaining.compareTo(sales) < 0) {
        // Here sales > remaining > 0. The exact total is fullDays + remaining / sales × days: put
        // over sales, it is divided and rounded once.
        BigDecimal numerator =
            BigDecimal.valueOf(fullDays)
                .multiply(sales)
                .add(remaining.multiply(BigDecimal.valueOf(days)));
        return Outcome.defined(numerator.divide(sales, scale(), roundingMode()));
      }
      remaining = remaining.subtract(sales);
      fullDays += days;
      fullMonths++;
    }
    if (remaining.signum() > 0) {
      return Outcome.undefined(
          "sales history shorter than the receivables: "
              + Money.of(endingReceivables().getCurrencyUnit(), remaining)
              + " left after "
              + fullMonths
              + (fullMonths == 1 ? " month" : " months"));
    }
    return Outcome.defined(BigDecimal.valueOf(fullDays).setScale(scale(), roundingMode()));
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(
        endingReceivables(), endingReceivables().getCurrencyUnit(), "ending receivables");
    List<MonthlySales> history = salesNewestFirst();
    Currencies.requireCurrency(
        history.stream().map(MonthlySales::creditSales).toList(),
        endingReceivables().getCurrencyUnit(),
        "monthly sales");
    for (int i = 1; i < history.size(); i++) {
      if (!history.get(i).month().equals(history.get(i - 1).month().minusMonths(1))) {
        throw new IllegalArgumentException(
            "monthly sales must run back one month at a time, newest first: "
                + history.get(i - 1).month()
                + " then "
                + history.get(i).month());
      }
    }
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code
   * CountbackDso{endingReceivables=USD 2000.00, salesNewestFirst=[2024-01 USD 200.00, ...],
   * dayCountBasis=CALENDAR_DAYS, scale=4, roundingMode=HALF_EVEN, value=129.0000 days}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "CountbackDso",
        "endingReceivables="
            + endingReceivables()
            + ", salesNewestFirst="
            + salesNewestFirst()
            + ", dayCountBasis="
            + dayCountBasis());
  }
}
