package dev.collections.core.metrics;

import dev.collections.core.money.Currencies;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Checks of metric inputs shared by the metrics, so every rejection reads the same way. */
final class Inputs {

  private Inputs() {}

  /** Checks that an amount is in the currency and not negative. */
  static void nonNegative(Money amount, CurrencyUnit currency, String field) {
    Currencies.requireCurrency(amount, currency, field);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + amount);
    }
  }

  /** Checks the sales side of a DSO-style metric: non-negative sales over a positive period. */
  static void salesPeriod(Money creditSales, CurrencyUnit currency, int daysInPeriod) {
    nonNegative(creditSales, currency, "credit sales");
    positive(daysInPeriod, "days in period");
  }

  /** Checks that a count is not negative. */
  static void nonNegative(long count, String field) {
    if (count < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + count);
    }
  }

  /** Checks that a count is positive. */
  static void positive(long count, String field) {
    if (count <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + count);
    }
  }

  /** Checks that a part does not exceed the whole it is part of. */
  static void notMore(Money part, Money whole, String partField, String wholeField) {
    if (part.isGreaterThan(whole)) {
      throw new IllegalArgumentException(
          partField + " must not exceed the " + wholeField + ": " + part + " of " + whole);
    }
  }
}
