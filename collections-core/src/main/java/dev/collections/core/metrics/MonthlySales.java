package dev.collections.core.metrics;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The credit sales of one month, one step of the sales history a {@link CountbackDso} counts back
 * through.
 *
 * <pre>{@code
 * MonthlySales.of(YearMonth.of(2024, 3), Money.parse("USD 900000.00"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthlySales {

  MonthlySales() {}

  /**
   * Returns the month.
   *
   * @return the month
   */
  @Value.Parameter
  public abstract YearMonth month();

  /**
   * Returns the credit sales of the month.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money creditSales();

  /**
   * Returns the credit sales of a month.
   *
   * @param month the month
   * @param creditSales the credit sales of the month, zero or positive
   * @return the monthly sales
   * @throws IllegalArgumentException if {@code creditSales} is negative
   * @throws NullPointerException if an argument is null
   */
  public static MonthlySales of(YearMonth month, Money creditSales) {
    return ImmutableMonthlySales.of(month, creditSales);
  }

  @Value.Check
  void check() {
    if (creditSales().isNegative()) {
      throw new IllegalArgumentException(
          "credit sales must not be negative: " + creditSales() + " in " + month());
    }
  }

  /**
   * Returns the month and its sales, as in {@code 2024-03 USD 900000.00}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return month() + " " + creditSales();
  }
}
