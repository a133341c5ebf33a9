package dev.collections.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.receivable.ReceivableId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactHistoryTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
  private static final PersonId CONSUMER = PersonId.of("P-1");
  private static final PersonId SPOUSE = PersonId.of("P-2");
  private static final ReceivableId CARD = ReceivableId.of("R-CARD");
  private static final ReceivableId CARD_B = ReceivableId.of("R-CARD-B");
  private static final ReceivableId MEDICAL = ReceivableId.of("R-MEDICAL");
  private static final LocalDate TUE_2020_04_07 = LocalDate.of(2020, 4, 7);
  private static final LocalDate WED_2020_04_08 = LocalDate.of(2020, 4, 8);

  /** An instant at a local time in New York in 2020, the year of the commentary's examples. */
  private static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2020, month, day, hour, minute).atZone(NEW_YORK).toInstant();
  }

  /** 10:00 in New York on a 2020 date. */
  private static Instant at(int month, int day) {
    return at(month, day, 10, 0);
  }

  private static ContactAttempt.Builder attempt(
      String id, Instant instant, Channel channel, Direction direction, PersonId person) {
    return ContactAttempt.builder()
        .id(ContactAttemptId.of(id))
        .instant(instant)
        .channel(channel)
        .direction(direction)
        .debtorId(DebtorId.of("D-1"))
        .personId(person)
        .personRole(person.equals(CONSUMER) ? PersonRole.CONSUMER : PersonRole.SPOUSE);
  }

  /** A call the collector placed to the consumer, allocated to the given debts. */
  private static ContactAttempt call(
      String id, Instant instant, CallOutcome outcome, ReceivableId... allocated) {
    return attempt(id, instant, Channel.CALL, Direction.OUTBOUND, CONSUMER)
        .callOutcome(outcome)
        .addAllocatedDebts(allocated)
        .build();
  }

  /** A telephone conversation with the consumer about the given debts. */
  private static ContactAttempt conversation(
      String id, Instant instant, Direction direction, ReceivableId... discussed) {
    return attempt(id, instant, Channel.CALL, direction, CONSUMER)
        .callOutcome(CallOutcome.CONVERSATION)
        .addDiscussedDebts(discussed)
        .build();
  }

  private static ContactAttempt message(String id, Instant instant, Channel channel) {
    return attempt(id, instant, channel, Direction.OUTBOUND, CONSUMER)
        .addDiscussedDebt(CARD)
        .build();
  }

  private static int sevenDays(ContactHistory history, ReceivableId debt, LocalDate lastDate) {
    return history.countedCallCountInSevenDays(CONSUMER, debt, lastDate, NEW_YORK);
  }

  /** AT-01's first week: an LCM on Wed Apr 1, then six unanswered calls Thu Apr 2 to Tue Apr 7. */
  private static List<ContactAttempt> sevenCallsFromWednesdayApril1() {
    List<ContactAttempt> calls = new ArrayList<>();
    calls.add(call("A-1", at(4, 1), CallOutcome.LIMITED_CONTENT_MESSAGE, CARD));
    for (int day = 2; day <= 7; day++) {
      calls.add(call("A-" + day, at(4, day), CallOutcome.NO_ANSWER, CARD));
    }
    return calls;
  }

  @Test
  void countedCallCount_at01_sevenCallsApril1To7_thenOneOnApril8() {
    // REGULATIONS.md AT-01, comment 14(b)(2)(i)-1.i.
    ContactHistory week = ContactHistory.of(sevenCallsFromWednesdayApril1());
    assertEquals(7, sevenDays(week, CARD, TUE_2020_04_07));
    ContactHistory withApril8 =
        week.withAttempt(call("A-8", at(4, 8), CallOutcome.NO_ANSWER, CARD));
    assertEquals(7, sevenDays(withApril8, CARD, TUE_2020_04_07));
    // The window ending Wed Apr 8 runs Thu Apr 2 to Wed Apr 8: April 1 has left it.
    assertEquals(7, sevenDays(withApril8, CARD, WED_2020_04_08));
    assertEquals(1, sevenDays(withApril8, CARD, LocalDate.of(2020, 4, 14)));
    assertEquals(0, sevenDays(withApril8, CARD, LocalDate.of(2020, 4, 15)));
    assertEquals(1, sevenDays(withApril8, CARD, LocalDate.of(2020, 4, 1)));
    assertEquals(0, sevenDays(withApril8, CARD, LocalDate.of(2020, 3, 31)));
    for (LocalDate last = LocalDate.of(2020, 3, 25);
        last.isBefore(LocalDate.of(2020, 4, 20));
        last = last.plusDays(1)) {
      assertTrue(sevenDays(withApril8, CARD, last) <= 7, last.toString());
    }
    // Eight counted calls within April 1 to 7 is the presumed violation's input.
    ContactHistory eight =
        week.withAttempt(call("A-9", at(4, 7, 15, 0), CallOutcome.NO_ANSWER, CARD));
    assertEquals(8, sevenDays(eight, CARD, TUE_2020_04_07));
  }

  @Test
  void lastConversation_at02_consumerInitiatedConversationStartsThePeriod() {
    // REGULATIONS.md AT-02, comment 14(b)(2)(i)-1.ii: the consumer calls Thu Aug 13.
    ContactAttempt inbound = conversation("A-1", at(8, 13), Direction.INBOUND, CARD);
    ContactHistory history = ContactHistory.of(List.of(inbound));
    assertTrue(inbound.isConversation());
    assertFalse(inbound.isPlacedTelephoneCall());
    assertEquals(Optional.of(inbound), history.lastConversation(CONSUMER, CARD, at(8, 20)));
    // The conversation's date is day 1 of the seven: a call on Wed Aug 19 is inside, Thu Aug 20
    // not.
    LocalDate dayOne = LocalDate.ofInstant(inbound.instant(), NEW_YORK);
    assertEquals(LocalDate.of(2020, 8, 13), dayOne);
    assertEquals(LocalDate.of(2020, 8, 20), dayOne.plusDays(ContactHistory.CALL_FREQUENCY_DAYS));
    // A call the consumer placed is not a counted call.
    assertEquals(List.of(), history.countedCalls(CONSUMER, CARD));
    assertEquals(0, sevenDays(history, CARD, LocalDate.of(2020, 8, 19)));
  }

  @Test
  void lastConversation_at07_unansweredCallThenConversationOnFriday() {
    // REGULATIONS.md AT-07, comment 14(b)(2)(ii)-1.ii.
    ContactAttempt tuesday = call("A-1", at(8, 11), CallOutcome.NO_ANSWER, CARD);
    ContactAttempt friday = conversation("A-2", at(8, 14), Direction.OUTBOUND, CARD);
    ContactHistory history = ContactHistory.of(List.of(tuesday, friday));
    assertEquals(Optional.of(friday), history.lastConversation(CONSUMER, CARD, at(8, 20)));
    assertEquals(Optional.empty(), history.lastConversation(CONSUMER, CARD, at(8, 14, 9, 59)));
    assertEquals(2, sevenDays(history, CARD, LocalDate.of(2020, 8, 14)));
    ContactHistory thursday =
        history.withAttempt(call("A-3", at(8, 20), CallOutcome.NO_ANSWER, CARD));
    // Aug 14 to Aug 20: Friday's conversation and Thursday's call.
    assertEquals(2, sevenDays(thursday, CARD, LocalDate.of(2020, 8, 20)));
    assertEquals(
        List.of(tuesday, friday, thursday.attempts().get(2)),
        thursday.countedCalls(CONSUMER, CARD));
  }

  @Test
  void lastConversation_sameDayAsTheConversation_isInsideTheWindow() {
    // REGULATIONS.md 0.1 #3: a second call later on the conversation's date is inside the window.
    ContactAttempt morning = conversation("A-1", at(8, 14, 9, 0), Direction.OUTBOUND, CARD);
    ContactHistory history = ContactHistory.of(List.of(morning));
    Instant afternoon = at(8, 14, 15, 0);
    ContactAttempt talk = history.lastConversation(CONSUMER, CARD, afternoon).orElseThrow();
    assertEquals(
        LocalDate.ofInstant(afternoon, NEW_YORK), LocalDate.ofInstant(talk.instant(), NEW_YORK));
    // The look-back includes its own instant.
    assertEquals(Optional.of(morning), history.lastConversation(CONSUMER, CARD, morning.instant()));
    assertEquals(
        Optional.empty(),
        history.lastConversation(CONSUMER, CARD, morning.instant().minusNanos(1)));
  }

  @Test
  void countedCallCount_at09_consentBearingConversationIsRecorded_notExcludedHere() {
    // REGULATIONS.md AT-09, comment 14(b)(3)(i)-3.i: "call back on Monday" on Fri Apr 3.
    ContactAttempt friday =
        attempt("A-1", at(4, 3), Channel.CALL, Direction.OUTBOUND, CONSUMER)
            .callOutcome(CallOutcome.CONVERSATION)
            .addDiscussedDebt(CARD)
            .consentBearing(true)
            .build();
    ContactAttempt monday = call("A-2", at(4, 6), CallOutcome.NO_ANSWER, CARD);
    ContactHistory history = ContactHistory.of(List.of(monday, friday));
    ContactAttempt consent = history.lastConversation(CONSUMER, CARD, at(4, 6)).orElseThrow();
    assertTrue(consent.isConsentBearing());
    // The history counts both calls; excluding Monday's under the consent is the rules' decision.
    assertEquals(2, sevenDays(history, CARD, LocalDate.of(2020, 4, 6)));
  }

  /** AT-12: seven calls that rang unanswered, five busy signals and one "not in service". */
  private static List<ContactAttempt> at12Calls(CallOutcome firstOutcome) {
    List<ContactAttempt> calls = new ArrayList<>();
    calls.add(call("A-1", at(4, 1), firstOutcome, CARD));
    for (int day = 2; day <= 7; day++) {
      calls.add(call("A-" + day, at(4, day), CallOutcome.NO_ANSWER, CARD));
    }
    for (int day = 1; day <= 5; day++) {
      calls.add(call("B-" + day, at(4, day, 11, 0), CallOutcome.BUSY, CARD));
    }
    calls.add(call("N-1", at(4, 6, 12, 0), CallOutcome.NOT_IN_SERVICE, CARD));
    return calls;
  }

  @Test
  void countedCallCount_at12_busyAndNotInServiceAreNotCounted() {
    // REGULATIONS.md AT-12, 1006.14(b)(3)(ii), comment 14(b)(3)(ii)-1.
    ContactHistory history = ContactHistory.of(at12Calls(CallOutcome.NO_ANSWER));
    assertEquals(13, history.attemptsVia(Channel.CALL).size());
    assertEquals(7, sevenDays(history, CARD, TUE_2020_04_07));
    // One of the seven reached a voicemail where no message could be left: still counted.
    ContactHistory voicemail = ContactHistory.of(at12Calls(CallOutcome.VOICEMAIL_NO_MESSAGE));
    assertEquals(7, sevenDays(voicemail, CARD, TUE_2020_04_07));
    // A call answered and then dropped is connected: eight.
    ContactHistory dropped =
        history.withAttempt(call("D-1", at(4, 7, 16, 0), CallOutcome.ANSWERED_DROPPED, CARD));
    assertEquals(8, sevenDays(dropped, CARD, TUE_2020_04_07));
    // So is a call a wrong party answered.
    ContactHistory wrongParty =
        history.withAttempt(call("W-1", at(4, 7, 17, 0), CallOutcome.WRONG_PARTY, CARD));
    assertEquals(8, sevenDays(wrongParty, CARD, TUE_2020_04_07));
  }

  @Test
  void countedCallCount_at14_limitedContentMessageCountsTowardTheAllocatedDebt() {
    // REGULATIONS.md AT-14, comment 14(b)(4)-2.ii.
    ContactHistory toMedical =
        ContactHistory.of(
            List.of(call("A-1", at(4, 1), CallOutcome.LIMITED_CONTENT_MESSAGE, MEDICAL)));
    assertEquals(1, sevenDays(toMedical, MEDICAL, TUE_2020_04_07));
    assertEquals(0, sevenDays(toMedical, CARD, TUE_2020_04_07));
    ContactHistory toCard =
        ContactHistory.of(
            List.of(call("A-1", at(4, 1), CallOutcome.LIMITED_CONTENT_MESSAGE, CARD)));
    assertEquals(0, sevenDays(toCard, MEDICAL, TUE_2020_04_07));
    assertEquals(1, sevenDays(toCard, CARD, TUE_2020_04_07));
  }

  @Test
  void countedCalls_at15_conversationAboutMedicalOnly() {
    // REGULATIONS.md AT-15, comment 14(b)(4)-2.iii: Mon Nov 9, medical debt only.
    ContactAttempt medicalOnly = conversation("A-1", at(11, 9), Direction.OUTBOUND, MEDICAL);
    ContactHistory history = ContactHistory.of(List.of(medicalOnly));
    assertEquals(List.of(medicalOnly), history.countedCalls(CONSUMER, MEDICAL));
    assertEquals(List.of(medicalOnly), history.conversations(CONSUMER, MEDICAL));
    assertEquals(List.of(), history.countedCalls(CONSUMER, CARD));
    assertEquals(List.of(), history.conversations(CONSUMER, CARD));
    assertEquals(Optional.empty(), history.lastConversation(CONSUMER, CARD, at(11, 10)));
    // Comment 14(b)(4)-2.iv: both discussed, both get the call and the conversation.
    ContactAttempt both = conversation("A-1", at(11, 9), Direction.OUTBOUND, MEDICAL, CARD);
    ContactHistory bothHistory = ContactHistory.of(List.of(both));
    for (ReceivableId debt : List.of(MEDICAL, CARD)) {
      assertEquals(List.of(both), bothHistory.countedCalls(CONSUMER, debt));
      assertEquals(List.of(both), bothHistory.conversations(CONSUMER, debt));
    }
  }

  @Test
  void countedCallCount_unansweredCallsAllocatedOnePerDebt_sevenPerDebt() {
    // Comment 14(b)(4)-2.i: 21 unanswered calls in seven days, seven allocated to each debt.
    List<ContactAttempt> calls = new ArrayList<>();
    List<ReceivableId> debts = List.of(MEDICAL, CARD, CARD_B);
    for (int day = 1; day <= 7; day++) {
      for (int d = 0; d < debts.size(); d++) {
        calls.add(
            call("A-" + day + "-" + d, at(4, day, 9 + d, 0), CallOutcome.NO_ANSWER, debts.get(d)));
      }
    }
    ContactHistory history = ContactHistory.of(calls);
    assertEquals(21, history.attempts().size());
    for (ReceivableId debt : debts) {
      assertEquals(7, sevenDays(history, debt, TUE_2020_04_07), debt.toString());
      assertEquals(7, history.attemptsAbout(debt).size());
    }
  }

  @Test
  void conversations_generalConversationCountsTowardTheDebtTheCollectorPicks() {
    // Comment 14(b)(4)-2.v: Mon Nov 9 to Wed Nov 11, two unanswered calls for the medical debt and
    // four for the card; Thu Nov 12 a general conversation the collector counts toward medical.
    List<ContactAttempt> attempts = new ArrayList<>();
    attempts.add(call("M-1", at(11, 9), CallOutcome.NO_ANSWER, MEDICAL));
    attempts.add(call("M-2", at(11, 10), CallOutcome.NO_ANSWER, MEDICAL));
    for (int i = 1; i <= 4; i++) {
      attempts.add(call("C-" + i, at(11, 9 + i % 3, 12 + i, 0), CallOutcome.NO_ANSWER, CARD));
    }
    ContactAttempt general =
        attempt("G-1", at(11, 12), Channel.CALL, Direction.OUTBOUND, CONSUMER)
            .callOutcome(CallOutcome.CONVERSATION)
            .addAllocatedDebt(MEDICAL)
            .build();
    attempts.add(general);
    ContactHistory history = ContactHistory.of(attempts);
    LocalDate thursday = LocalDate.of(2020, 11, 12);
    assertEquals(3, sevenDays(history, MEDICAL, thursday));
    assertEquals(List.of(general), history.conversations(CONSUMER, MEDICAL));
    assertEquals(4, sevenDays(history, CARD, thursday));
    assertEquals(List.of(), history.conversations(CONSUMER, CARD));
  }

  @Test
  void conversations_debtTheConsumerRaised_conversationButNoCall() {
    // Comment 14(b)(4)-2.vi: the collector raises the medical debt, the consumer the card debt.
    ContactAttempt monday =
        attempt("A-1", at(11, 9), Channel.CALL, Direction.OUTBOUND, CONSUMER)
            .callOutcome(CallOutcome.CONVERSATION)
            .addDiscussedDebts(MEDICAL, CARD)
            .addPersonRaisedDebt(CARD)
            .build();
    ContactHistory history = ContactHistory.of(List.of(monday));
    assertEquals(List.of(monday), history.countedCalls(CONSUMER, MEDICAL));
    assertEquals(List.of(monday), history.conversations(CONSUMER, MEDICAL));
    assertEquals(List.of(), history.countedCalls(CONSUMER, CARD));
    assertEquals(List.of(monday), history.conversations(CONSUMER, CARD));
    assertEquals(Optional.of(monday), history.lastConversation(CONSUMER, CARD, at(11, 9, 11, 0)));
  }

  @Test
  void countedCallCount_at21_emailsAndTextsAreNotTelephoneCalls() {
    // REGULATIONS.md AT-21 and 0.1 #4, comments 14(a)-2.i and 14(b)-1.
    List<ContactAttempt> attempts = new ArrayList<>(sevenCallsFromWednesdayApril1());
    for (int day = 1; day <= 7; day++) {
      attempts.add(message("E-" + day, at(4, day, 12, 0), Channel.EMAIL));
      attempts.add(message("S-" + day + "a", at(4, day, 13, 0), Channel.SMS));
      attempts.add(message("S-" + day + "b", at(4, day, 14, 0), Channel.SMS));
    }
    ContactHistory history = ContactHistory.of(attempts);
    assertEquals(7, sevenDays(history, CARD, TUE_2020_04_07));
    assertEquals(7, history.attemptsVia(Channel.EMAIL).size());
    assertEquals(14, history.attemptsVia(Channel.SMS).size());
    assertEquals(28, history.attemptsAbout(CARD).size());
    // A ringless voicemail is a telephone call: it counts.
    ContactAttempt ringless =
        attempt("R-1", at(4, 7, 15, 0), Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND, CONSUMER)
            .callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE)
            .addAllocatedDebt(CARD)
            .build();
    ContactHistory withRingless = history.withAttempt(ringless);
    assertEquals(8, sevenDays(withRingless, CARD, TUE_2020_04_07));
    assertTrue(withRingless.countedCalls(CONSUMER, CARD).contains(ringless));
  }

  @Test
  void countedCallCount_isPerPersonAndPerDebt() {
    // REGULATIONS.md 0.1 #2: calls to each person are counted separately.
    ContactAttempt toSpouse =
        attempt("A-1", at(4, 1), Channel.CALL, Direction.OUTBOUND, SPOUSE)
            .callOutcome(CallOutcome.NO_ANSWER)
            .addAllocatedDebt(CARD)
            .build();
    ContactHistory history =
        ContactHistory.of(List.of(toSpouse, call("A-2", at(4, 2), CallOutcome.NO_ANSWER, MEDICAL)));
    assertEquals(0, sevenDays(history, CARD, TUE_2020_04_07));
    assertEquals(1, history.countedCallCountInSevenDays(SPOUSE, CARD, TUE_2020_04_07, NEW_YORK));
    assertEquals(0, history.countedCallCountInSevenDays(SPOUSE, MEDICAL, TUE_2020_04_07, NEW_YORK));
    assertEquals(1, sevenDays(history, MEDICAL, TUE_2020_04_07));
  }

  @Test
  void countedCallCount_springForwardInNewYork_countsLocalDays() {
    // 2024-03-10 lasts 23 hours in New York: EST (-05:00) until 02:00, EDT (-04:00) after.
    ContactHistory history =
        ContactHistory.of(
            List.of(
                call("B-1", Instant.parse("2024-03-04T04:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("B-2", Instant.parse("2024-03-04T05:00:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("B-3", Instant.parse("2024-03-10T06:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("B-4", Instant.parse("2024-03-10T07:00:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("B-5", Instant.parse("2024-03-11T03:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("B-6", Instant.parse("2024-03-11T04:00:00Z"), CallOutcome.NO_ANSWER, CARD)));
    // March 4 to 10: from 2024-03-04T00:00-05:00 to 2024-03-11T00:00-04:00.
    assertEquals(4, sevenDays(history, CARD, LocalDate.of(2024, 3, 10)));
    assertEquals(
        3, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 3, 10), NEW_YORK, 1));
    assertEquals(4, sevenDays(history, CARD, LocalDate.of(2024, 3, 16)));
    assertEquals(
        1, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 3, 3), NEW_YORK, 1));
    // March 4 to 11: everything but B-1, which fell on March 3.
    assertEquals(
        5, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 3, 11), NEW_YORK, 8));
  }

  @Test
  void countedCallCount_fallBackInNewYork_countsTheTwentyFiveHourDay() {
    ContactHistory history =
        ContactHistory.of(
            List.of(
                call("F-1", Instant.parse("2024-11-03T03:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("F-2", Instant.parse("2024-11-03T04:00:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("F-3", Instant.parse("2024-11-03T05:30:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("F-4", Instant.parse("2024-11-03T06:30:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("F-5", Instant.parse("2024-11-04T04:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("F-6", Instant.parse("2024-11-04T05:00:00Z"), CallOutcome.NO_ANSWER, CARD)));
    // 01:30 happens twice on November 3; the day runs 2024-11-03T04:00Z to 2024-11-04T05:00Z.
    assertEquals(
        4, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 11, 3), NEW_YORK, 1));
    assertEquals(5, sevenDays(history, CARD, LocalDate.of(2024, 11, 3)));
    assertEquals(5, sevenDays(history, CARD, LocalDate.of(2024, 11, 9)));
  }

  @Test
  void countedCallCount_dayThatStartsAtOneInTheMorning_startsAtTheGapsEnd() {
    // Santiago skips 2024-09-08T00:00: the day starts at 01:00-03:00, 2024-09-08T04:00Z.
    ContactHistory history =
        ContactHistory.of(
            List.of(
                call("S-1", Instant.parse("2024-09-08T03:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("S-2", Instant.parse("2024-09-08T04:00:00Z"), CallOutcome.NO_ANSWER, CARD)));
    assertEquals(
        1, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 9, 7), SANTIAGO, 1));
    assertEquals(
        1, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 9, 8), SANTIAGO, 1));
    assertEquals(
        2, history.countedCallCountInSevenDays(CONSUMER, CARD, LocalDate.of(2024, 9, 8), SANTIAGO));
  }

  @Test
  void countedCallCount_midnightThatHappensTwice_dayStartsAtTheFirst() {
    // Havana falls back from 01:00-04:00 to 00:00-05:00 on 2024-11-03: 00:30 happens twice, and
    // the day starts at the first midnight, 2024-11-03T04:00Z.
    ContactHistory history =
        ContactHistory.of(
            List.of(
                call("H-1", Instant.parse("2024-11-03T03:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("H-2", Instant.parse("2024-11-03T04:00:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("H-3", Instant.parse("2024-11-03T04:30:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("H-4", Instant.parse("2024-11-03T05:30:00Z"), CallOutcome.NO_ANSWER, CARD),
                call("H-5", Instant.parse("2024-11-04T04:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("H-6", Instant.parse("2024-11-04T05:00:00Z"), CallOutcome.NO_ANSWER, CARD)));
    ZoneId havana = ZoneId.of("America/Havana");
    assertEquals(1, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 11, 2), havana, 1));
    assertEquals(4, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 11, 3), havana, 1));
    assertEquals(1, history.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 11, 4), havana, 1));
    // And its spring day starts at 01:00, 2024-03-10T05:00Z, midnight being skipped.
    ContactHistory spring =
        ContactHistory.of(
            List.of(
                call("H-7", Instant.parse("2024-03-10T04:59:59Z"), CallOutcome.NO_ANSWER, CARD),
                call("H-8", Instant.parse("2024-03-10T05:00:00Z"), CallOutcome.NO_ANSWER, CARD)));
    assertEquals(1, spring.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 3, 9), havana, 1));
    assertEquals(1, spring.countedCallCount(CONSUMER, CARD, LocalDate.of(2024, 3, 10), havana, 1));
  }

  @Test
  void countedCallCount_zoneDecidesTheDate() {
    // 2024-06-01T02:30Z is 19:30 on May 31 in Los Angeles.
    ContactHistory history =
        ContactHistory.of(
            List.of(
                call("A-1", Instant.parse("2024-06-01T02:30:00Z"), CallOutcome.NO_ANSWER, CARD)));
    LocalDate may31 = LocalDate.of(2024, 5, 31);
    LocalDate june1 = LocalDate.of(2024, 6, 1);
    assertEquals(1, history.countedCallCount(CONSUMER, CARD, may31, LOS_ANGELES, 1));
    assertEquals(0, history.countedCallCount(CONSUMER, CARD, june1, LOS_ANGELES, 1));
    assertEquals(0, history.countedCallCount(CONSUMER, CARD, may31, ZoneOffset.UTC, 1));
    assertEquals(1, history.countedCallCount(CONSUMER, CARD, june1, ZoneOffset.UTC, 1));
    assertEquals(1, history.countedCallCountInSevenDays(CONSUMER, CARD, may31, LOS_ANGELES));
    assertEquals(
        0, history.countedCallCountInSevenDays(CONSUMER, CARD, may31.minusDays(1), LOS_ANGELES));
    assertEquals(
        1, history.countedCallCountInSevenDays(CONSUMER, CARD, june1.plusDays(5), LOS_ANGELES));
    assertEquals(
        0, history.countedCallCountInSevenDays(CONSUMER, CARD, june1.plusDays(6), LOS_ANGELES));
  }

  @Test
  void countedCalls_onlyPlacedConnectedTelephoneCalls() {
    ContactAttempt counted = call("A-1", at(4, 1), CallOutcome.NO_ANSWER, CARD);
    ContactHistory history =
        ContactHistory.of(
            List.of(
                counted,
                call("A-2", at(4, 1, 11, 0), CallOutcome.BUSY, CARD),
                call("A-3", at(4, 1, 12, 0), CallOutcome.NOT_IN_SERVICE, CARD),
                attempt("A-4", at(4, 1, 13, 0), Channel.CALL, Direction.INBOUND, CONSUMER)
                    .callOutcome(CallOutcome.NO_ANSWER)
                    .addAllocatedDebt(CARD)
                    .build(),
                message("A-5", at(4, 1, 14, 0), Channel.SMS),
                message("A-6", at(4, 1, 15, 0), Channel.EMAIL),
                message("A-7", at(4, 1, 16, 0), Channel.LETTER),
                call("A-8", at(4, 1, 17, 0), CallOutcome.NO_ANSWER, MEDICAL)));
    assertEquals(List.of(counted), history.countedCalls(CONSUMER, CARD));
    assertEquals(List.of(history.attempts().get(7)), history.countedCalls(CONSUMER, MEDICAL));
    assertEquals(1, sevenDays(history, CARD, TUE_2020_04_07));
    assertEquals(List.of(), history.countedCalls(SPOUSE, CARD));
  }

  @Test
  void countedCallCountBetween_halfOpenToTheNanosecond() {
    Instant t = Instant.parse("2024-06-01T12:00:00Z");
    ContactHistory history =
        ContactHistory.of(
            List.of(
                call("A-1", t, CallOutcome.NO_ANSWER, CARD),
                call("A-2", t.plusNanos(500), CallOutcome.NO_ANSWER, CARD),
                call("A-3", t.plusSeconds(1), CallOutcome.NO_ANSWER, CARD)));
    assertEquals(3, history.countedCallCountBetween(CONSUMER, CARD, t, t.plusSeconds(2)));
    assertEquals(2, history.countedCallCountBetween(CONSUMER, CARD, t, t.plusSeconds(1)));
    assertEquals(
        1, history.countedCallCountBetween(CONSUMER, CARD, t.plusNanos(1), t.plusNanos(501)));
    assertEquals(1, history.countedCallCountBetween(CONSUMER, CARD, t, t.plusNanos(500)));
    assertEquals(0, history.countedCallCountBetween(CONSUMER, CARD, t, t));
    assertEquals(0, history.countedCallCountBetween(CONSUMER, MEDICAL, t, t.plusSeconds(2)));
  }

  @Test
  void attemptsQueries_byPersonDebtChannelAndWindow_inTimeOrder() {
    ContactAttempt a1 = call("A-1", at(4, 1), CallOutcome.NO_ANSWER, CARD);
    ContactAttempt a2 =
        attempt("A-2", at(4, 2), Channel.CALL, Direction.INBOUND, CONSUMER)
            .callOutcome(CallOutcome.CONVERSATION)
            .addDiscussedDebt(MEDICAL)
            .addAllocatedDebt(MEDICAL)
            .build();
    ContactAttempt a3 =
        attempt("A-3", at(4, 3), Channel.EMAIL, Direction.OUTBOUND, SPOUSE)
            .addDiscussedDebt(CARD)
            .addAllocatedDebt(MEDICAL)
            .build();
    ContactAttempt a4 = call("A-4", at(4, 4), CallOutcome.BUSY);
    ContactHistory history = ContactHistory.of(List.of(a4, a3, a2, a1));
    assertEquals(List.of(a1, a2, a3, a4), history.attempts());
    assertEquals(List.of(a1, a2, a4), history.attemptsWith(CONSUMER));
    assertEquals(List.of(a3), history.attemptsWith(SPOUSE));
    assertEquals(List.of(), history.attemptsWith(PersonId.of("P-9")));
    assertEquals(List.of(a1, a3), history.attemptsAbout(CARD));
    assertEquals(List.of(a2, a3), history.attemptsAbout(MEDICAL));
    assertEquals(List.of(), history.attemptsAbout(CARD_B));
    assertEquals(List.of(a1, a2, a4), history.attemptsVia(Channel.CALL));
    assertEquals(List.of(a3), history.attemptsVia(Channel.EMAIL));
    assertEquals(List.of(), history.attemptsVia(Channel.VISIT));
    assertEquals(List.of(a2, a3), history.attemptsBetween(at(4, 2), at(4, 4)));
    assertEquals(List.of(a2), history.attemptsBetween(at(4, 1, 10, 1), at(4, 3)));
    assertEquals(List.of(), history.attemptsBetween(at(4, 2), at(4, 2)));
    assertEquals(List.of(a1, a2, a3, a4), history.attemptsBetween(Instant.MIN, Instant.MAX));
  }

  @Test
  void of_sortsByInstantThenIdentifier_whateverTheInputOrder() {
    Instant same = at(4, 1);
    ContactAttempt b = call("A-B", same, CallOutcome.NO_ANSWER, CARD);
    ContactAttempt a = call("A-A", same, CallOutcome.BUSY, CARD);
    ContactAttempt earlier = call("A-Z", at(3, 31), CallOutcome.NO_ANSWER, CARD);
    assertEquals(List.of(earlier, a, b), ContactHistory.of(List.of(b, a, earlier)).attempts());
    assertEquals(
        ContactHistory.of(List.of(b, a, earlier)), ContactHistory.of(List.of(a, earlier, b)));
    assertEquals(
        ContactHistory.of(List.of(b, a, earlier)),
        ContactHistory.empty().withAttempt(b).withAttempt(earlier).withAttempt(a));
  }

  @Test
  void of_duplicateIdentifier_rejected() {
    ContactAttempt first = call("A-1", at(4, 1), CallOutcome.NO_ANSWER, CARD);
    ContactAttempt again = call("A-1", at(4, 2), CallOutcome.NO_ANSWER, CARD);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ContactHistory.of(List.of(first, again)));
    assertEquals("contact attempt ids must be unique: A-1", e.getMessage());
    ContactHistory history = ContactHistory.of(List.of(first));
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> history.withAttempt(first));
    assertEquals("contact attempt ids must be unique: A-1", twice.getMessage());
  }

  @Test
  void countedCalls_everyConnectedCallPlacedAndEveryConversation_countTowardADebt() {
    // Comment 14(b)(4)-1: calls that name no debt count toward the debt the collector allocates
    // them to, so a week of them is seven counted calls and the conversation starts the quiet
    // period; attempts that count toward no debt cannot be built (see ContactAttemptTest).
    List<ContactAttempt> week = new ArrayList<>();
    CallOutcome[] outcomes = {
      CallOutcome.NO_ANSWER,
      CallOutcome.ANSWERED_DROPPED,
      CallOutcome.VOICEMAIL_NO_MESSAGE,
      CallOutcome.LIMITED_CONTENT_MESSAGE,
      CallOutcome.WRONG_PARTY,
      CallOutcome.NO_ANSWER
    };
    for (int day = 1; day <= outcomes.length; day++) {
      week.add(call("A-" + day, at(4, day), outcomes[day - 1], CARD));
    }
    ContactAttempt general =
        attempt("A-7", at(4, 7), Channel.CALL, Direction.INBOUND, CONSUMER)
            .callOutcome(CallOutcome.CONVERSATION)
            .addAllocatedDebt(CARD)
            .build();
    week.add(general);
    week.add(call("A-8", at(4, 7, 15, 0), CallOutcome.NO_ANSWER, CARD));
    ContactHistory history = ContactHistory.of(week);
    assertEquals(7, sevenDays(history, CARD, TUE_2020_04_07));
    assertEquals(Optional.of(general), history.lastConversation(CONSUMER, CARD, at(4, 7, 15, 0)));
  }

  @Test
  void withAttempt_insertsAtItsPlace_andAnswersAsTheHistoryBuiltAtOnce() {
    List<ContactAttempt> week = sevenCallsFromWednesdayApril1();
    ContactHistory built = ContactHistory.of(week);
    // The first query indexes the history; appends extend that index.
    assertEquals(7, sevenDays(built, CARD, TUE_2020_04_07));
    ContactAttempt earlier = call("A-0", at(3, 31), CallOutcome.NO_ANSWER, CARD);
    ContactAttempt sameInstant = call("A-3b", at(4, 3), CallOutcome.NO_ANSWER, MEDICAL);
    ContactAttempt talk = conversation("A-9", at(4, 5, 12, 0), Direction.INBOUND, MEDICAL);
    ContactHistory appended = built.withAttempt(talk).withAttempt(earlier).withAttempt(sameInstant);
    List<ContactAttempt> all = new ArrayList<>(week);
    all.addAll(List.of(earlier, sameInstant, talk));
    ContactHistory atOnce = ContactHistory.of(all);
    assertEquals(atOnce, appended);
    assertEquals(atOnce.hashCode(), appended.hashCode());
    assertEquals(atOnce.attempts(), appended.attempts());
    assertEquals(earlier, appended.attempts().get(0));
    assertEquals(sameInstant, appended.attempts().get(4));
    assertEquals(talk, appended.attempts().get(7));
    assertEquals(7, sevenDays(appended, CARD, TUE_2020_04_07));
    // March 31 to April 6: the call appended on March 31 and six of the week's.
    assertEquals(7, sevenDays(appended, CARD, LocalDate.of(2020, 4, 6)));
    assertEquals(1, sevenDays(appended, MEDICAL, TUE_2020_04_07));
    assertEquals(List.of(sameInstant), appended.countedCalls(CONSUMER, MEDICAL));
    assertEquals(List.of(talk), appended.conversations(CONSUMER, MEDICAL));
    assertEquals(Optional.of(talk), appended.lastConversation(CONSUMER, MEDICAL, at(4, 8)));
    assertEquals(atOnce.attemptsWith(CONSUMER), appended.attemptsWith(CONSUMER));
    assertEquals(atOnce.attemptsAbout(CARD), appended.attemptsAbout(CARD));
    assertEquals(atOnce.attemptsAbout(MEDICAL), appended.attemptsAbout(MEDICAL));
    assertEquals(atOnce.attemptsVia(Channel.CALL), appended.attemptsVia(Channel.CALL));
    assertEquals(
        atOnce.attemptsBetween(at(4, 3), at(4, 6)), appended.attemptsBetween(at(4, 3), at(4, 6)));
    // The history appended to still answers as before.
    assertEquals(week, built.attempts());
    assertEquals(6, sevenDays(built, CARD, LocalDate.of(2020, 4, 6)));
    assertEquals(0, sevenDays(built, MEDICAL, TUE_2020_04_07));
    assertEquals(List.of(), built.conversations(CONSUMER, MEDICAL));
    assertEquals(6, built.attemptsBetween(at(3, 1), at(4, 7)).size());
  }

  @Test
  void withAttempt_toAHistoryNeverQueried_indexesItFirst() {
    ContactHistory history = ContactHistory.empty();
    for (ContactAttempt call : sevenCallsFromWednesdayApril1()) {
      history = history.withAttempt(call);
    }
    assertEquals(ContactHistory.of(sevenCallsFromWednesdayApril1()), history);
    assertEquals(7, sevenDays(history, CARD, TUE_2020_04_07));
    assertEquals(7, history.countedCalls(CONSUMER, CARD).size());
  }

  @Test
  void withAttempt_duplicateIdentifierAtAnotherInstant_rejected() {
    ContactHistory history = ContactHistory.of(sevenCallsFromWednesdayApril1());
    assertEquals(7, sevenDays(history, CARD, TUE_2020_04_07));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> history.withAttempt(call("A-4", at(5, 1), CallOutcome.BUSY, CARD)));
    assertEquals("contact attempt ids must be unique: A-4", e.getMessage());
    ContactHistory appended = history.withAttempt(call("A-10", at(5, 1), CallOutcome.BUSY));
    IllegalArgumentException again =
        assertThrows(
            IllegalArgumentException.class,
            () -> appended.withAttempt(call("A-10", at(3, 1), CallOutcome.BUSY)));
    assertEquals("contact attempt ids must be unique: A-10", again.getMessage());
  }

  @Test
  void withAttempts_aBatchInAnyOrder_equalsTheHistoryBuiltAtOnce() {
    List<ContactAttempt> week = sevenCallsFromWednesdayApril1();
    ContactHistory firstHalf = ContactHistory.of(week.subList(0, 3));
    List<ContactAttempt> rest = new ArrayList<>(week.subList(3, 7));
    Collections.reverse(rest);
    ContactHistory history = firstHalf.withAttempts(rest);
    assertEquals(ContactHistory.of(week), history);
    assertEquals(week, history.attempts());
    assertEquals(7, sevenDays(history, CARD, TUE_2020_04_07));
    assertEquals(3, firstHalf.attempts().size());
    assertEquals(history, history.withAttempts(List.of()));
  }

  @Test
  void withAttempts_duplicateIdentifier_rejected() {
    ContactHistory history = ContactHistory.of(sevenCallsFromWednesdayApril1());
    ContactAttempt again = call("A-2", at(5, 1), CallOutcome.BUSY);
    IllegalArgumentException inHistory =
        assertThrows(IllegalArgumentException.class, () -> history.withAttempts(List.of(again)));
    assertEquals("contact attempt ids must be unique: A-2", inHistory.getMessage());
    ContactAttempt first = call("B-1", at(5, 1), CallOutcome.BUSY);
    ContactAttempt second = call("B-1", at(5, 2), CallOutcome.BUSY);
    IllegalArgumentException inBatch =
        assertThrows(
            IllegalArgumentException.class, () -> history.withAttempts(List.of(first, second)));
    assertEquals("contact attempt ids must be unique: B-1", inBatch.getMessage());
  }

  @Test
  void withAttempt_leavesTheOriginalUnchanged() {
    ContactHistory empty = ContactHistory.empty();
    ContactHistory one = empty.withAttempt(call("A-1", at(4, 1), CallOutcome.NO_ANSWER, CARD));
    assertEquals(0, empty.attempts().size());
    assertEquals(1, one.attempts().size());
    assertEquals(0, sevenDays(empty, CARD, TUE_2020_04_07));
    assertEquals(1, sevenDays(one, CARD, TUE_2020_04_07));
  }

  @Test
  void windows_invalid_rejected() {
    ContactHistory history = ContactHistory.of(sevenCallsFromWednesdayApril1());
    IllegalArgumentException days =
        assertThrows(
            IllegalArgumentException.class,
            () -> history.countedCallCount(CONSUMER, CARD, TUE_2020_04_07, NEW_YORK, 0));
    assertEquals("a window must be at least one day long: 0", days.getMessage());
    IllegalArgumentException reversed =
        assertThrows(
            IllegalArgumentException.class, () -> history.attemptsBetween(at(4, 2), at(4, 1)));
    assertEquals(
        "endExclusive must not be before startInclusive: 2020-04-02T14:00:00Z then 2020-04-01T14:00:00Z",
        reversed.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> history.countedCallCountBetween(CONSUMER, CARD, at(4, 2), at(4, 1)));
    assertEquals(7, history.countedCallCount(CONSUMER, CARD, TUE_2020_04_07, NEW_YORK, 400));
  }

  @Test
  void toString_summarizesWithoutAttempts() {
    assertEquals("ContactHistory{attempts=0}", ContactHistory.empty().toString());
    ContactHistory history = ContactHistory.of(sevenCallsFromWednesdayApril1());
    assertEquals(
        "ContactHistory{attempts=7, first=2020-04-01T14:00:00Z, last=2020-04-07T14:00:00Z}",
        history.toString());
  }

  @Test
  void equalsAndHashCode_byAttempts() {
    ContactAttempt a = call("A-1", at(4, 1), CallOutcome.NO_ANSWER, CARD);
    ContactAttempt b = call("A-2", at(4, 2), CallOutcome.NO_ANSWER, CARD);
    new EqualsTester()
        .addEqualityGroup(ContactHistory.empty(), ContactHistory.of(List.of()))
        .addEqualityGroup(ContactHistory.of(List.of(a, b)), ContactHistory.of(List.of(b, a)))
        .addEqualityGroup(ContactHistory.of(List.of(a)))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    ContactAttempt a = call("A-1", at(4, 1), CallOutcome.NO_ANSWER, CARD);
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ContactAttempt.class, call("A-2", at(4, 2), CallOutcome.BUSY))
            .setDefault(PersonId.class, CONSUMER)
            .setDefault(ReceivableId.class, CARD)
            .setDefault(Instant.class, at(4, 1))
            .setDefault(LocalDate.class, TUE_2020_04_07)
            .setDefault(ZoneId.class, NEW_YORK);
    tester.testAllPublicStaticMethods(ContactHistory.class);
    tester.testAllPublicInstanceMethods(ContactHistory.of(List.of(a)));
  }
}
