package dev.collections.properties.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.contact.Channel;
import dev.collections.core.contact.ContactAttempt;
import dev.collections.core.contact.ContactAttemptId;
import dev.collections.core.contact.ContactHistory;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.contact.ContactGens;
import dev.collections.testkit.time.TimeGens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The indexed queries of a contact history agree with a scan of its attempts, whatever order the
 * attempts came in and whether the history was built at once, attempt by attempt or batch by batch,
 * and only grow as attempts are added.
 */
class ContactHistoryPropertiesTest {

  /** A count query: a person, a debt, and a run of local days ending on a date in a zone. */
  record Query(PersonId person, ReceivableId debt, LocalDate lastDate, ZoneId zone, int days) {}

  /** A window of instants, the start not after the end. */
  record Window(Instant startInclusive, Instant endExclusive) {}

  /** A history and an attempt whose identifier it does not have. */
  record Addition(ContactHistory history, ContactAttempt attempt) {}

  private static final Gen<Query> QUERIES =
      Gen.zip(
          Gen.zip(ContactGens.persons(), ContactGens.debts(), Map::entry),
          Gen.zip(
              TimeGens.dates(LocalDate.of(2024, 2, 24), LocalDate.of(2024, 4, 22)),
              ContactGens.zones(),
              Map::entry),
          Gen.integers(1, 10).withEdgeCases(List.of(ContactHistory.CALL_FREQUENCY_DAYS)),
          (pd, dz, days) ->
              new Query(pd.getKey(), pd.getValue(), dz.getKey(), dz.getValue(), days));

  private static final Gen<Instant> INSTANTS =
      TimeGens.instants(
          ContactGens.FIRST_INSTANT.minusSeconds(86_400),
          ContactGens.END_INSTANT.plusSeconds(86_400));

  private static final Gen<Window> WINDOWS =
      Gen.zip(INSTANTS, INSTANTS, (a, b) -> a.isBefore(b) ? new Window(a, b) : new Window(b, a));

  private static final Gen<Addition> ADDITIONS =
      Gen.zip(ContactGens.histories(), ContactGens.attempts(), Addition::new)
          .filter(
              a -> a.history().attempts().stream().noneMatch(x -> x.id().equals(a.attempt().id())));

  private static boolean counted(ContactAttempt a, PersonId person, ReceivableId debt) {
    return a.isPlacedTelephoneCall()
        && a.isConnected()
        && a.personId().equals(person)
        && a.countedDebts().contains(debt);
  }

  private static List<ContactAttempt> scan(
      ContactHistory history, Predicate<ContactAttempt> predicate) {
    List<ContactAttempt> found = new ArrayList<>();
    for (ContactAttempt attempt : history.attempts()) {
      if (predicate.test(attempt)) {
        found.add(attempt);
      }
    }
    return found;
  }

  /** The count by local dates, attempt by attempt. */
  private static int bruteForceCount(ContactHistory history, Query q) {
    LocalDate first = q.lastDate().minusDays(q.days() - 1L);
    return scan(
            history,
            a -> {
              LocalDate date = LocalDate.ofInstant(a.instant(), q.zone());
              return counted(a, q.person(), q.debt())
                  && !date.isBefore(first)
                  && !date.isAfter(q.lastDate());
            })
        .size();
  }

  @Test
  void countedCallCount_equalsACountOfTheAttemptsByLocalDate() {
    Property.forAll(ContactGens.histories(), QUERIES)
        .check(
            (history, q) -> {
              int count =
                  history.countedCallCount(q.person(), q.debt(), q.lastDate(), q.zone(), q.days());
              assertEquals(bruteForceCount(history, q), count, history.attempts().toString());
              if (q.days() == ContactHistory.CALL_FREQUENCY_DAYS) {
                assertEquals(
                    count,
                    history.countedCallCountInSevenDays(
                        q.person(), q.debt(), q.lastDate(), q.zone()));
              }
            });
  }

  @Test
  void countedCallCount_callsAtTheEdgesOfLocalDays_equalsACountByLocalDate() {
    Gen<Query> queries =
        Gen.zip(
            Gen.zip(ContactGens.persons(), ContactGens.debts(), Map::entry),
            Gen.zip(
                TimeGens.dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                ContactGens.zones(),
                Map::entry),
            Gen.integers(1, 10).withEdgeCases(List.of(ContactHistory.CALL_FREQUENCY_DAYS)),
            (pd, dz, days) ->
                new Query(pd.getKey(), pd.getValue(), dz.getKey(), dz.getValue(), days));
    Gen<Map.Entry<Query, ContactHistory>> cases =
        queries.flatMap(
            q ->
                ContactGens.historiesOf(
                        ContactGens.callsAtDayEdges(
                            q.zone(), q.lastDate().minusDays(q.days()), q.lastDate().plusDays(1)))
                    .map(history -> Map.entry(q, history)));
    Property.forAll(cases)
        .check(
            qh -> {
              Query q = qh.getKey();
              ContactHistory history = qh.getValue();
              assertEquals(
                  bruteForceCount(history, q),
                  history.countedCallCount(q.person(), q.debt(), q.lastDate(), q.zone(), q.days()),
                  history.attempts().toString());
            });
  }

