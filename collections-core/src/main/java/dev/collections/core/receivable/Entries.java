package dev.collections.core.receivable;

import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Checks shared by the ledger entry types. */
final class Entries {

  private Entries() {}

  static void requirePositive(Money amount, String field, EntryId id) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(
          field + " must be positive: " + amount + " in entry " + id);
    }
  }

  static long units(Money amount) {
    try {
      return amount.getAmountMinorLong();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amounts must fit in a long of minor units: " + amount, e);
    }
  }

  /** Checks a component allocation: positive parts in {@code currency}, summing to at most cap. */
  static Money checkAllocation(
      Map<Component, Money> allocation, CurrencyUnit currency, EntryId id, String field) {
    Money sum = Money.zero(currency);
    for (Map.Entry<Component, Money> part : allocation.entrySet()) {
      String name = field + "[" + part.getKey() + "]";
      dev.collections.core.money.Currencies.requireCurrency(part.getValue(), currency, name);
      requirePositive(part.getValue(), name, id);
      sum = sum.plus(part.getValue());
    }
    return sum;
  }

  static void addAllocation(Map<Component, Money> allocation, long[] columns, int sign) {
    for (Map.Entry<Component, Money> part : allocation.entrySet()) {
      columns[LedgerEntry.column(part.getKey())] += sign * units(part.getValue());
    }
  }
}
