package dev.collections.examples.benchmarks;

import dev.collections.core.aging.AgingPortfolio;
import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.LedgerEntry;
import dev.collections.core.receivable.Payment;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.core.receivable.ReceivableType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ages 1,000,000 receivables (1 to 4 ledger entries each, one currency, about a third with entries
 * effective after the as-of date) into the standard scheme, beside a hand-written baseline that
 * ages the same data held as primitive arrays (long minor units, epoch days), and beside the memory
 * floor of reading one field of each receivable. Scores are nanoseconds per receivable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g"})
public class AgingBenchmark {

  /** The number of receivables aged per invocation. */
  public static final int RECEIVABLES = 1_000_000;

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  private final AgingScheme scheme = AgingScheme.standard();
  private final List<Receivable> portfolio = new ArrayList<>(RECEIVABLES);
  private AgingPortfolio snapshot = AgingPortfolio.of(List.of());

  // The same portfolio as primitive arrays: the baseline.
  private final long[] dueDays = new long[RECEIVABLES];
  private final int[] firstEntry = new int[RECEIVABLES + 1];
  private long[] entryDays = new long[0];
  private long[] entryRunningNet = new long[0];

  /** Creates the benchmark state; JMH calls the setup method before measuring. */
  public AgingBenchmark() {}

  /** Builds the portfolio: charges at issue, then fees and payments, some after the as-of date. */
  @Setup
  public void buildPortfolio() {
    SplittableRandom random = new SplittableRandom(42);
    ZoneId zone = ZoneId.of("America/New_York");
    DebtorId debtor = DebtorId.of("D");
    List<long[]> days = new ArrayList<>();
    List<long[]> nets = new ArrayList<>();
    int entries = 0;
    for (int i = 0; i < RECEIVABLES; i++) {
      LocalDate issued = AS_OF.minusDays(random.nextInt(0, 400));
      LocalDate due = issued.plusDays(30);
      long principal = random.nextLong(1_000, 500_000);
      List<LedgerEntry> ledger = new ArrayList<>();
      ledger.add(
          Charge.of(EntryId.of("C"), issued, Component.PRINCIPAL, Money.ofMinor(USD, principal)));
      int extra = random.nextInt(0, 4);
      for (int e = 0; e < extra; e++) {
        LocalDate when = issued.plusDays(random.nextInt(1, 200));
        if (random.nextBoolean()) {
          long fee = random.nextLong(500, 5_000);
          ledger.add(Charge.of(EntryId.of("F" + e), when, Component.FEES, Money.ofMinor(USD, fee)));
        } else {
          Money paid = Money.ofMinor(USD, random.nextLong(100, principal));
          ledger.add(
              Payment.of(EntryId.of("P" + e), when, paid, Map.of(Component.PRINCIPAL, paid)));
        }
      }
      Receivable receivable =
          Receivable.builder()
              .id(ReceivableId.of("R" + i))
              .debtorId(debtor)
              .currency(USD)
              .accountingZone(zone)
              .issueDate(issued)
              .dueDate(due)
              .originalCreditor("Creditor")
              .type(ReceivableType.CREDIT_CARD)
              .addAllEntries(ledger)
              .build();
      portfolio.add(receivable);
      // The baseline keeps (effective day, running net) pairs sorted by day.
      ledger.sort((a, b) -> a.effectiveDate().compareTo(b.effectiveDate()));
      long[] entryDay = new long[ledger.size()];
      long[] runningNet = new long[ledger.size()];
      long net = 0;
      for (int e = 0; e < ledger.size(); e++) {
        LedgerEntry entry = ledger.get(e);
        entryDay[e] = entry.effectiveDate().toEpochDay();
        net +=
            entry instanceof Charge charge
                ? charge.amount().getAmountMinorLong()
                : -((Payment) entry).amount().getAmountMinorLong();
        runningNet[e] = net;
      }
      days.add(entryDay);
      nets.add(runningNet);
      dueDays[i] = due.toEpochDay();
      firstEntry[i] = entries;
      entries += ledger.size();
    }
    firstEntry[RECEIVABLES] = entries;
    snapshot = AgingPortfolio.of(portfolio);
    entryDays = new long[entries];
    entryRunningNet = new long[entries];
    for (int i = 0; i < RECEIVABLES; i++) {
      System.arraycopy(days.get(i), 0, entryDays, firstEntry[i], days.get(i).length);
      System.arraycopy(nets.get(i), 0, entryRunningNet, firstEntry[i], nets.get(i).length);
    }
  }

