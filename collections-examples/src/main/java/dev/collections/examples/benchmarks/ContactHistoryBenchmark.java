package dev.collections.examples.benchmarks;

import dev.collections.core.contact.ContactAttempt;
import dev.collections.core.contact.ContactAttemptId;
import dev.collections.core.contact.ContactHistory;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.contact.ContactGens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * The look-back of the call-frequency rules: how many counted calls a person had about a debt in
 * the seven local days ending on a date, and the last conversation before an instant, in a history
 * of 10,000 attempts (100 persons owing two debts each, a year of calls, ringless voicemails,
 * texts, emails and letters, from {@link ContactGens#portfolioAttempts(int, int, Instant,
 * Instant)}); and the dialer's step, appending one more attempt to that history, already indexed,
 * and counting the calls of its person and debt, beside the same step done by building the history
 * anew. Queries and appended attempts rotate through 1,024 prepared inputs so the JIT cannot fold
 * them into constants.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContactHistoryBenchmark {

  private static final int ATTEMPTS = 10_000;
  private static final int PERSONS = 100;
  private static final int DEBTS_PER_PERSON = 2;
  private static final int INPUTS = 1_024;
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final List<ZoneId> US_ZONES =
      List.of(
          NEW_YORK,
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Pacific/Honolulu"));

  private final ContactHistory history;
  private final PersonId[] persons = new PersonId[INPUTS];
  private final ReceivableId[] debts = new ReceivableId[INPUTS];
  private final LocalDate[] dates = new LocalDate[INPUTS];
  private final Instant[] instants = new Instant[INPUTS];
  private final ZoneId[] zones = new ZoneId[INPUTS];
  private final ContactAttempt[] appended = new ContactAttempt[INPUTS];
  private final ReceivableId[] appendedDebts = new ReceivableId[INPUTS];
  private final LocalDate[] appendedDates = new LocalDate[INPUTS];
  private int next;

  /** Builds the history and prepares the rotating queries, from a fixed seed. */
  public ContactHistoryBenchmark() {
    SplittableRandom random = new SplittableRandom(2024);
    Instant start = FIRST_DAY.atStartOfDay(NEW_YORK).toInstant();
    Instant end = FIRST_DAY.plusYears(1).atStartOfDay(NEW_YORK).toInstant();
    Gen<ContactAttempt> portfolio =
        ContactGens.portfolioAttempts(PERSONS, DEBTS_PER_PERSON, start, end);
    Map<ContactAttemptId, ContactAttempt> attempts = new LinkedHashMap<>();
    while (attempts.size() < ATTEMPTS) {
      ContactAttempt attempt = portfolio.next(random, Gen.MAX_SIZE);
      attempts.putIfAbsent(attempt.id(), attempt);
    }
    history = ContactHistory.of(attempts.values());
    for (int i = 0; i < INPUTS; i++) {
      int person = random.nextInt(PERSONS);
      persons[i] = PersonId.of("P-" + person);
      debts[i] = ReceivableId.of("R-" + person + "-" + random.nextInt(DEBTS_PER_PERSON));
      dates[i] = FIRST_DAY.plusDays(random.nextInt(366));
      instants[i] = dates[i].atTime(LocalTime.of(15, 0)).atZone(NEW_YORK).toInstant();
      zones[i] = US_ZONES.get(random.nextInt(US_ZONES.size()));
    }
    // Attempts to append, drawn after the queries' inputs so that those stay as they were.
    for (int i = 0; i < INPUTS; i++) {
      ContactAttempt attempt = portfolio.next(random, Gen.MAX_SIZE);
      while (attempts.containsKey(attempt.id())) {
        attempt = portfolio.next(random, Gen.MAX_SIZE);
      }
      appended[i] = attempt;
      appendedDebts[i] = attempt.allocatedDebts().iterator().next();
      appendedDates[i] = LocalDate.ofInstant(attempt.instant(), NEW_YORK);
    }
    // The first query indexes the history, as a dialer's first check of the day would.
    history.countedCallCountInSevenDays(persons[0], debts[0], dates[0], NEW_YORK);
  }

  /**
   * Counts the counted calls to a person about a debt in the seven New York days ending on a date.
   *
   * @return the count
   */
  @Benchmark
  public int countedCallsInSevenDays() {
    int i = next++ & (INPUTS - 1);
    return history.countedCallCountInSevenDays(persons[i], debts[i], dates[i], NEW_YORK);
  }

  /**
   * Counts as {@link #countedCallsInSevenDays()}, in a zone drawn from six US zones.
   *
   * @return the count
   */
  @Benchmark
  public int countedCallsInSevenDaysAnyZone() {
    int i = next++ & (INPUTS - 1);
    return history.countedCallCountInSevenDays(persons[i], debts[i], dates[i], zones[i]);
  }

  /**
   * Finds the last conversation with a person about a debt at or before an instant.
   *
   * @return the conversation, or empty
   */
  @Benchmark
  public Optional<ContactAttempt> lastConversation() {
    int i = next++ & (INPUTS - 1);
    return history.lastConversation(persons[i], debts[i], instants[i]);
  }

  /**
   * Appends one attempt to the indexed history of 10,000: the index is extended, not rebuilt.
   *
   * @return the new history
   */
  @Benchmark
  public ContactHistory appendOne() {
    int i = next++ & (INPUTS - 1);
    return history.withAttempt(appended[i]);
  }

  /**
   * Appends one attempt to the indexed history of 10,000 and counts the calls to its person about
   * its debt in the seven New York days ending on its date: a dialer's step.
   *
   * @return the count
   */
  @Benchmark
  public int appendOneThenCount() {
    int i = next++ & (INPUTS - 1);
    ContactAttempt attempt = appended[i];
    return history
        .withAttempt(attempt)
        .countedCallCountInSevenDays(
            attempt.personId(), appendedDebts[i], appendedDates[i], NEW_YORK);
  }

  /**
   * Does the step of {@link #appendOneThenCount()} by building the history of the 10,001 attempts
   * anew, sorting and indexing them all, as appending did before it extended the index.
   *
   * @return the count
   */
  @Benchmark
  public int rebuildWithOneMoreThenCount() {
    int i = next++ & (INPUTS - 1);
    ContactAttempt attempt = appended[i];
    List<ContactAttempt> attempts = new ArrayList<>(history.attempts());
    attempts.add(attempt);
    return ContactHistory.of(attempts)
        .countedCallCountInSevenDays(
            attempt.personId(), appendedDebts[i], appendedDates[i], NEW_YORK);
  }
}
