package dev.collections.examples.benchmarks;

import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import dev.collections.core.time.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The foundation's hot paths: splitting a total into 12 parts, and adding 50 business days in the
 * US federal calendar. Inputs rotate through 1,024 prepared values so the JIT cannot fold them into
 * constants.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FoundationBenchmark {

  private static final int INPUTS = 1_024;

  private final Money[] totals = new Money[INPUTS];
  private final LocalDate[] dates = new LocalDate[INPUTS];
  private final BusinessCalendar calendar = BusinessCalendar.usFederalObserved();
  private int next;

  /** Prepares the rotating inputs. */
  public FoundationBenchmark() {
    for (int i = 0; i < INPUTS; i++) {
      totals[i] = Money.ofMinor(org.joda.money.CurrencyUnit.USD, 100_000L + 7_919L * i);
      dates[i] = LocalDate.of(2024, 1, 1).plusDays(i);
    }
  }

  /**
   * Splits a total into 12 equal parts, the leftover cents spread.
   *
   * @return the parts
   */
  @Benchmark
  public List<Money> splitIntoTwelveParts() {
    Money total = totals[next++ & (INPUTS - 1)];
    return Splits.equally(total, 12, RemainderPlacement.SPREAD);
  }

  /**
   * Adds 50 business days in the observed US federal calendar.
   *
   * @return the date reached
   */
  @Benchmark
  public LocalDate plusFiftyBusinessDays() {
    LocalDate date = dates[next++ & (INPUTS - 1)];
    return calendar.plusBusinessDays(date, 50);
  }
}