  /**
   * Ages the portfolio with the library.
   *
   * @return the report
   */
  @Benchmark
  @OperationsPerInvocation(RECEIVABLES)
  public AgingReport ageWithLibrary() {
    return AgingReport.of(AS_OF, scheme, portfolio);
  }

  /**
   * Ages the portfolio's snapshot, taken once beforehand with {@code AgingPortfolio.of}.
   *
   * @return the report
   */
  @Benchmark
  @OperationsPerInvocation(RECEIVABLES)
  public AgingReport ageSnapshot() {
    return snapshot.age(AS_OF, scheme);
  }

  /**
   * Takes the snapshot of the portfolio: the one-time cost of {@link #ageSnapshot()}.
   *
   * @return the snapshot
   */
  @Benchmark
  @OperationsPerInvocation(RECEIVABLES)
  public AgingPortfolio takeSnapshot() {
    return AgingPortfolio.of(portfolio);
  }

  /**
   * Ages the same portfolio held as primitive arrays, by hand: the baseline.
   *
   * @return per bucket: amount then count; then the credit amount and count
   */
  @Benchmark
  @OperationsPerInvocation(RECEIVABLES)
  public long[] ageBaseline() {
    long asOf = AS_OF.toEpochDay();
    long[] totals = new long[6 * 2 + 2];
    for (int i = 0; i < RECEIVABLES; i++) {
      long net = 0;
      for (int e = firstEntry[i]; e < firstEntry[i + 1] && entryDays[e] <= asOf; e++) {
        net = entryRunningNet[e];
      }
      if (net > 0) {
        long age = asOf - dueDays[i];
        int bucket =
            age <= 0 ? 0 : age <= 30 ? 1 : age <= 60 ? 2 : age <= 90 ? 3 : age <= 120 ? 4 : 5;
        totals[bucket * 2] += net;
        totals[bucket * 2 + 1]++;
      } else if (net < 0) {
        totals[12] -= net;
        totals[13]++;
      }
    }
    return totals;
  }

  /**
   * Ages the same primitive arrays with as few branches as the data allows: the last entry
   * effective by the as-of date is chosen with a conditional move and the bucket by counting bounds
   * passed. A check that the baseline is not slow for want of care.
   *
   * @return per bucket: amount then count; then the credit amount and count
   */
  @Benchmark
  @OperationsPerInvocation(RECEIVABLES)
  public long[] ageBaselineBranchFree() {
    long asOf = AS_OF.toEpochDay();
    long[] totals = new long[6 * 2 + 2];
    for (int i = 0; i < RECEIVABLES; i++) {
      long net = 0;
      int end = firstEntry[i + 1];
      for (int e = firstEntry[i]; e < end; e++) {
        net = entryDays[e] <= asOf ? entryRunningNet[e] : net;
      }
      long age = asOf - dueDays[i];
      int bucket =
          (age > 0 ? 1 : 0)
              + (age > 30 ? 1 : 0)
              + (age > 60 ? 1 : 0)
              + (age > 90 ? 1 : 0)
              + (age > 120 ? 1 : 0);
      int slot = net < 0 ? 12 : bucket * 2;
      totals[slot] += Math.abs(net);
      totals[slot + 1] += net != 0 ? 1 : 0;
    }
    return totals;
  }

  /**
   * Reads one field (the due date) of every receivable and nothing else: the floor set by memory
   * for any aging that visits each receivable object once.
   *
   * @return a sum, so the reads cannot be skipped
   */
  @Benchmark
  @OperationsPerInvocation(RECEIVABLES)
  public long floorReadDueDateOnly() {
    long sum = 0;
    for (Receivable receivable : portfolio) {
      sum += receivable.daysPastDue(AS_OF);
    }
    return sum;
  }
}