  @Test
  void countedCallCountBetween_equalsACountOfTheAttemptsInTheWindow() {
    Property.forAll(ContactGens.histories(), Gen.zip(QUERIES, WINDOWS, Map::entry))
        .check(
            (history, qw) -> {
              Query q = qw.getKey();
              Window w = qw.getValue();
              int expected =
                  scan(
                          history,
                          a ->
                              counted(a, q.person(), q.debt())
                                  && !a.instant().isBefore(w.startInclusive())
                                  && a.instant().isBefore(w.endExclusive()))
                      .size();
              assertEquals(
                  expected,
                  history.countedCallCountBetween(
                      q.person(), q.debt(), w.startInclusive(), w.endExclusive()));
            });
  }

  @Test
  void countedCallsAndConversations_equalAScanOfTheAttempts() {
    Property.forAll(ContactGens.histories(), QUERIES)
        .check(
            (history, q) -> {
              assertEquals(
                  scan(history, a -> counted(a, q.person(), q.debt())),
                  history.countedCalls(q.person(), q.debt()));
              assertEquals(
                  scan(
                      history,
                      a ->
                          a.personId().equals(q.person())
                              && a.conversationDebts().contains(q.debt())),
                  history.conversations(q.person(), q.debt()));
            });
  }

  @Test
  void lastConversation_isTheLatestConversationAtOrBeforeTheInstant() {
    Property.forAll(ContactGens.histories(), Gen.zip(QUERIES, INSTANTS, Map::entry))
        .check(
            (history, qi) -> {
              Query q = qi.getKey();
              Instant asOf = qi.getValue();
              List<ContactAttempt> talks =
                  scan(
                      history,
                      a ->
                          a.isConversation()
                              && a.personId().equals(q.person())
                              && a.conversationDebts().contains(q.debt())
                              && !a.instant().isAfter(asOf));
              Optional<ContactAttempt> expected =
                  talks.isEmpty() ? Optional.empty() : Optional.of(talks.get(talks.size() - 1));
              assertEquals(expected, history.lastConversation(q.person(), q.debt(), asOf));
            });
  }

  @Test
  void of_anyOrder_equalHistoryAndEqualAnswers() {
    Property.forAll(
            ContactGens.histories(), Gen.zip(QUERIES, Gen.longs(0, Long.MAX_VALUE), Map::entry))
        .check(
            (history, qs) -> {
              Query q = qs.getKey();
              List<ContactAttempt> shuffled = new ArrayList<>(history.attempts());
              Collections.shuffle(shuffled, new Random(qs.getValue()));
              ContactHistory rebuilt = ContactHistory.of(shuffled);
              assertEquals(history, rebuilt);
              assertEquals(history.hashCode(), rebuilt.hashCode());
              assertEquals(history.attempts(), rebuilt.attempts());
              assertEquals(
                  history.countedCallCount(q.person(), q.debt(), q.lastDate(), q.zone(), q.days()),
                  rebuilt.countedCallCount(q.person(), q.debt(), q.lastDate(), q.zone(), q.days()));
              assertEquals(history.attemptsWith(q.person()), rebuilt.attemptsWith(q.person()));
              assertEquals(history.attemptsAbout(q.debt()), rebuilt.attemptsAbout(q.debt()));
              assertEquals(
                  history.conversations(q.person(), q.debt()),
                  rebuilt.conversations(q.person(), q.debt()));
            });
  }

