package dev.collections.properties.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.collections.core.contact.CallOutcome;
import dev.collections.core.contact.Channel;
import dev.collections.core.contact.ContactAttempt;
import dev.collections.core.contact.ContactAttemptId;
import dev.collections.core.contact.ContactHistory;
import dev.collections.core.contact.Direction;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.contact.ContactGens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The contact generators give valid, varied attempts that the queries find. */
class ContactGensTest {

  record Kind(Channel channel, Direction direction, Optional<CallOutcome> outcome) {}

  private static Kind kindOf(ContactAttempt a) {
    return new Kind(a.channel(), a.direction(), a.callOutcome());
  }

  @Test
  void attempts_edgeCasesCoverEveryValidCombination() {
    List<ContactAttempt> edges = ContactGens.attempts().edgeCases();
    Set<Kind> kinds = new HashSet<>();
    for (ContactAttempt edge : edges) {
      kinds.add(kindOf(edge));
    }
    // Calls: 9 outcomes out, 8 in (no inbound limited-content message); ringless voicemails:
    // none, a message or a limited-content message out, none or a message in; five other
    // channels both ways.
    assertEquals(9 + 8 + 3 + 2 + 5 * 2, kinds.size());
    assertEquals(kinds.size(), edges.size());
    assertEquals(edges.size(), ContactHistory.of(edges).attempts().size());
  }

  @Test
  void attempts_randomDrawsReachEveryChannelOutcomePersonAndDebt() {
    Gen<ContactAttempt> gen = ContactGens.attempts();
    SplittableRandom random = new SplittableRandom(7);
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    Set<CallOutcome> outcomes = EnumSet.noneOf(CallOutcome.class);
    Set<PersonId> persons = new HashSet<>();
    Set<ReceivableId> debts = new HashSet<>();
    int withNanos = 0;
    int consents = 0;
    for (int i = 0; i < 3_000; i++) {
      ContactAttempt a = gen.next(random, Gen.MAX_SIZE);
      channels.add(a.channel());
      a.callOutcome().ifPresent(outcomes::add);
      persons.add(a.personId());
      debts.addAll(a.countedDebts());
      withNanos += a.instant().truncatedTo(ChronoUnit.SECONDS).equals(a.instant()) ? 0 : 1;
      consents += a.isConsentBearing() ? 1 : 0;
      assertEquals(ContactGens.roleOf(a.personId()), a.personRole());
      assertTrue(!a.instant().isBefore(ContactGens.FIRST_INSTANT));
      assertTrue(a.instant().isBefore(ContactGens.END_INSTANT));
    }
    assertEquals(EnumSet.allOf(Channel.class), channels);
    assertEquals(EnumSet.allOf(CallOutcome.class), outcomes);
    assertEquals(Set.copyOf(ContactGens.PERSONS), persons);
    assertEquals(Set.copyOf(ContactGens.DEBTS), debts);
    assertTrue(withNanos > 100, "attempts with a fraction of a second: " + withNanos);
    assertTrue(consents > 50, "consent-bearing attempts: " + consents);
  }

  @Test
  void attempts_countTowardADebtByDiscussionOrByAllocation_bothOften() {
    // Each connected call placed and each conversation counts toward a debt (comment 14(b)(4)-1);
    // the generator must still give both ways to count, not allocate everything.
    Gen<ContactAttempt> gen = ContactGens.attempts();
    SplittableRandom random = new SplittableRandom(5);
    int byDiscussion = 0;
    int byAllocation = 0;
    int conversationsByAllocation = 0;
    int unallocatedConversations = 0;
    int dropped = 0;
    for (int i = 0; i < 3_000; i++) {
      ContactAttempt a = gen.next(random, Gen.MAX_SIZE);
      if (a.isPlacedTelephoneCall() && a.isConnected()) {
        assertTrue(!a.countedDebts().isEmpty(), a.toString());
        Set<ReceivableId> raisedByCollector = new HashSet<>(a.discussedDebts());
        raisedByCollector.removeAll(a.personRaisedDebts());
        if (raisedByCollector.isEmpty()) {
          byAllocation++;
        } else {
          byDiscussion++;
        }
      }
      if (a.isConversation()) {
        assertTrue(!a.conversationDebts().isEmpty(), a.toString());
        conversationsByAllocation += a.discussedDebts().isEmpty() ? 1 : 0;
        unallocatedConversations += a.allocatedDebts().isEmpty() ? 1 : 0;
      }
      if (a.callOutcome().equals(Optional.of(CallOutcome.ANSWERED_DROPPED))) {
        dropped++;
        assertEquals(Set.of(), a.discussedDebts());
      }
    }
    assertTrue(byDiscussion > 100, "calls counted by the debts discussed: " + byDiscussion);
    assertTrue(byAllocation > 100, "calls counted by the allocation: " + byAllocation);
    assertTrue(
        conversationsByAllocation > 10, "general conversations: " + conversationsByAllocation);
    assertTrue(unallocatedConversations > 10, "unallocated: " + unallocatedConversations);
    assertTrue(dropped > 50, "dropped calls: " + dropped);
  }

