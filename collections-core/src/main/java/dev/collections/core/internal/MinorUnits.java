package dev.collections.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Converts amounts between Joda-Money {@link Money} and counts of the currency's minor unit (cents
 * for USD, yen for JPY, fils for BHD), the form in which the library's hot paths add, compare and
 * split amounts exactly.
 *
 * <p>Not API: this package may change in any release. Thread-safe; holds no state.
 */
public final class MinorUnits {

  private MinorUnits() {}

  /**
   * Checks whether the amount, counted in minor units, fits in a {@code long}.
   *
   * @param money the amount
   * @return true when {@link #toLong(Money)} cannot overflow
   */
  public static boolean fitsInLong(Money money) {
    return money.getAmount().unscaledValue().bitLength() < Long.SIZE;
  }

  /**
   * Returns the amount as a count of minor units.
   *
   * @param money the amount
   * @return the minor units, negative for a negative amount
   * @throws ArithmeticException when the count does not fit in a {@code long}
   */
  public static long toLong(Money money) {
    return money.getAmountMinorLong();
  }

  /**
   * Returns the amount as a count of minor units, of any size.
   *
   * @param money the amount
   * @return the minor units, negative for a negative amount
   */
  public static BigInteger toBigInteger(Money money) {
    return money.getAmount().unscaledValue();
  }

  /**
   * Returns the amount of {@code units} minor units of {@code currency}.
   *
   * @param currency the currency
   * @param units the count of minor units, negative for a negative amount
   * @return the amount
   */
  public static Money toMoney(CurrencyUnit currency, long units) {
    return Money.ofMinor(currency, units);
  }

  /**
   * Returns the amount of {@code units} minor units of {@code currency}, of any size.
   *
   * @param currency the currency
   * @param units the count of minor units, negative for a negative amount
   * @return the amount
   */
  public static Money toMoney(CurrencyUnit currency, BigInteger units) {
    return Money.of(currency, new BigDecimal(units, currency.getDecimalPlaces()));
  }
}
