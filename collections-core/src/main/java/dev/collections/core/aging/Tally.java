package dev.collections.core.aging;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * The running totals behind an {@link AgingReport}, in minor units, per currency. For each bucket:
 * amount, count, disputed amount, disputed count; then the credit amount and count.
 */
final class Tally {

  static final int PER_BUCKET = 4;

  private final int buckets;
  private final TreeMap<CurrencyUnit, long[]> totals = new TreeMap<>();
  private @Nullable CurrencyUnit lastCurrency;
  private long @Nullable [] last;

  Tally(int buckets) {
    this.buckets = buckets;
  }

  static int width(int buckets) {
    return buckets * PER_BUCKET + 2;
  }

  // A fast path only: a different instance of an equal currency falls through to the map lookup.
  @SuppressWarnings("ReferenceEquality")
  private long[] row(CurrencyUnit currency) {
    long[] row = last;
    if (currency != lastCurrency || row == null) {
      row = totals.computeIfAbsent(currency, c -> new long[width(buckets)]);
      lastCurrency = currency;
      last = row;
    }
    return row;
  }

  /** Adds an open item of {@code units > 0} to a bucket. */
  void addOpen(CurrencyUnit currency, int bucket, long units, boolean disputed) {
    long[] row = row(currency);
    int at = bucket * PER_BUCKET;
    row[at] = add(row[at], units);
    row[at + 1]++;
    if (disputed) {
      row[at + 2] = add(row[at + 2], units);
      row[at + 3]++;
    }
  }

  /** Adds a credit balance of {@code units > 0}. */
  void addCredit(CurrencyUnit currency, long units) {
    long[] row = row(currency);
    int at = buckets * PER_BUCKET;
    row[at] = add(row[at], units);
    row[at + 1]++;
  }

  /** Adds every figure of another tally's rows. */
  void addAll(Map<CurrencyUnit, long[]> rows) {
    for (Map.Entry<CurrencyUnit, long[]> entry : rows.entrySet()) {
      long[] row = row(entry.getKey());
      long[] other = entry.getValue();
      for (int i = 0; i < row.length; i++) {
        row[i] = add(row[i], other[i]);
      }
    }
  }

  SortedMap<CurrencyUnit, long[]> totals() {
    return totals;
  }

  private static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("aging totals must fit in a long of minor units", e);
    }
  }
}