  @Test
  void attemptsBetween_stayInTheWindow() {
    Instant start = Instant.parse("2020-04-01T04:00:00Z");
    Instant end = Instant.parse("2020-04-08T04:00:00Z");
    Property.forAll(ContactGens.attemptsBetween(start, end))
        .holds(a -> !a.instant().isBefore(start) && a.instant().isBefore(end));
  }

  @Test
  void histories_countsOftenHit() {
    Gen<ContactHistory> gen = ContactGens.histories();
    SplittableRandom random = new SplittableRandom(11);
    ZoneId zone = ZoneId.of("America/New_York");
    int queries = 0;
    int hits = 0;
    int ties = 0;
    for (int i = 0; i < 100; i++) {
      ContactHistory history = gen.next(random, Gen.MAX_SIZE);
      assertTrue(history.attempts().size() <= 120);
      for (int k = 1; k < history.attempts().size(); k++) {
        if (history.attempts().get(k).instant().equals(history.attempts().get(k - 1).instant())) {
          ties++;
        }
      }
      for (PersonId person : ContactGens.PERSONS) {
        for (ReceivableId debt : ContactGens.DEBTS) {
          for (int day = 1; day <= 45; day += 4) {
            queries++;
            LocalDate last = LocalDate.of(2024, 3, 1).plusDays(day);
            if (history.countedCallCountInSevenDays(person, debt, last, zone) > 0) {
              hits++;
            }
          }
        }
      }
    }
    assertTrue(hits * 4 > queries, hits + " of " + queries + " seven-day counts were not zero");
    assertTrue(ties > 50, "attempts at the instant of the one before: " + ties);
  }

  @Test
  void callsAtDayEdges_countedCallsAtTheStartsOfLocalDays() {
    ZoneId zone = ZoneId.of("America/New_York");
    LocalDate first = LocalDate.of(2024, 3, 9);
    LocalDate last = LocalDate.of(2024, 3, 11);
    Set<Instant> starts =
        Set.of(
            first.atStartOfDay(zone).toInstant(),
            first.plusDays(1).atStartOfDay(zone).toInstant(),
            last.atStartOfDay(zone).toInstant());
    Property.forAll(ContactGens.callsAtDayEdges(zone, first, last))
        .check(
            call -> {
              assertTrue(call.isPlacedTelephoneCall() && call.isConnected(), call.toString());
              assertEquals(
                  1,
                  ContactHistory.of(List.of(call))
                      .countedCalls(call.personId(), call.countedDebts().iterator().next())
                      .size());
              Instant instant = call.instant();
              boolean nearAStart =
                  starts.stream()
                      .anyMatch(s -> Math.abs(Duration.between(s, instant).toMillis()) <= 1_000);
              boolean noon =
                  LocalDateTime.ofInstant(instant, zone).toLocalTime().equals(LocalTime.NOON);
              assertTrue(nearAStart || noon, instant.toString());
            });
    assertThrows(
        IllegalArgumentException.class, () -> ContactGens.callsAtDayEdges(zone, last, first));
  }

