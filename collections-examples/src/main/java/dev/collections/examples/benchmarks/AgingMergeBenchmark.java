package dev.collections.examples.benchmarks;

import dev.collections.core.aging.AgingItem;
import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.receivable.ReceivableId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merges 1,000 partial aging reports (two currencies each), as a host does after aging parts of a
 * portfolio on several threads or machines: pairwise with {@code merge} and in one pass with {@code
 * mergeAll}. Scores are microseconds per complete merge of the 1,000 reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AgingMergeBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private final AgingScheme scheme = AgingScheme.standard();
  private final List<AgingReport> partials = new ArrayList<>();

  /** Creates the benchmark state; JMH calls the setup method before measuring. */
  public AgingMergeBenchmark() {}

  /** Builds 1,000 partial reports of 50 items each, in USD and EUR. */
  @Setup
  public void buildPartials() {
    SplittableRandom random = new SplittableRandom(7);
    for (int p = 0; p < 1_000; p++) {
      List<AgingItem> items = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        CurrencyUnit currency = random.nextBoolean() ? CurrencyUnit.USD : CurrencyUnit.EUR;
        items.add(
            AgingItem.of(
                ReceivableId.of("R" + p + "-" + i),
                AS_OF.minusDays(random.nextInt(-30, 300)),
                Money.ofMinor(currency, random.nextLong(-10_000, 1_000_000))));
      }
      partials.add(AgingReport.ofItems(AS_OF, scheme, items));
    }
  }

  /**
   * Folds the partial reports pairwise with {@code merge}.
   *
   * @return the combined report
   */
  @Benchmark
  public AgingReport mergePairwise() {
    AgingReport total = AgingReport.empty(AS_OF, scheme);
    for (AgingReport partial : partials) {
      total = total.merge(partial);
    }
    return total;
  }

  /**
   * Combines the partial reports in one pass with {@code mergeAll}.
   *
   * @return the combined report
   */
  @Benchmark
  public AgingReport mergeAllAtOnce() {
    return AgingReport.mergeAll(AS_OF, scheme, partials);
  }
}
