package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.ATTORNEY;
import static dev.collections.core.debtor.Fixtures.CONSUMER;
import static dev.collections.core.debtor.Fixtures.EASTERN;
import static dev.collections.core.debtor.Fixtures.HOME_PACIFIC;
import static dev.collections.core.debtor.Fixtures.INV_1;
import static dev.collections.core.debtor.Fixtures.INV_2;
import static dev.collections.core.debtor.Fixtures.LANDLINE_MOUNTAIN;
import static dev.collections.core.debtor.Fixtures.MOBILE_EASTERN;
import static dev.collections.core.debtor.Fixtures.PACIFIC;
import static dev.collections.core.debtor.Fixtures.SPOUSE;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T1;
import static dev.collections.core.debtor.Fixtures.T2;
import static dev.collections.core.debtor.Fixtures.T3;
import static dev.collections.core.debtor.Fixtures.at;
import static dev.collections.core.debtor.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The snapshot as of instants around each event's known and end instants: an event is visible from
 * its known instant inclusive and gone from its end instant inclusive.
 */
class DebtorStatusTest {

  private static final Instant JUST_BEFORE_T0 = T0.minusNanos(1);
  private static final Instant JUST_BEFORE_T2 = T2.minusNanos(1);

  /** Asserts a query is false just before T0, true at T0 and just before T2, false at T2. */
  private static void assertInForceFromT0UntilT2(Debtor debtor, Predicate<DebtorStatus> query) {
    assertFalse(query.test(debtor.statusAsOf(JUST_BEFORE_T0)), "just before known");
    assertTrue(query.test(debtor.statusAsOf(T0)), "at known");
    assertTrue(query.test(debtor.statusAsOf(T1)), "after known");
    assertTrue(query.test(debtor.statusAsOf(JUST_BEFORE_T2)), "just before the end");
    assertFalse(query.test(debtor.statusAsOf(T2)), "at the end");
    assertFalse(query.test(debtor.statusAsOf(T3)), "after the end");
  }

  /** Asserts a query is false just before T0 and true from T0 on. */
  private static void assertInForceFromT0(Debtor debtor, Predicate<DebtorStatus> query) {
    assertFalse(query.test(debtor.statusAsOf(JUST_BEFORE_T0)), "just before known");
    assertTrue(query.test(debtor.statusAsOf(T0)), "at known");
    assertTrue(query.test(debtor.statusAsOf(T3.plusSeconds(100_000_000))), "long after");
  }

  @Test
  void representation_debtSpecific_untilWithdrawn() {
    AttorneyRepresentation representation =
        AttorneyRepresentationTest.representation().withdrawnAt(T2).build();
    Debtor debtor = Fixtures.consumerWith(representation);
    assertInForceFromT0UntilT2(debtor, s -> s.isRepresentedByAttorney(INV_1));
    DebtorStatus status = debtor.statusAsOf(T1);
    assertFalse(status.isRepresentedByAttorney(INV_2));
    assertEquals(List.of(representation), status.representations(INV_1));
    assertEquals(List.of(), status.representations(INV_2));
    assertEquals(ATTORNEY, status.representations(INV_1).get(0).attorneyId());
  }

  @Test
  void ceaseRequest_at34_effectiveOnReceiptNotMailing() {
    // AT-34: letter mailed 08-03, collector emails 08-04, letter received 08-06
    // (comment 6(c)(1)-1.i).
    Instant emailSent = Instant.parse("2020-08-04T15:00:00Z");
    Instant received = Instant.parse("2020-08-06T14:00:00Z");
    Debtor debtor =
        Fixtures.consumerWith(
            CeaseRequest.builder()
                .debts(DebtScope.ofDebt(INV_1))
                .medium(Medium.POSTAL_MAIL)
                .knownAt(received)
                .build());
    assertFalse(debtor.statusAsOf(emailSent).hasCeased(INV_1));
    assertFalse(debtor.statusAsOf(received.minusNanos(1)).hasCeased(INV_1));
    assertTrue(debtor.statusAsOf(received).hasCeased(INV_1));
    assertFalse(debtor.statusAsOf(received).hasCeased(INV_2));
  }

  @Test
  void ceaseRequest_lasts() {
    Debtor debtor = Fixtures.consumerWith(CeaseRequestTest.letter(DebtScope.allDebts()));
    assertInForceFromT0(debtor, s -> s.hasCeased(INV_2));
  }