  @Test
  void portfolioAttempts_drawFromThePortfolio_andTheHistoryCountsThem() {
    Instant start = Instant.parse("2024-01-01T05:00:00Z");
    Instant end = Instant.parse("2025-01-01T05:00:00Z");
    Gen<ContactAttempt> gen = ContactGens.portfolioAttempts(100, 2, start, end);
    SplittableRandom random = new SplittableRandom(3);
    Map<ContactAttemptId, ContactAttempt> byId = new LinkedHashMap<>();
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    for (int i = 0; i < 5_000; i++) {
      ContactAttempt a = gen.next(random, Gen.MAX_SIZE);
      byId.putIfAbsent(a.id(), a);
      channels.add(a.channel());
      int person = Integer.parseInt(a.personId().value().substring(2));
      assertTrue(person >= 0 && person < 100, a.personId().value());
      assertEquals(Set.of(a.allocatedDebts().iterator().next()), a.allocatedDebts());
      assertTrue(
          a.allocatedDebts().iterator().next().value().startsWith("R-" + person + "-"),
          a.toString());
      assertTrue(!a.instant().isBefore(start) && a.instant().isBefore(end));
    }
    assertEquals(
        EnumSet.of(
            Channel.CALL, Channel.RINGLESS_VOICEMAIL, Channel.SMS, Channel.EMAIL, Channel.LETTER),
        channels);
    ContactHistory history = ContactHistory.of(List.copyOf(byId.values()));
    PersonId person = PersonId.of("P-7");
    ReceivableId debt = ReceivableId.of("R-7-1");
    long expected =
        history.attempts().stream()
            .filter(a -> a.isPlacedTelephoneCall() && a.isConnected())
            .filter(a -> a.personId().equals(person) && a.countedDebts().contains(debt))
            .count();
    assertTrue(expected > 5, "counted calls to P-7 about R-7-1: " + expected);
    assertEquals(expected, history.countedCalls(person, debt).size());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ContactGens.portfolioAttempts(0, 2, start, end));
    assertEquals("persons and debts per person must be at least 1: 0 and 2", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ContactGens.portfolioAttempts(1, 1, end, start));
  }

  @Test
  void destinations_alwaysFitTheirChannel() {
    for (Channel channel : Channel.values()) {
      Property.forAll(ContactGens.destinations(channel))
          .check(
              destination ->
                  ContactAttempt.builder()
                      .id(ContactAttemptId.of("A-1"))
                      .instant(ContactGens.FIRST_INSTANT)
                      .channel(channel)
                      .direction(Direction.INBOUND)
                      .debtorId(DebtorId.of("D-1"))
                      .personId(ContactGens.PERSONS.get(0))
                      .personRole(ContactGens.roleOf(ContactGens.PERSONS.get(0)))
                      .callOutcome(
                          channel == Channel.CALL
                              ? Optional.of(CallOutcome.CONVERSATION)
                              : Optional.empty())
                      .addAllocatedDebt(ContactGens.DEBTS.get(0))
                      .destination(destination)
                      .build());
    }
    assertEquals(1, ContactGens.destinations(Channel.SOCIAL_DM).edgeCases().size());
    assertEquals(3, ContactGens.destinations(Channel.CALL).edgeCases().size());
  }

  @Test
  void zones_includeOddOffsetsAndMidnightTransitions() {
    for (String zone :
        List.of("America/New_York", "America/Santiago", "Australia/Lord_Howe", "Asia/Kolkata")) {
      assertTrue(ContactGens.ZONES.contains(ZoneId.of(zone)), zone);
      assertTrue(ContactGens.zones().edgeCases().contains(ZoneId.of(zone)), zone);
    }
  }

  @Test
  void roleOf_unknownPerson_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ContactGens.roleOf(PersonId.of("X")));
    assertEquals("person must be one of ContactGens.PERSONS: X", e.getMessage());
  }

  @Test
  void factories_rejectNulls() {
    new NullPointerTester()
        .setDefault(Instant.class, ContactGens.FIRST_INSTANT)
        .setDefault(PersonId.class, ContactGens.PERSONS.get(0))
        .setDefault(ZoneId.class, ZoneId.of("America/New_York"))
        .setDefault(LocalDate.class, LocalDate.of(2024, 3, 10))
        .testAllPublicStaticMethods(ContactGens.class);
  }
}