  /** Every query of {@code actual} answers as {@code expected} does. */
  private static void assertSameAnswers(
      ContactHistory expected, ContactHistory actual, Query q, Window w) {
    for (PersonId person : ContactGens.PERSONS) {
      assertEquals(expected.attemptsWith(person), actual.attemptsWith(person), person.value());
      for (ReceivableId debt : ContactGens.DEBTS) {
        String key = person + " " + debt;
        assertEquals(expected.countedCalls(person, debt), actual.countedCalls(person, debt), key);
        assertEquals(expected.conversations(person, debt), actual.conversations(person, debt), key);
        assertEquals(
            expected.countedCallCount(person, debt, q.lastDate(), q.zone(), q.days()),
            actual.countedCallCount(person, debt, q.lastDate(), q.zone(), q.days()),
            key);
        assertEquals(
            expected.countedCallCountBetween(person, debt, w.startInclusive(), w.endExclusive()),
            actual.countedCallCountBetween(person, debt, w.startInclusive(), w.endExclusive()),
            key);
        assertEquals(
            expected.lastConversation(person, debt, w.endExclusive()),
            actual.lastConversation(person, debt, w.endExclusive()),
            key);
      }
    }
    for (ReceivableId debt : ContactGens.DEBTS) {
      assertEquals(expected.attemptsAbout(debt), actual.attemptsAbout(debt), debt.value());
    }
    for (Channel channel : Channel.values()) {
      assertEquals(expected.attemptsVia(channel), actual.attemptsVia(channel), channel.name());
    }
    assertEquals(
        expected.attemptsBetween(w.startInclusive(), w.endExclusive()),
        actual.attemptsBetween(w.startInclusive(), w.endExclusive()));
    // Windows and look-backs at each attempt's own instant, to the nanosecond, which the windows
    // drawn to the second never reach.
    for (ContactAttempt attempt : expected.attempts()) {
      Instant at = attempt.instant();
      Instant after = at.plusNanos(1);
      Instant before = at.minusNanos(1);
      String key = attempt.id().value();
      assertEquals(expected.attemptsBetween(at, after), actual.attemptsBetween(at, after), key);
      PersonId person = attempt.personId();
      for (ReceivableId debt : ContactGens.DEBTS) {
        assertEquals(
            expected.countedCallCountBetween(person, debt, at, after),
            actual.countedCallCountBetween(person, debt, at, after),
            key + " " + debt);
        assertEquals(
            expected.lastConversation(person, debt, at),
            actual.lastConversation(person, debt, at),
            key + " " + debt);
        assertEquals(
            expected.lastConversation(person, debt, before),
            actual.lastConversation(person, debt, before),
            key + " " + debt);
      }
    }
  }

  private static final Gen<Map.Entry<Map.Entry<Query, Window>, Long>> QUERIES_WINDOWS_SEEDS =
      Gen.zip(Gen.zip(QUERIES, WINDOWS, Map::entry), Gen.longs(0, Long.MAX_VALUE), Map::entry);

  @Test
  void withAttempt_oneByOne_equalsTheHistoryBuiltAtOnce_withEqualAnswers() {
    Property.forAll(ContactGens.histories(), QUERIES_WINDOWS_SEEDS)
        .check(
            (history, qws) -> {
              Query q = qws.getKey().getKey();
              Window w = qws.getKey().getValue();
              Random random = new Random(qws.getValue());
              List<ContactAttempt> shuffled = new ArrayList<>(history.attempts());
              Collections.shuffle(shuffled, random);
              // Start from a history built at once, of a random share of the attempts, queried
              // or not, then append the others one by one in random order.
              int start = random.nextInt(shuffled.size() + 1);
              ContactHistory appended = ContactHistory.of(shuffled.subList(0, start));
              if (random.nextBoolean()) {
                appended.countedCalls(q.person(), q.debt());
              }
              int middle = start + random.nextInt(shuffled.size() - start + 1);
              ContactHistory halfway = appended;
              for (int i = start; i < shuffled.size(); i++) {
                if (i == middle) {
                  halfway = appended;
                }
                appended = appended.withAttempt(shuffled.get(i));
              }
              assertEquals(history, appended);
              assertEquals(history.hashCode(), appended.hashCode());
              assertEquals(history.attempts(), appended.attempts());
              assertSameAnswers(history, appended, q, w);
              // A history appended to still answers for its own attempts.
              assertSameAnswers(ContactHistory.of(halfway.attempts()), halfway, q, w);
            });
  }

  @Test
  void withAttempts_batchByBatch_equalsTheHistoryBuiltAtOnce_withEqualAnswers() {
    Property.forAll(ContactGens.histories(), QUERIES_WINDOWS_SEEDS)
        .check(
            (history, qws) -> {
              Query q = qws.getKey().getKey();
              Window w = qws.getKey().getValue();
              Random random = new Random(qws.getValue());
              List<ContactAttempt> shuffled = new ArrayList<>(history.attempts());
              Collections.shuffle(shuffled, random);
              ContactHistory batched = ContactHistory.empty();
              int from = 0;
              while (from < shuffled.size()) {
                int to = from + 1 + random.nextInt(shuffled.size() - from);
                batched = batched.withAttempts(shuffled.subList(from, to));
                if (random.nextBoolean() && to < shuffled.size()) {
                  // An indexed history gets the next attempt by extending its index.
                  batched.countedCalls(q.person(), q.debt());
                  batched = batched.withAttempt(shuffled.get(to));
                  to++;
                }
                from = to;
              }
              assertEquals(history, batched);
              assertEquals(history.attempts(), batched.attempts());
              assertSameAnswers(history, batched, q, w);
            });
  }