  @Test
  void dispute_openUntilResolved() {
    Debtor debtor = Fixtures.consumerWith(DisputeTest.written().resolvedAt(T2).build());
    assertInForceFromT0UntilT2(debtor, s -> s.isDisputed(INV_1));
    assertFalse(debtor.statusAsOf(T1).isDisputed(INV_2));
    assertEquals(1, debtor.statusAsOf(T1).disputes().size());
  }

  @Test
  void bankruptcy_knownFromKnownAt_activeByTheCourtsDates() {
    Bankruptcy dismissed = BankruptcyTest.chapter7().dismissedOn(date(6, 15)).build();
    Debtor debtor = Fixtures.consumerWith(dismissed);
    assertInForceFromT0(debtor, s -> s.bankruptcies().contains(dismissed));
    // Filed 03-30, known only from 04-01 (T0): not visible as of 03-31 even for an earlier date.
    assertEquals(Optional.empty(), debtor.statusAsOf(JUST_BEFORE_T0).activeBankruptcy(date(3, 31)));
    DebtorStatus status = debtor.statusAsOf(T0);
    assertEquals(Optional.of(dismissed), status.activeBankruptcy(date(3, 30)));
    assertEquals(Optional.of(dismissed), status.activeBankruptcy(date(6, 14)));
    assertEquals(Optional.empty(), status.activeBankruptcy(date(6, 15)));
    assertEquals(Optional.empty(), status.activeBankruptcy(date(3, 29)));
  }

  @Test
  void bankruptcy_ofSeveralActive_theLastFiled() {
    Bankruptcy first = BankruptcyTest.chapter7().build();
    Bankruptcy second =
        Bankruptcy.builder()
            .chapter(BankruptcyChapter.CHAPTER_13)
            .filedOn(date(5, 1))
            .knownAt(T1)
            .build();
    DebtorStatus status = Fixtures.consumerWith(second, first).statusAsOf(T1);
    assertEquals(Optional.of(second), status.activeBankruptcy(date(5, 1)));
    assertEquals(Optional.of(first), status.activeBankruptcy(date(4, 30)));
    assertEquals(List.of(second, first), status.bankruptcies());
  }

  @Test
  void death_fromKnown_theLatestReportWins() {
    Death first = Death.builder().knownAt(T0).build();
    Death corrected = Death.builder().dateOfDeath(date(3, 20)).knownAt(T2).build();
    Debtor debtor = Fixtures.consumerWith(corrected, first);
    assertInForceFromT0(debtor, DebtorStatus::isDeceased);
    assertEquals(Optional.of(first), debtor.statusAsOf(JUST_BEFORE_T2).death());
    assertEquals(Optional.of(corrected), debtor.statusAsOf(T2).death());
    Death sameInstant = Death.builder().dateOfDeath(date(3, 21)).knownAt(T2).build();
    assertEquals(
        Optional.of(sameInstant),
        Fixtures.consumerWith(corrected, sameInstant).statusAsOf(T2).death());
  }

  @Test
  void militaryService_knownFromKnownAt_activeByItsDates() {
    Debtor debtor =
        Fixtures.consumerWith(MilitaryServiceTest.service().activeDutyLastDay(date(9, 30)).build());
    assertInForceFromT0(debtor, s -> s.isActiveServicemember(date(1, 15)));
    DebtorStatus status = debtor.statusAsOf(T0);
    assertFalse(status.isActiveServicemember(date(1, 14)));
    assertTrue(status.isActiveServicemember(date(9, 30)));
    assertFalse(status.isActiveServicemember(date(10, 1)));
    assertEquals(1, status.militaryService().size());
  }

  @Test
  void inconvenientTimes_perPerson_untilLifted() {
    Debtor debtor = Fixtures.consumerWith(InconvenientTimesTest.at27().liftedAt(T2).build());
    assertInForceFromT0UntilT2(
        debtor, s -> s.isInconvenientTime(CONSUMER, at(PACIFIC, 4, 1, 15, 30)));
    DebtorStatus status = debtor.statusAsOf(T1);
    assertFalse(status.isInconvenientTime(CONSUMER, at(PACIFIC, 4, 1, 17, 0)));
    assertFalse(status.isInconvenientTime(SPOUSE, at(PACIFIC, 4, 1, 15, 30)));
    assertEquals(1, status.inconvenientTimes().size());
  }

