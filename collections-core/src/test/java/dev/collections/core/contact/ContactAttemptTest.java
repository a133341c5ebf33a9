package dev.collections.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.AddressType;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.EmailType;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PhoneType;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.receivable.ReceivableId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ContactAttemptTest {

  private static final Instant WED_2020_04_01_10AM = Instant.parse("2020-04-01T14:00:00Z");
  private static final ReceivableId MEDICAL = ReceivableId.of("R-MEDICAL");
  private static final ReceivableId CARD = ReceivableId.of("R-CARD");
  private static final String NUMBER = "+12025550143";
  private static final String ADDRESS = "jane.doe@example.com";
  private static final String STREET = "100 Main St";
  private static final Phone MOBILE = Phone.of(NUMBER, PhoneType.MOBILE);
  private static final Email EMAIL = Email.of(ADDRESS, EmailType.PERSONAL);
  private static final PostalAddress HOME =
      PostalAddress.builder()
          .type(AddressType.HOME)
          .addLine(STREET)
          .city("Phoenix")
          .region("AZ")
          .postalCode("85001")
          .country("US")
          .zone(ZoneId.of("America/Phoenix"))
          .build();

  /** An attempt with every required attribute but the outcome, by the collector to the consumer. */
  static ContactAttempt.Builder attempt(Channel channel, Direction direction) {
    return ContactAttempt.builder()
        .id(ContactAttemptId.of("A-1"))
        .instant(WED_2020_04_01_10AM)
        .channel(channel)
        .direction(direction)
        .debtorId(DebtorId.of("D-1"))
        .personId(PersonId.of("P-1"))
        .personRole(PersonRole.CONSUMER);
  }

  static ContactAttempt.Builder call(CallOutcome outcome) {
    return attempt(Channel.CALL, Direction.OUTBOUND).callOutcome(outcome);
  }

  /** A call the collector placed, allocated to the card debt, as every connected one must be. */
  static ContactAttempt.Builder allocatedCall(CallOutcome outcome) {
    return call(outcome).addAllocatedDebt(CARD);
  }

  /** A ringless voicemail the collector left, allocated to the card debt. */
  static ContactAttempt.Builder ringless() {
    return attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND).addAllocatedDebt(CARD);
  }

  /** The message for a connected call the collector placed that counts toward no debt. */
  private static String callCountingTowardNoDebt(String kind) {
    return "a connected call the collector placed counts toward at least one debt (comment"
        + " 14(b)(4)-1), so record the debts discussed or allocate the call to at least one debt: A-1 "
        + kind;
  }

  /** The message for a telephone conversation that counts toward no debt. */
  private static String conversationAboutNoDebt(String kind) {
    return "a telephone conversation counts toward at least one debt (comment 14(b)(4)-1), so"
        + " record the debts discussed or allocate the conversation to at least one debt: A-1 "
        + kind;
  }

  private static void assertRejected(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertEquals(message, e.getMessage());
  }

  @Test
  void build_everyAttribute_readsBack() {
    ContactAttempt attempt =
        call(CallOutcome.CONVERSATION)
            .destination(MOBILE)
            .addDiscussedDebt(MEDICAL)
            .addDiscussedDebt(CARD)
            .addPersonRaisedDebt(CARD)
            .addAllocatedDebt(MEDICAL)
            .consentBearing(true)
            .build();
    assertEquals(ContactAttemptId.of("A-1"), attempt.id());
    assertEquals(WED_2020_04_01_10AM, attempt.instant());
    assertEquals(Channel.CALL, attempt.channel());
    assertEquals(Direction.OUTBOUND, attempt.direction());
    assertEquals(DebtorId.of("D-1"), attempt.debtorId());
    assertEquals(PersonId.of("P-1"), attempt.personId());
    assertEquals(PersonRole.CONSUMER, attempt.personRole());
    assertEquals(Optional.of(MOBILE), attempt.destination());
    assertEquals(Set.of(MEDICAL, CARD), attempt.discussedDebts());
    assertEquals(Set.of(CARD), attempt.personRaisedDebts());
    assertEquals(Set.of(MEDICAL), attempt.allocatedDebts());
    assertEquals(Optional.of(CallOutcome.CONVERSATION), attempt.callOutcome());
    assertTrue(attempt.isConsentBearing());
  }

  @Test
  void build_optionalAttributes_defaultToEmptyAndFalse() {
    ContactAttempt letter = attempt(Channel.LETTER, Direction.OUTBOUND).build();
    assertEquals(Optional.empty(), letter.destination());
    assertEquals(Set.of(), letter.discussedDebts());
    assertEquals(Set.of(), letter.personRaisedDebts());
    assertEquals(Set.of(), letter.allocatedDebts());
    assertEquals(Optional.empty(), letter.callOutcome());
    assertFalse(letter.isConsentBearing());
  }

  @Test
  void isConnected_call_onlyBusyAndNotInServiceAreUnconnected() {
    // REGULATIONS.md 0.1 #1; comment 14(b)(3)(ii)-1.
    for (CallOutcome outcome : CallOutcome.values()) {
      boolean expected = outcome != CallOutcome.BUSY && outcome != CallOutcome.NOT_IN_SERVICE;
      assertEquals(expected, allocatedCall(outcome).build().isConnected(), outcome.name());
    }
  }

  @Test
  void isConnected_ringlessVoicemail_alwaysConnected() {
    assertTrue(ringless().build().isConnected());
    assertTrue(ringless().callOutcome(CallOutcome.VOICEMAIL_LEFT).build().isConnected());
    assertTrue(ringless().callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE).build().isConnected());
  }

  @Test
  void isConnected_nonTelephoneChannels_neverConnected() {
    for (Channel channel :
        List.of(Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.VISIT, Channel.SOCIAL_DM)) {
      for (Direction direction : Direction.values()) {
        assertFalse(attempt(channel, direction).build().isConnected(), channel + " " + direction);
      }
    }
  }

  @Test
  void isConversation_conversationOutcomeInEitherDirection() {
    assertTrue(allocatedCall(CallOutcome.CONVERSATION).build().isConversation());
    // Comment 14(b)(2)(i)-1.ii: a conversation the consumer initiated counts too.
    assertTrue(
        attempt(Channel.CALL, Direction.INBOUND)
            .callOutcome(CallOutcome.CONVERSATION)
            .addDiscussedDebt(CARD)
            .build()
            .isConversation());
    for (CallOutcome outcome : CallOutcome.values()) {
      if (outcome != CallOutcome.CONVERSATION) {
        assertFalse(allocatedCall(outcome).build().isConversation(), outcome.name());
      }
    }
    assertFalse(attempt(Channel.VISIT, Direction.OUTBOUND).build().isConversation());
    assertFalse(ringless().build().isConversation());
  }

  @Test
  void isPlacedTelephoneCall_outboundCallsAndRinglessVoicemailsOnly() {
    assertTrue(allocatedCall(CallOutcome.NO_ANSWER).build().isPlacedTelephoneCall());
    assertTrue(ringless().build().isPlacedTelephoneCall());
    assertFalse(
        attempt(Channel.CALL, Direction.INBOUND)
            .callOutcome(CallOutcome.CONVERSATION)
            .addAllocatedDebt(CARD)
            .build()
            .isPlacedTelephoneCall());
    assertFalse(attempt(Channel.SMS, Direction.OUTBOUND).build().isPlacedTelephoneCall());
    assertFalse(attempt(Channel.EMAIL, Direction.OUTBOUND).build().isPlacedTelephoneCall());
  }

  @Test
  void countedDebts_discussedDebtsWinOverTheAllocation() {
    // Comment 14(b)(4)-2.iii: a conversation solely about the medical debt counts only toward it.
    ContactAttempt medicalOnly =
        call(CallOutcome.CONVERSATION).addDiscussedDebt(MEDICAL).addAllocatedDebt(CARD).build();
    assertEquals(Set.of(MEDICAL), medicalOnly.countedDebts());
    assertEquals(Set.of(MEDICAL), medicalOnly.conversationDebts());
    // A voicemail that names a debt counts toward it (comment 14(b)(4)-1.i).
    ContactAttempt voicemail =
        call(CallOutcome.VOICEMAIL_LEFT).addDiscussedDebt(CARD).addAllocatedDebt(MEDICAL).build();
    assertEquals(Set.of(CARD), voicemail.countedDebts());
    assertEquals(Set.of(), voicemail.conversationDebts());
  }

  @Test
  void countedDebts_nothingDiscussed_theAllocationDecides() {
    // Comment 14(b)(4)-2.ii: a limited-content message counts toward the debt the collector picks.
    ContactAttempt lcm =
        call(CallOutcome.LIMITED_CONTENT_MESSAGE).addAllocatedDebt(MEDICAL).build();
    assertEquals(Set.of(MEDICAL), lcm.countedDebts());
    // Comment 14(b)(4)-2.v: a general conversation counts toward the debt the collector picks.
    ContactAttempt general = call(CallOutcome.CONVERSATION).addAllocatedDebt(MEDICAL).build();
    assertEquals(Set.of(MEDICAL), general.countedDebts());
    assertEquals(Set.of(MEDICAL), general.conversationDebts());
    // A call nobody heard, allocated to the card debt, counts toward it; one that did not connect
    // counts toward nothing and needs no allocation.
    assertEquals(Set.of(CARD), allocatedCall(CallOutcome.NO_ANSWER).build().countedDebts());
    assertEquals(Set.of(), call(CallOutcome.BUSY).build().countedDebts());
  }

  @Test
  void placedConnectedCall_countingTowardNoDebt_rejected() {
    // Comment 14(b)(4)-1.i: an unanswered call, or a call or voicemail that names no debt, counts
    // toward at least one debt the collector picks, so it must be allocated to one.
    for (CallOutcome outcome : CallOutcome.values()) {
      if (outcome.isConnected() && outcome != CallOutcome.CONVERSATION) {
        assertRejected(
            callCountingTowardNoDebt("OUTBOUND CALL " + outcome), () -> call(outcome).build());
        assertEquals(Set.of(CARD), allocatedCall(outcome).build().countedDebts());
      }
    }
    ContactAttempt.Builder noDebt = attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND);
    assertRejected(callCountingTowardNoDebt("OUTBOUND RINGLESS_VOICEMAIL"), noDebt::build);
    assertRejected(
        callCountingTowardNoDebt("OUTBOUND RINGLESS_VOICEMAIL LIMITED_CONTENT_MESSAGE"),
        () ->
            attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND)
                .callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE)
                .build());
    // Naming a debt in the message is enough.
    assertEquals(
        Set.of(MEDICAL),
        call(CallOutcome.VOICEMAIL_LEFT).addDiscussedDebt(MEDICAL).build().countedDebts());
  }

  @Test
  void placedConversation_aboutDebtsOnlyThePersonRaised_needsAnAllocation() {
    // Comment 14(b)(4)-2.vi: the call counts toward no debt the person raised, so the collector
    // must allocate it; the conversation itself is about the card debt.
    assertRejected(
        callCountingTowardNoDebt("OUTBOUND CALL CONVERSATION"),
        () ->
            call(CallOutcome.CONVERSATION)
                .addDiscussedDebt(CARD)
                .addPersonRaisedDebt(CARD)
                .build());
    ContactAttempt allocated =
        call(CallOutcome.CONVERSATION)
            .addDiscussedDebt(CARD)
            .addPersonRaisedDebt(CARD)
            .addAllocatedDebt(MEDICAL)
            .build();
    assertEquals(Set.of(MEDICAL), allocated.countedDebts());
    assertEquals(Set.of(CARD), allocated.conversationDebts());
  }

  @Test
  void conversation_aboutNoDebt_rejectedInEitherDirection() {
    // Comment 14(b)(4)-1.ii: a conversation in which no particular debt is discussed counts toward
    // at least one debt the collector picks, also when the consumer called (14(b)(2)(i)-1.ii).
    assertRejected(
        conversationAboutNoDebt("OUTBOUND CALL CONVERSATION"),
        () -> call(CallOutcome.CONVERSATION).build());
    assertRejected(
        conversationAboutNoDebt("INBOUND CALL CONVERSATION"),
        () ->
            attempt(Channel.CALL, Direction.INBOUND).callOutcome(CallOutcome.CONVERSATION).build());
    assertRejected(
        conversationAboutNoDebt("INBOUND CALL CONVERSATION"),
        () ->
            attempt(Channel.CALL, Direction.INBOUND)
                .callOutcome(CallOutcome.CONVERSATION)
                .consentBearing(true)
                .build());
    ContactAttempt allocated =
        attempt(Channel.CALL, Direction.INBOUND)
            .callOutcome(CallOutcome.CONVERSATION)
            .addAllocatedDebt(MEDICAL)
            .build();
    assertEquals(Set.of(MEDICAL), allocated.conversationDebts());
    assertEquals(Set.of(MEDICAL), allocated.countedDebts());
    assertFalse(allocated.isPlacedTelephoneCall());
  }

  @Test
  void attemptsThatCountAsNoCall_needNoDebt() {
    // Unconnected calls, calls and messages the person initiated, and other channels count
    // toward no call-frequency presumption, so they may name no debt.
    for (CallOutcome outcome : List.of(CallOutcome.BUSY, CallOutcome.NOT_IN_SERVICE)) {
      assertEquals(Set.of(), call(outcome).build().countedDebts());
    }
    for (CallOutcome outcome :
        List.of(
            CallOutcome.NO_ANSWER,
            CallOutcome.ANSWERED_DROPPED,
            CallOutcome.VOICEMAIL_LEFT,
            CallOutcome.WRONG_PARTY)) {
      assertEquals(
          Set.of(),
          attempt(Channel.CALL, Direction.INBOUND).callOutcome(outcome).build().countedDebts());
    }
    assertEquals(
        Set.of(), attempt(Channel.RINGLESS_VOICEMAIL, Direction.INBOUND).build().countedDebts());
    for (Channel channel :
        List.of(Channel.SMS, Channel.EMAIL, Channel.LETTER, Channel.VISIT, Channel.SOCIAL_DM)) {
      assertEquals(Set.of(), attempt(channel, Direction.OUTBOUND).build().countedDebts());
    }
  }

  @Test
  void answeredDropped_withDebtsDiscussed_rejected_itIsAConversation() {
    // CallOutcome: a conversation that drops is still a CONVERSATION (comment 14(b)(2)(ii)-2.iv).
    assertRejected(
        "a call that dropped after debts were discussed is a CONVERSATION, not ANSWERED_DROPPED: A-1",
        () -> allocatedCall(CallOutcome.ANSWERED_DROPPED).addDiscussedDebt(MEDICAL).build());
    assertRejected(
        "a call that dropped after debts were discussed is a CONVERSATION, not ANSWERED_DROPPED: A-1",
        () ->
            attempt(Channel.CALL, Direction.INBOUND)
                .callOutcome(CallOutcome.ANSWERED_DROPPED)
                .addDiscussedDebt(MEDICAL)
                .build());
    ContactAttempt dropped = allocatedCall(CallOutcome.ANSWERED_DROPPED).build();
    assertEquals(Set.of(CARD), dropped.countedDebts());
    assertEquals(Set.of(), dropped.conversationDebts());
    ContactAttempt droppedConversation =
        call(CallOutcome.CONVERSATION).addDiscussedDebt(MEDICAL).build();
    assertEquals(Set.of(MEDICAL), droppedConversation.countedDebts());
    assertEquals(Set.of(MEDICAL), droppedConversation.conversationDebts());
  }

  @Test
  void countedDebts_debtThePersonRaised_countsForTheConversationNotTheCall() {
    // Comment 14(b)(4)-2.vi: the collector raised the medical debt, the consumer the card debt.
    ContactAttempt call =
        call(CallOutcome.CONVERSATION)
            .addDiscussedDebts(MEDICAL, CARD)
            .addPersonRaisedDebt(CARD)
            .build();
    assertEquals(Set.of(MEDICAL), call.countedDebts());
    assertEquals(Set.of(MEDICAL, CARD), call.conversationDebts());
    // When the person raised every debt discussed, the call counts toward the allocation.
    ContactAttempt onlyRaised =
        call(CallOutcome.CONVERSATION)
            .addDiscussedDebt(CARD)
            .addPersonRaisedDebt(CARD)
            .addAllocatedDebt(MEDICAL)
            .build();
    assertEquals(Set.of(MEDICAL), onlyRaised.countedDebts());
    assertEquals(Set.of(CARD), onlyRaised.conversationDebts());
  }

  @Test
  void countedDebts_otherChannels_sameAttribution() {
    ContactAttempt email =
        attempt(Channel.EMAIL, Direction.OUTBOUND)
            .addDiscussedDebt(CARD)
            .addAllocatedDebt(MEDICAL)
            .build();
    assertEquals(Set.of(CARD), email.countedDebts());
    assertEquals(Set.of(), email.conversationDebts());
  }

  @Test
  void callOutcome_onAnotherChannel_rejected() {
    assertRejected(
        "a call outcome applies only to calls: SMS",
        () -> attempt(Channel.SMS, Direction.OUTBOUND).callOutcome(CallOutcome.NO_ANSWER).build());
    for (Channel channel :
        List.of(Channel.EMAIL, Channel.LETTER, Channel.VISIT, Channel.SOCIAL_DM)) {
      assertRejected(
          "a call outcome applies only to calls: " + channel,
          () -> attempt(channel, Direction.INBOUND).callOutcome(CallOutcome.CONVERSATION).build());
    }
  }

  @Test
  void callWithoutOutcome_rejected() {
    assertRejected(
        "a call must have a call outcome: none",
        () -> attempt(Channel.CALL, Direction.OUTBOUND).build());
  }

  @Test
  void ringlessVoicemail_withACallOnlyOutcome_rejected() {
    for (CallOutcome outcome : CallOutcome.values()) {
      ContactAttempt.Builder rvm = ringless().callOutcome(outcome);
      if (outcome == CallOutcome.VOICEMAIL_LEFT || outcome == CallOutcome.LIMITED_CONTENT_MESSAGE) {
        assertEquals(Optional.of(outcome), rvm.build().callOutcome());
      } else {
        assertRejected(
            "a ringless voicemail can only leave a message or a limited-content message: "
                + outcome,
            rvm::build);
      }
    }
  }

  @Test
  void limitedContentMessage_inbound_rejected() {
    assertRejected(
        "a limited-content message is left only by the collector: INBOUND",
        () ->
            attempt(Channel.CALL, Direction.INBOUND)
                .callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE)
                .build());
  }

  @Test
  void destination_mustFitTheChannel() {
    assertEquals(
        Optional.of(MOBILE),
        allocatedCall(CallOutcome.NO_ANSWER).destination(MOBILE).build().destination());
    assertEquals(
        Optional.of(MOBILE),
        attempt(Channel.SMS, Direction.OUTBOUND).destination(MOBILE).build().destination());
    assertEquals(
        Optional.of(EMAIL),
        attempt(Channel.EMAIL, Direction.OUTBOUND).destination(EMAIL).build().destination());
    assertEquals(
        Optional.of(HOME),
        attempt(Channel.VISIT, Direction.OUTBOUND).destination(HOME).build().destination());
    assertRejected(
        "a destination must fit the channel: CALL takes a Phone",
        () -> call(CallOutcome.NO_ANSWER).destination(EMAIL).build());
    assertRejected(
        "a destination must fit the channel: RINGLESS_VOICEMAIL takes a Phone",
        () -> attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND).destination(HOME).build());
    assertRejected(
        "a destination must fit the channel: SMS takes a Phone",
        () -> attempt(Channel.SMS, Direction.OUTBOUND).destination(EMAIL).build());
    assertRejected(
        "a destination must fit the channel: EMAIL takes an Email",
        () -> attempt(Channel.EMAIL, Direction.OUTBOUND).destination(MOBILE).build());
    assertRejected(
        "a destination must fit the channel: LETTER takes a PostalAddress",
        () -> attempt(Channel.LETTER, Direction.OUTBOUND).destination(EMAIL).build());
    assertRejected(
        "a destination must fit the channel: VISIT takes a PostalAddress",
        () -> attempt(Channel.VISIT, Direction.OUTBOUND).destination(MOBILE).build());
    assertRejected(
        "a destination must fit the channel: SOCIAL_DM takes no contact point",
        () -> attempt(Channel.SOCIAL_DM, Direction.OUTBOUND).destination(EMAIL).build());
  }

  @Test
  void messagesAndToString_neverShowPersonalData() {
    for (ContactPoint destination : List.of(MOBILE, EMAIL, HOME)) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  attempt(Channel.SOCIAL_DM, Direction.OUTBOUND).destination(destination).build());
      assertNoPersonalData(String.valueOf(e.getMessage()));
    }
    ContactAttempt call = allocatedCall(CallOutcome.NO_ANSWER).destination(MOBILE).build();
    assertNoPersonalData(call.toString());
    assertTrue(call.toString().contains("A-1"), call.toString());
    assertNoPersonalData(
        attempt(Channel.EMAIL, Direction.OUTBOUND).destination(EMAIL).build().toString());
    assertNoPersonalData(
        attempt(Channel.LETTER, Direction.OUTBOUND).destination(HOME).build().toString());
  }

  private static void assertNoPersonalData(String text) {
    for (String secret : List.of(NUMBER, "2025550143", ADDRESS, STREET, "Phoenix,", "85001")) {
      assertFalse(text.contains(secret), text);
    }
  }

  @Test
  void discussedDebts_whenNothingCouldBeSaid_rejected() {
    for (CallOutcome outcome :
        List.of(
            CallOutcome.BUSY,
            CallOutcome.NOT_IN_SERVICE,
            CallOutcome.NO_ANSWER,
            CallOutcome.VOICEMAIL_NO_MESSAGE,
            CallOutcome.LIMITED_CONTENT_MESSAGE)) {
      assertRejected(
          "debts can only be discussed in a conversation or a message that may name them: "
              + outcome,
          () -> call(outcome).addDiscussedDebt(CARD).build());
    }
    assertRejected(
        "debts can only be discussed in a conversation or a message that may name them: "
            + "LIMITED_CONTENT_MESSAGE",
        () ->
            attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND)
                .callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE)
                .addDiscussedDebt(CARD)
                .build());
    // A voicemail left, a wrong party, a ringless voicemail of unknown content, a letter: fine.
    assertEquals(
        Set.of(CARD),
        call(CallOutcome.VOICEMAIL_LEFT).addDiscussedDebt(CARD).build().discussedDebts());
    assertEquals(
        Set.of(CARD),
        call(CallOutcome.WRONG_PARTY).addDiscussedDebt(CARD).build().discussedDebts());
    assertEquals(
        Set.of(CARD),
        attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND)
            .addDiscussedDebt(CARD)
            .build()
            .countedDebts());
    assertEquals(
        Set.of(CARD),
        attempt(Channel.LETTER, Direction.OUTBOUND).addDiscussedDebt(CARD).build().countedDebts());
  }

  @Test
  void personRaisedDebts_outsideAConversation_rejected() {
    assertRejected(
        "only a telephone conversation has debts the person raised: VOICEMAIL_LEFT",
        () ->
            attempt(Channel.CALL, Direction.INBOUND)
                .callOutcome(CallOutcome.VOICEMAIL_LEFT)
                .addDiscussedDebt(CARD)
                .addPersonRaisedDebt(CARD)
                .build());
    assertRejected(
        "only a telephone conversation has debts the person raised: EMAIL",
        () ->
            attempt(Channel.EMAIL, Direction.INBOUND)
                .addDiscussedDebt(CARD)
                .addPersonRaisedDebt(CARD)
                .build());
  }

  @Test
  void personRaisedDebts_notDiscussed_rejected() {
    assertRejected(
        "debts the person raised must be among the debts discussed: R-CARD",
        () ->
            call(CallOutcome.CONVERSATION)
                .addDiscussedDebt(MEDICAL)
                .addPersonRaisedDebt(CARD)
                .build());
  }

  @Test
  void consentBearing_whenThePersonSaidNothing_rejected() {
    assertRejected(
        "consent is given by the person, so it needs a conversation or an inbound attempt: "
            + "OUTBOUND CALL NO_ANSWER",
        () -> call(CallOutcome.NO_ANSWER).consentBearing(true).build());
    assertRejected(
        "consent is given by the person, so it needs a conversation or an inbound attempt: "
            + "OUTBOUND CALL VOICEMAIL_LEFT",
        () -> call(CallOutcome.VOICEMAIL_LEFT).consentBearing(true).build());
    assertRejected(
        "consent is given by the person, so it needs a conversation or an inbound attempt: "
            + "INBOUND CALL BUSY",
        () ->
            attempt(Channel.CALL, Direction.INBOUND)
                .callOutcome(CallOutcome.BUSY)
                .consentBearing(true)
                .build());
    assertRejected(
        "consent is given by the person, so it needs a conversation or an inbound attempt: "
            + "OUTBOUND EMAIL",
        () -> attempt(Channel.EMAIL, Direction.OUTBOUND).consentBearing(true).build());
    assertRejected(
        "consent is given by the person, so it needs a conversation or an inbound attempt: "
            + "OUTBOUND RINGLESS_VOICEMAIL LIMITED_CONTENT_MESSAGE",
        () ->
            attempt(Channel.RINGLESS_VOICEMAIL, Direction.OUTBOUND)
                .callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE)
                .consentBearing(true)
                .build());
  }

  @Test
  void consentBearing_whenThePersonCommunicated_accepted() {
    assertTrue(
        allocatedCall(CallOutcome.CONVERSATION).consentBearing(true).build().isConsentBearing());
    assertTrue(
        attempt(Channel.CALL, Direction.INBOUND)
            .callOutcome(CallOutcome.VOICEMAIL_LEFT)
            .consentBearing(true)
            .build()
            .isConsentBearing());
    assertTrue(
        attempt(Channel.EMAIL, Direction.INBOUND).consentBearing(true).build().isConsentBearing());
    assertTrue(
        attempt(Channel.VISIT, Direction.OUTBOUND).consentBearing(true).build().isConsentBearing());
  }

  @Test
  void id_invalid_rejected() {
    assertRejected(
        "contact attempt id must not start or end with whitespace: \" A-1\"",
        () -> ContactAttemptId.of(" A-1"));
    assertRejected("contact attempt id must not be blank: \"\"", () -> ContactAttemptId.of(""));
    assertEquals("A-1", ContactAttemptId.of("A-1").toString());
    assertTrue(ContactAttemptId.of("A-1").compareTo(ContactAttemptId.of("A-2")) < 0);
  }

  @Test
  void builder_missingOrRepeatedAttribute_rejected() {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () -> ContactAttempt.builder().id(ContactAttemptId.of("A-1")).build());
    assertTrue(String.valueOf(missing.getMessage()).contains("instant"), missing.getMessage());
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () -> call(CallOutcome.BUSY).callOutcome(CallOutcome.NO_ANSWER));
    assertTrue(String.valueOf(twice.getMessage()).contains("callOutcome"), twice.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(call(CallOutcome.BUSY).build(), call(CallOutcome.BUSY).build())
        .addEqualityGroup(call(CallOutcome.NO_ANSWER).addAllocatedDebt(MEDICAL).build())
        .addEqualityGroup(call(CallOutcome.NO_ANSWER).addAllocatedDebt(CARD).build())
        .addEqualityGroup(
            call(CallOutcome.CONVERSATION).addDiscussedDebts(CARD, MEDICAL).build(),
            call(CallOutcome.CONVERSATION).addDiscussedDebts(MEDICAL, CARD).build())
        .addEqualityGroup(allocatedCall(CallOutcome.CONVERSATION).consentBearing(true).build())
        .addEqualityGroup(allocatedCall(CallOutcome.NO_ANSWER).destination(MOBILE).build())
        .addEqualityGroup(
            attempt(Channel.CALL, Direction.INBOUND).callOutcome(CallOutcome.NO_ANSWER).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ContactAttemptId.of("A-1"), ContactAttemptId.of("A-1"))
        .addEqualityGroup(ContactAttemptId.of("A-2"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ContactAttempt.class);
    tester.testAllPublicStaticMethods(ContactAttemptId.class);
    tester.testAllPublicInstanceMethods(
        call(CallOutcome.CONVERSATION).addAllocatedDebt(CARD).build());
  }
}
