package dev.collections.core.aging;

import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A summary aging report as of a date: per currency, each bucket's open balance and item count with
 * the disputed part flagged apart, and credit balances on their own line.
 *
 * <p>Every receivable is counted once, by its net balance as of the date (entries effective later
 * are ignored): a positive balance is aged into a bucket, a negative one (the debtor in credit)
 * goes to the credit line un-aged, a zero balance (settled) is left out. So the figures reconcile
 * exactly: {@link #gross(CurrencyUnit)} is the sum of the positive balances, {@link
 * #net(CurrencyUnit)} is the sum of all balances.
 *
 * <p>Reports of disjoint portfolios {@linkplain #merge(AgingReport) merge}: merging is associative
 * and commutative, and {@link #empty(LocalDate, AgingScheme)} is its identity, so a host can age
 * parts of a portfolio on several threads or machines and combine the results.
 *
 * <pre>{@code
 * AgingReport report = AgingReport.of(LocalDate.of(2024, 3, 31), AgingScheme.standard(),
 *     receivables, disputedIds);
 * report.lines(CurrencyUnit.USD).get(2); // 31-60: amount, count, disputed part
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the date, the scheme and every figure are equal.
 */
public final class AgingReport {

  private final LocalDate asOf;
  private final AgingScheme scheme;
  private final SortedMap<CurrencyUnit, long[]> totals;

  private AgingReport(LocalDate asOf, AgingScheme scheme, SortedMap<CurrencyUnit, long[]> totals) {
    this.asOf = asOf;
    this.scheme = scheme;
    this.totals = totals;
  }

  /** A report of totals already tallied, for the aging snapshot. */
  static AgingReport ofTotals(
      LocalDate asOf, AgingScheme scheme, SortedMap<CurrencyUnit, long[]> totals) {
    return new AgingReport(asOf, scheme, totals);
  }

  /**
   * Returns the report of nothing: the identity of {@link #merge(AgingReport)}.
   *
   * @param asOf the date
   * @param scheme the scheme
   * @return the empty report
   */
  public static AgingReport empty(LocalDate asOf, AgingScheme scheme) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scheme, "scheme");
    return new AgingReport(asOf, scheme, Collections.emptySortedMap());
  }

  /**
   * Ages receivables with no disputed debt.
   *
   * @param asOf the date
   * @param scheme the buckets and basis
   * @param receivables the receivables, in any currencies, each given once (repeats are not
   *     detected and are counted again)
   * @return the report
   * @throws IllegalArgumentException if a total overflows a long of minor units
   * @throws NullPointerException if an argument or a receivable is null
   */
  public static AgingReport of(
      LocalDate asOf, AgingScheme scheme, Iterable<Receivable> receivables) {
    return of(asOf, scheme, receivables, Set.of());
  }

  /**
   * Ages receivables, flagging the disputed ones apart.
   *
   * @param asOf the date
   * @param scheme the buckets and basis
   * @param receivables the receivables, in any currencies, each given once: for speed a repeated
   *     receivable is not detected and is counted again ({@link AgingDetail} and {@link
   *     AgingPortfolio} reject repeats); a random-access list with a cheap {@code get} (such as
   *     {@code ArrayList}, {@code List.of} or Guava's {@code ImmutableList}) is read in place, the
   *     fastest way, and must not change during the call; a {@code CopyOnWriteArrayList} and any
   *     other iterable are read through their iterator
   * @param disputed the identifiers of the disputed receivables
   * @return the report
   * @throws IllegalArgumentException if a total overflows a long of minor units
   * @throws NullPointerException if an argument or a receivable is null
   */
  public static AgingReport of(
      LocalDate asOf,
      AgingScheme scheme,
      Iterable<Receivable> receivables,
      Set<ReceivableId> disputed) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(disputed, "disputed");
    boolean anyDisputed = !disputed.isEmpty();
    boolean byDueDate = scheme.basis() == AgingBasis.DUE_DATE;
    Tally tally = new Tally(scheme.buckets().size());
    // Receivables are read in blocks: a tight first pass over a block touches each receivable
    // once, so the processor can fetch many of them from memory at the same time; the second
    // pass finds them in cache. The blocks are ranges of the caller's list when it has random
    // access: copying references into a typed block first would cost more than the aging.
    long[] net = new long[BLOCK];
    // A CopyOnWriteArrayList may change under us between passes: its iterator is a snapshot.
    if (receivables instanceof List<Receivable> list
        && receivables instanceof RandomAccess
        && !(receivables instanceof CopyOnWriteArrayList)) {
      int size = list.size();
      for (int from = 0; from < size; from += BLOCK) {
        int to = Math.min(size, from + BLOCK);
        tallyBlock(asOf, scheme, disputed, anyDisputed, byDueDate, tally, list, from, to, net);
      }
    } else {
      List<Receivable> block = new ArrayList<>(BLOCK);
      int count = 0;
      for (Receivable receivable : receivables) {
        if (receivable == null) {
          throw new NullPointerException("receivables[" + count + "]");
        }
        count++;
        block.add(receivable);
        if (block.size() == BLOCK) {
          tallyBlock(asOf, scheme, disputed, anyDisputed, byDueDate, tally, block, 0, BLOCK, net);
          block.clear();
        }
      }
      tallyBlock(
          asOf, scheme, disputed, anyDisputed, byDueDate, tally, block, 0, block.size(), net);
    }
    return new AgingReport(asOf, scheme, tally.totals());
  }

  private static final int BLOCK = 256;

  private static void tallyBlock(
      LocalDate asOf,
      AgingScheme scheme,
      Set<ReceivableId> disputed,
      boolean anyDisputed,
      boolean byDueDate,
      Tally tally,
      List<Receivable> receivables,
      int from,
      int to,
      long[] net) {
    Receivable.netMinorUnitsAsOfEach(asOf, receivables, from, to, net);
    // The currency may lie in another cache line of the receivable than the balances: a short
    // pass fetches those lines together before the tally needs them.
    for (int i = from; i < to; i++) {
      Objects.requireNonNull(receivables.get(i).currency(), "currency");
    }
    for (int i = from; i < to; i++) {
      long units = net[i - from];
      if (units == 0) {
        continue;
      }
      Receivable receivable = receivables.get(i);
      if (units > 0) {
        long age = byDueDate ? receivable.daysPastDue(asOf) : receivable.daysSinceIssue(asOf);
        tally.addOpen(
            receivable.currency(),
            scheme.bucketIndexOf(age),
            units,
            anyDisputed && disputed.contains(receivable.id()));
      } else {
        tally.addCredit(receivable.currency(), -units);
      }
    }
  }

  /**
   * Ages open items that are not whole receivables, such as the unpaid installments of a payment
   * plan, each by its own due (or issue) date.
   *
   * @param asOf the date
   * @param scheme the buckets and basis
   * @param items the items; each counted once
   * @return the report
   * @throws IllegalArgumentException if a total overflows a long of minor units
   */
  public static AgingReport ofItems(LocalDate asOf, AgingScheme scheme, Iterable<AgingItem> items) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(items, "items");
    Tally tally = new Tally(scheme.buckets().size());
    long day = asOf.toEpochDay();
    for (AgingItem item : items) {
      Money open = item.openAmount();
      long units;
      try {
        units = open.getAmountMinorLong();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "aging amounts must fit in a long of minor units: " + open, e);
      }
      if (units > 0) {
        LocalDate from = scheme.basis() == AgingBasis.DUE_DATE ? item.dueDate() : item.issueDate();
        tally.addOpen(
            open.getCurrencyUnit(),
            scheme.bucketIndexOf(day - from.toEpochDay()),
            units,
            item.isDisputed());
      } else if (units < 0) {
        tally.addCredit(open.getCurrencyUnit(), -units);
      }
    }
    return new AgingReport(asOf, scheme, tally.totals());
  }

  /**
   * Returns the report of both portfolios: every figure added. The portfolios must be disjoint for
   * the result to mean anything; the report cannot check that.
   *
   * @param other a report with the same date and scheme
   * @return the combined report
   * @throws IllegalArgumentException if the dates or schemes differ, or a total overflows
   */
  public AgingReport merge(AgingReport other) {
    Objects.requireNonNull(other, "other");
    requireCompatible(other);
    if (other.totals.isEmpty()) {
      return this;
    }
    if (totals.isEmpty()) {
      return other;
    }
    Tally tally = new Tally(scheme.buckets().size());
    tally.addAll(totals);
    tally.addAll(other.totals);
    return new AgingReport(asOf, scheme, tally.totals());
  }

  /**
   * Returns the report of many disjoint portfolios, in one pass.
   *
   * @param asOf the date every report must have
   * @param scheme the scheme every report must have
   * @param reports the reports
   * @return the combined report; {@link #empty(LocalDate, AgingScheme)} when there are none
   * @throws IllegalArgumentException if a report's date or scheme differs, or a total overflows
   */
  public static AgingReport mergeAll(
      LocalDate asOf, AgingScheme scheme, Iterable<AgingReport> reports) {
    AgingReport identity = empty(asOf, scheme);
    Tally tally = new Tally(scheme.buckets().size());
    for (AgingReport report : Objects.requireNonNull(reports, "reports")) {
      identity.requireCompatible(report);
      tally.addAll(report.totals);
    }
    return new AgingReport(asOf, scheme, tally.totals());
  }

  private void requireCompatible(AgingReport other) {
    if (!asOf.equals(other.asOf)) {
      throw new IllegalArgumentException(
          "aging reports must have the same as-of date to merge: " + asOf + " and " + other.asOf);
    }
    if (!scheme.equals(other.scheme)) {
      throw new IllegalArgumentException(
          "aging reports must have the same scheme to merge: "
              + scheme.buckets()
              + " and "
              + other.scheme.buckets());
    }
  }

  /**
   * Returns the as-of date.
   *
   * @return the date the balances are taken at
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the scheme.
   *
   * @return the buckets and basis
   */
  public AgingScheme scheme() {
    return scheme;
  }

  /**
   * Returns the currencies with any open item or credit, in code order.
   *
   * @return the currencies
   */
  public Set<CurrencyUnit> currencies() {
    return Collections.unmodifiableSet(totals.keySet());
  }

  private long[] row(CurrencyUnit currency) {
    long[] row = totals.get(Objects.requireNonNull(currency, "currency"));
    return row != null ? row : new long[Tally.width(scheme.buckets().size())];
  }

  /**
   * Returns one line per bucket, in the scheme's order, for a currency; a currency with nothing in
   * it has all-zero lines.
   *
   * @param currency the currency
   * @return the lines
   */
  public List<AgingLine> lines(CurrencyUnit currency) {
    long[] row = row(currency);
    List<AgingBucket> buckets = scheme.buckets();
    List<AgingLine> lines = new ArrayList<>(buckets.size());
    for (int b = 0; b < buckets.size(); b++) {
      int at = b * Tally.PER_BUCKET;
      lines.add(
          AgingLine.of(
              buckets.get(b),
              Money.ofMinor(currency, row[at]),
              row[at + 1],
              Money.ofMinor(currency, row[at + 2]),
              row[at + 3]));
    }
    return List.copyOf(lines);
  }

  /**
   * Returns the line of one bucket for a currency.
   *
   * @param currency the currency
   * @param bucket a bucket of the scheme
   * @return the line
   * @throws IllegalArgumentException if the bucket is not in the scheme
   */
  public AgingLine line(CurrencyUnit currency, AgingBucket bucket) {
    int index = scheme.buckets().indexOf(Objects.requireNonNull(bucket, "bucket"));
    if (index < 0) {
      throw new IllegalArgumentException("bucket is not in the report's scheme: " + bucket);
    }
    return lines(currency).get(index);
  }

  /**
   * Returns the total of the credit balances, which are not aged.
   *
   * @param currency the currency
   * @return zero or positive
   */
  public Money credit(CurrencyUnit currency) {
    return Money.ofMinor(currency, row(currency)[scheme.buckets().size() * Tally.PER_BUCKET]);
  }

  /**
   * Returns how many items are in credit.
   *
   * @param currency the currency
   * @return zero or more
   */
  public long creditCount(CurrencyUnit currency) {
    return row(currency)[scheme.buckets().size() * Tally.PER_BUCKET + 1];
  }

  /**
   * Returns the total of the open balances in every bucket: the sum of the positive balances.
   *
   * @param currency the currency
   * @return zero or positive
   */
  public Money gross(CurrencyUnit currency) {
    return Money.ofMinor(currency, sum(row(currency), 0));
  }

  /**
   * Returns the disputed part of {@link #gross(CurrencyUnit)}.
   *
   * @param currency the currency
   * @return zero or positive
   */
  public Money disputed(CurrencyUnit currency) {
    return Money.ofMinor(currency, sum(row(currency), 2));
  }

  /**
   * Returns the net total: gross open balances minus credit balances, the sum of every balance.
   *
   * @param currency the currency
   * @return the net total; negative when credits exceed open balances
   */
  public Money net(CurrencyUnit currency) {
    return gross(currency).minus(credit(currency));
  }

  /**
   * Returns how many items are aged into buckets (credits not included).
   *
   * @param currency the currency
   * @return zero or more
   */
  public long count(CurrencyUnit currency) {
    return sum(row(currency), 1);
  }

  private long sum(long[] row, int offset) {
    long sum = 0;
    try {
      for (int b = 0; b < scheme.buckets().size(); b++) {
        sum = Math.addExact(sum, row[b * Tally.PER_BUCKET + offset]);
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("aging totals must fit in a long of minor units", e);
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AgingReport other)) {
      return false;
    }
    if (!asOf.equals(other.asOf)
        || !scheme.equals(other.scheme)
        || !totals.keySet().equals(other.totals.keySet())) {
      return false;
    }
    for (Map.Entry<CurrencyUnit, long[]> entry : totals.entrySet()) {
      if (!Arrays.equals(entry.getValue(), other.totals.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(asOf, scheme);
    for (Map.Entry<CurrencyUnit, long[]> entry : totals.entrySet()) {
      hash = 31 * hash + entry.getKey().hashCode() ^ Arrays.hashCode(entry.getValue());
    }
    return hash;
  }

  /**
   * Returns the date, and per currency the bucket amounts and counts, the disputed part, the credit
   * line and the totals.
   *
   * @return a multi-line description
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("AgingReport as of ").append(asOf);
    for (CurrencyUnit currency : totals.keySet()) {
      text.append('\n').append(currency.getCode()).append(':');
      for (AgingLine line : lines(currency)) {
        text.append("\n  ")
            .append(line.bucket().label())
            .append(": ")
            .append(line.amount().getAmount())
            .append(" (")
            .append(line.count())
            .append(")");
        if (line.disputedCount() > 0) {
          text.append(", disputed ").append(line.disputedAmount().getAmount());
        }
      }
      text.append("\n  credit: ")
          .append(credit(currency).getAmount())
          .append(" (")
          .append(creditCount(currency))
          .append(")\n  gross ")
          .append(gross(currency).getAmount())
          .append(", net ")
          .append(net(currency).getAmount());
    }
    return text.toString();
  }
}