  @Test
  void inconvenientPlace_perPerson_untilLifted() {
    Debtor debtor =
        Fixtures.consumerWith(
            InconvenientPlaceTest.place().placeType(AddressType.HOME).liftedAt(T2).build());
    assertInForceFromT0UntilT2(debtor, s -> s.isInconvenientPlace(CONSUMER, HOME_PACIFIC));
    DebtorStatus status = debtor.statusAsOf(T1);
    assertFalse(status.isInconvenientPlace(CONSUMER, MOBILE_EASTERN));
    assertFalse(status.isInconvenientPlace(SPOUSE, HOME_PACIFIC));
    assertEquals(1, status.inconvenientPlaces().size());
  }

  @Test
  void optOut_wholeMediumOrOneNumber_perPerson_untilRevoked() {
    MediumOptOut stopCalling = MediumOptOutTest.optOut(Medium.TELEPHONE).revokedAt(T2).build();
    Debtor debtor = Fixtures.consumerWith(stopCalling);
    assertInForceFromT0UntilT2(debtor, s -> s.isOptedOutOfWholeMedium(CONSUMER, Medium.TELEPHONE));
    assertInForceFromT0UntilT2(debtor, s -> s.hasAnyOptOut(CONSUMER, Medium.TELEPHONE));
    assertInForceFromT0UntilT2(
        debtor, s -> s.isOptedOut(CONSUMER, Medium.TELEPHONE, LANDLINE_MOUNTAIN));
    DebtorStatus status = debtor.statusAsOf(T1);
    assertFalse(status.isOptedOutOfWholeMedium(SPOUSE, Medium.TELEPHONE));
    assertFalse(status.hasAnyOptOut(SPOUSE, Medium.TELEPHONE));
    assertFalse(status.hasAnyOptOut(CONSUMER, Medium.TEXT_MESSAGE));
    assertFalse(status.isOptedOut(CONSUMER, Medium.TEXT_MESSAGE, MOBILE_EASTERN));

    MediumOptOut noTexts =
        MediumOptOutTest.optOut(Medium.TEXT_MESSAGE).contactPoint(MOBILE_EASTERN).build();
    DebtorStatus texts = Fixtures.consumerWith(noTexts).statusAsOf(T0);
    assertTrue(texts.isOptedOut(CONSUMER, Medium.TEXT_MESSAGE, MOBILE_EASTERN));
    assertFalse(texts.isOptedOut(CONSUMER, Medium.TEXT_MESSAGE, LANDLINE_MOUNTAIN));
    assertFalse(texts.isOptedOutOfWholeMedium(CONSUMER, Medium.TEXT_MESSAGE));
    assertTrue(texts.hasAnyOptOut(CONSUMER, Medium.TEXT_MESSAGE));
    assertFalse(texts.hasAnyOptOut(CONSUMER, Medium.TELEPHONE));
    assertEquals(List.of(noTexts), texts.optOuts());
  }