  @Test
  void withAttemptOrAttempts_anIdentifierAlreadyThere_rejectedWhereverTheAttemptFalls() {
    Property.forAll(
            ContactGens.histories().filter(h -> !h.attempts().isEmpty()),
            Gen.zip(ContactGens.attempts(), Gen.integers(0, 119), Map::entry))
        .check(
            (history, ai) -> {
              ContactAttemptId taken =
                  history.attempts().get(ai.getValue() % history.attempts().size()).id();
              ContactAttempt clash = withId(ai.getKey(), taken);
              String message = "contact attempt ids must be unique: " + taken;
              IllegalArgumentException one =
                  assertThrows(IllegalArgumentException.class, () -> history.withAttempt(clash));
              assertEquals(message, one.getMessage());
              IllegalArgumentException batch =
                  assertThrows(
                      IllegalArgumentException.class, () -> history.withAttempts(List.of(clash)));
              assertEquals(message, batch.getMessage());
            });
  }

  /** The attempt with another identifier. */
  private static ContactAttempt withId(ContactAttempt a, ContactAttemptId id) {
    return ContactAttempt.builder()
        .id(id)
        .instant(a.instant())
        .channel(a.channel())
        .direction(a.direction())
        .debtorId(a.debtorId())
        .personId(a.personId())
        .personRole(a.personRole())
        .destination(a.destination())
        .addAllDiscussedDebts(a.discussedDebts())
        .addAllPersonRaisedDebts(a.personRaisedDebts())
        .addAllAllocatedDebts(a.allocatedDebts())
        .callOutcome(a.callOutcome())
        .consentBearing(a.isConsentBearing())
        .build();
  }

  @Test
  void withAttempt_neverDecreasesACount_andAddsAtMostOne() {
    Property.forAll(ADDITIONS, QUERIES)
        .check(
            (addition, q) -> {
              ContactHistory before = addition.history();
              ContactHistory after = before.withAttempt(addition.attempt());
              assertEquals(before.attempts().size() + 1, after.attempts().size());
              for (PersonId person : ContactGens.PERSONS) {
                for (ReceivableId debt : ContactGens.DEBTS) {
                  int was = before.countedCallCount(person, debt, q.lastDate(), q.zone(), q.days());
                  int is = after.countedCallCount(person, debt, q.lastDate(), q.zone(), q.days());
                  assertTrue(
                      was <= is && is <= was + 1, person + " " + debt + ": " + was + " then " + is);
                  assertTrue(
                      before.conversations(person, debt).size()
                          <= after.conversations(person, debt).size());
                }
              }
            });
  }

  @Test
  void attemptsVia_everyAttemptIsInExactlyItsChannel() {
    Property.forAll(ContactGens.histories())
        .check(
            history -> {
              int total = 0;
              for (Channel channel : Channel.values()) {
                List<ContactAttempt> via = history.attemptsVia(channel);
                total += via.size();
                assertTrue(via.stream().allMatch(a -> a.channel() == channel), channel.name());
              }
              assertEquals(history.attempts().size(), total);
              for (ContactAttempt attempt : history.attempts()) {
                for (Channel channel : Channel.values()) {
                  assertEquals(
                      attempt.channel() == channel,
                      history.attemptsVia(channel).contains(attempt),
                      attempt + " via " + channel);
                }
              }
            });
  }

  @Test
  void attemptsBetween_exactlyTheAttemptsInTheWindow_sorted() {
    Property.forAll(ContactGens.histories(), WINDOWS)
        .check(
            (history, w) -> {
              List<ContactAttempt> found =
                  history.attemptsBetween(w.startInclusive(), w.endExclusive());
              assertEquals(
                  scan(
                      history,
                      a ->
                          !a.instant().isBefore(w.startInclusive())
                              && a.instant().isBefore(w.endExclusive())),
                  found);
              assertSorted(found);
            });
  }

  @Test
  void attemptsWithAndAbout_equalAScan_sorted() {
    Property.forAll(ContactGens.histories(), QUERIES)
        .check(
            (history, q) -> {
              assertEquals(
                  scan(history, a -> a.personId().equals(q.person())),
                  history.attemptsWith(q.person()));
              assertEquals(
                  scan(
                      history,
                      a ->
                          a.discussedDebts().contains(q.debt())
                              || a.allocatedDebts().contains(q.debt())),
                  history.attemptsAbout(q.debt()));
              assertSorted(history.attempts());
            });
  }

  private static void assertSorted(List<ContactAttempt> attempts) {
    Comparator<ContactAttempt> order =
        Comparator.comparing(ContactAttempt::instant).thenComparing(ContactAttempt::id);
    for (int i = 1; i < attempts.size(); i++) {
      assertTrue(
          order.compare(attempts.get(i - 1), attempts.get(i)) < 0,
          attempts.get(i - 1) + " then " + attempts.get(i));
    }
  }
}
