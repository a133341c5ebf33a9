package dev.collections.core.receivable;

import dev.collections.core.money.Currencies;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A receivable's ledger as running totals in minor units, ordered by effective date: the balance as
 * of any date is one binary search away. Built once per receivable, after checking the ledger.
 */
final class LedgerIndex {

  /**
   * After each entry, in effective-date order: its epoch day, then the running net balance. The
   * pairs share one array so a lookup touches as little memory as possible.
   */
  private final long[] points;

  /** Running totals after each entry: {@code COLUMNS} per entry, components then unapplied. */
  private final long[] totals;

  private LedgerIndex(long[] points, long[] totals) {
    this.points = points;
    this.totals = totals;
  }

  /** Checks the ledger and builds its index. */
  static LedgerIndex of(List<LedgerEntry> entries, CurrencyUnit currency) {
    Map<EntryId, LedgerEntry> byId = new HashMap<>();
    for (LedgerEntry entry : entries) {
      if (byId.put(entry.id(), entry) != null) {
        throw new IllegalArgumentException("ledger entry ids must be unique: " + entry.id());
      }
      checkCurrency(entry, currency);
    }
    Set<EntryId> reversed = new HashSet<>();
    int n = entries.size();
    long[][] deltas = new long[n][LedgerEntry.COLUMNS];
    // Whether an entry changes what was assessed (charged, adjusted, written off) rather than what
    // was paid or credited: a reversal is of its original's kind.
    boolean[] assessed = new boolean[n];
    for (int i = 0; i < n; i++) {
      LedgerEntry entry = entries.get(i);
      if (entry instanceof Reversal reversal) {
        LedgerEntry original = byId.get(reversal.reverses());
        if (original == null) {
          throw new IllegalArgumentException(
              "a reversal must reverse an entry of the ledger: "
                  + reversal.id()
                  + " reverses unknown "
                  + reversal.reverses());
        }
        if (original instanceof Reversal) {
          throw new IllegalArgumentException(
              "a reversal must not reverse another reversal: "
                  + reversal.id()
                  + " reverses "
                  + original.id());
        }
        if (!reversed.add(original.id())) {
          throw new IllegalArgumentException(
              "an entry must not be reversed twice: "
                  + original.id()
                  + " again by "
                  + reversal.id());
        }
        if (reversal.effectiveDate().isBefore(original.effectiveDate())) {
          throw new IllegalArgumentException(
              "a reversal must not take effect before the entry it reverses: "
                  + reversal.id()
                  + " on "
                  + reversal.effectiveDate()
                  + ", "
                  + original.id()
                  + " on "
                  + original.effectiveDate());
        }
        original.addTo(deltas[i]);
        for (int c = 0; c < LedgerEntry.COLUMNS; c++) {
          deltas[i][c] = -deltas[i][c];
        }
        assessed[i] = isAssessment(original);
      } else {
        entry.addTo(deltas[i]);
        assessed[i] = isAssessment(entry);
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Stable: entries effective the same day keep their ledger order.
    Arrays.sort(order, Comparator.comparing(i -> entries.get(i).effectiveDate()));
    long[] points = new long[2 * n];
    long[] totals = new long[n * LedgerEntry.COLUMNS];
    long[] running = new long[LedgerEntry.COLUMNS];
    long[] assessedRunning = new long[LedgerEntry.UNAPPLIED];
    try {
      for (int k = 0; k < n; k++) {
        int i = order[k];
        points[2 * k] = entries.get(i).effectiveDate().toEpochDay();
        long sum = 0;
        for (int c = 0; c < LedgerEntry.COLUMNS; c++) {
          running[c] = Math.addExact(running[c], deltas[i][c]);
          totals[k * LedgerEntry.COLUMNS + c] = running[c];
          sum = Math.addExact(sum, running[c]);
          if (assessed[i] && c < LedgerEntry.UNAPPLIED) {
            assessedRunning[c] = Math.addExact(assessedRunning[c], deltas[i][c]);
          }
        }
        points[2 * k + 1] = sum;
        boolean endOfDay =
            k == n - 1
                || !entries
                    .get(order[k + 1])
                    .effectiveDate()
                    .equals(entries.get(i).effectiveDate());
        if (endOfDay) {
          checkAssessed(assessedRunning, entries.get(i).effectiveDate(), currency);
        }
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "ledger totals must fit in a long of minor units: " + currency, e);
    }
    return new LedgerIndex(points, totals);
  }

  /**
   * Charges, adjustments and write-offs are assessments; payments and credits are not. Only money
   * received or credited may leave the debtor in credit: write-offs and reductions must never take
   * away more than was charged, or they would invent a credit.
   */
  private static boolean isAssessment(LedgerEntry entry) {
    return switch (entry.kind()) {
      case CHARGE, ADJUSTMENT, WRITE_OFF -> true;
      case PAYMENT, CREDIT, REVERSAL -> false;
    };
  }

  private static void checkAssessed(
      long[] assessed, java.time.LocalDate day, CurrencyUnit currency) {
    for (Component component : Component.values()) {
      long units = assessed[LedgerEntry.column(component)];
      if (units < 0) {
        throw new IllegalArgumentException(
            "write-offs and reductions must not exceed what was charged: "
                + component
                + " charges net of them would be "
                + Money.ofMinor(currency, units)
                + " at the end of "
                + day);
      }
    }
  }

  private static void checkCurrency(LedgerEntry entry, CurrencyUnit currency) {
    String field = "entry " + entry.id();
    switch (entry.kind()) {
      case CHARGE -> Currencies.requireCurrency(((Charge) entry).amount(), currency, field);
      case ADJUSTMENT -> Currencies.requireCurrency(((Adjustment) entry).amount(), currency, field);
      case PAYMENT, CREDIT ->
          Currencies.requireCurrency(((AppliedEntry) entry).amount(), currency, field);
      case WRITE_OFF -> Currencies.requireCurrency(((WriteOff) entry).currency(), currency, field);
      case REVERSAL -> {}
    }
  }

  /** The position of the last entry effective on or before {@code epochDay}, or -1. */
  private int lastOnOrBefore(long epochDay) {
    int low = 0;
    int high = points.length / 2;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (points[2 * mid] <= epochDay) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low - 1;
  }

  /** The effective epoch day of the latest entry, or {@code Long.MIN_VALUE} for no entries. */
  long lastDay() {
    return points.length == 0 ? Long.MIN_VALUE : points[points.length - 2];
  }

  /** The latest effective epoch day before {@link #lastDay()}, or {@code Long.MIN_VALUE}. */
  long previousDay() {
    int k = lastOnOrBefore(lastDay() - 1);
    return k < 0 ? Long.MIN_VALUE : points[2 * k];
  }

  /** The net balance in minor units as of {@link #previousDay()}; 0 when there is none. */
  long previousNet() {
    int k = lastOnOrBefore(lastDay() - 1);
    return k < 0 ? 0 : points[2 * k + 1];
  }

  /** The net balance in minor units once every entry is effective. */
  long finalNet() {
    return points.length == 0 ? 0 : points[points.length - 1];
  }

  /** The last (day, net) pair of each distinct day, as a new array. */
  long[] netPoints() {
    int n = points.length / 2;
    long[] result = new long[points.length];
    int out = 0;
    for (int k = 0; k < n; k++) {
      boolean lastOfDay = k == n - 1 || points[2 * (k + 1)] != points[2 * k];
      if (lastOfDay) {
        result[out++] = points[2 * k];
        result[out++] = points[2 * k + 1];
      }
    }
    return java.util.Arrays.copyOf(result, out);
  }

  /** The net balance in minor units as of a day. */
  long netAsOf(long epochDay) {
    int k = lastOnOrBefore(epochDay);
    return k < 0 ? 0 : points[2 * k + 1];
  }

  /** The itemized balance as of a day. */
  Balance balanceAsOf(long epochDay, CurrencyUnit currency) {
    int k = lastOnOrBefore(epochDay);
    if (k < 0) {
      return Balance.zero(currency);
    }
    long[] outstanding = new long[Component.values().length];
    long credit = -totals[k * LedgerEntry.COLUMNS + LedgerEntry.UNAPPLIED];
    for (int c = 0; c < outstanding.length; c++) {
      long raw = totals[k * LedgerEntry.COLUMNS + c];
      if (raw >= 0) {
        outstanding[c] = raw;
      } else {
        credit -= raw;
      }
    }
    return Balance.of(
        Money.ofMinor(currency, outstanding[LedgerEntry.column(Component.PRINCIPAL)]),
        Money.ofMinor(currency, outstanding[LedgerEntry.column(Component.INTEREST)]),
        Money.ofMinor(currency, outstanding[LedgerEntry.column(Component.FEES)]),
        Money.ofMinor(currency, outstanding[LedgerEntry.column(Component.COSTS)]),
        Money.ofMinor(currency, credit));
  }
}