  @Test
  void optOut_stopToTheOnlyNumber_anyOptOutButNotTheWholeMedium() {
    // "Has the person opted out of texts?" after STOP to their only number: yes, of that number.
    MediumOptOut stop =
        MediumOptOutTest.optOut(Medium.TEXT_MESSAGE)
            .contactPoint(Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.MOBILE))
            .build();
    DebtorStatus status = Fixtures.consumerWith(stop).statusAsOf(T1);
    assertTrue(status.hasAnyOptOut(CONSUMER, Medium.TEXT_MESSAGE));
    assertFalse(status.isOptedOutOfWholeMedium(CONSUMER, Medium.TEXT_MESSAGE));
    // The debtor's only number is recorded with a zone; the opt-out still covers it.
    assertTrue(status.isOptedOut(CONSUMER, Medium.TEXT_MESSAGE, MOBILE_EASTERN));
    assertTrue(
        status.isOptedOut(
            CONSUMER, Medium.TEXT_MESSAGE, Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.VOIP)));
  }

  @Test
  void inconvenientPlace_oneAddress_coversItHoweverRecorded() {
    InconvenientPlace notHere =
        InconvenientPlaceTest.place()
            .contactPoint(Fixtures.address(AddressType.MAILING, EASTERN))
            .build();
    DebtorStatus status = Fixtures.consumerWith(notHere).statusAsOf(T1);
    assertTrue(status.isInconvenientPlace(CONSUMER, HOME_PACIFIC));
    assertFalse(status.isInconvenientPlace(CONSUMER, MOBILE_EASTERN));
  }

  @Test
  void consent_perScopePersonAndDebt_activeOverItsPeriod() {
    Consent callMe = ConsentTest.consent(ConsentScope.CALL_FREQUENCY).endAt(T2).build();
    Debtor debtor = Fixtures.consumerWith(callMe);
    assertInForceFromT0UntilT2(
        debtor, s -> s.hasConsent(ConsentScope.CALL_FREQUENCY, CONSUMER, INV_1));
    DebtorStatus status = debtor.statusAsOf(T1);
    assertFalse(status.hasConsent(ConsentScope.CALL_FREQUENCY, CONSUMER, INV_2));
    assertFalse(status.hasConsent(ConsentScope.INCONVENIENT_TIME, CONSUMER, INV_1));
    assertFalse(status.hasConsent(ConsentScope.CALL_FREQUENCY, SPOUSE, INV_1));
    assertEquals(List.of(callMe), status.consents(ConsentScope.CALL_FREQUENCY, CONSUMER, INV_1));
  }

  @Test
  void consent_startingLater_notActiveUntilItStarts() {
    Debtor debtor =
        Fixtures.consumerWith(
            ConsentTest.consent(ConsentScope.INCONVENIENT_TIME).startAt(T1).endAt(T2).build());
    assertFalse(debtor.statusAsOf(T0).hasConsent(ConsentScope.INCONVENIENT_TIME, CONSUMER, INV_1));
    assertTrue(debtor.statusAsOf(T1).hasConsent(ConsentScope.INCONVENIENT_TIME, CONSUMER, INV_1));
    assertEquals(1, debtor.statusAsOf(T1).consents().size());
  }

  @Test
  void eventsKnownLater_invisible_andAnEarlierSnapshotIsEmpty() {
    Debtor debtor =
        Fixtures.consumerWith(
            CeaseRequestTest.letter(DebtScope.allDebts()),
            DisputeTest.written().build(),
            Death.builder().knownAt(T1).build());
    DebtorStatus before = debtor.statusAsOf(JUST_BEFORE_T0);
    assertEquals(Fixtures.consumer().build().statusAsOf(JUST_BEFORE_T0), before);
    assertEquals(List.of(), before.ceaseRequests());
    assertEquals(JUST_BEFORE_T0, before.asOf());
    DebtorStatus atT0 = debtor.statusAsOf(T0);
    assertTrue(atT0.hasCeased(INV_1));
    assertTrue(atT0.isDisputed(INV_1));
    assertFalse(atT0.isDeceased());
  }

  @Test
  void equalsAndHashCode_byInstantAndEvents() {
    Debtor debtor = Fixtures.consumerWith(CeaseRequestTest.letter(DebtScope.allDebts()));
    new EqualsTester()
        .addEqualityGroup(debtor.statusAsOf(T1), debtor.statusAsOf(T1))
        .addEqualityGroup(debtor.statusAsOf(T2))
        .addEqualityGroup(Fixtures.consumer().build().statusAsOf(T1))
        .testEquals();
  }

  @Test
  void toString_withholdsContactPoints() {
    DebtorStatus status =
        Fixtures.consumerWith(
                MediumOptOutTest.optOut(Medium.TEXT_MESSAGE).contactPoint(MOBILE_EASTERN).build(),
                InconvenientPlaceTest.place().contactPoint(HOME_PACIFIC).build())
            .statusAsOf(T1);
    String text = status.toString();
    assertFalse(text.contains(Fixtures.MOBILE_NUMBER), text);
    assertFalse(text.contains(Fixtures.STREET), text);
    assertTrue(text.contains(EASTERN.getId()), text);
  }

  @Test
  void publicMethods_rejectNulls() {
    DebtorStatus status =
        Fixtures.consumerWith(CeaseRequestTest.letter(DebtScope.allDebts())).statusAsOf(T1);
    Fixtures.nullTester().testAllPublicInstanceMethods(status);
  }
}
