package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.ATTORNEY;
import static dev.collections.core.debtor.Fixtures.CONSUMER;
import static dev.collections.core.debtor.Fixtures.EMAIL;
import static dev.collections.core.debtor.Fixtures.INV_1;
import static dev.collections.core.debtor.Fixtures.LANDLINE_MOUNTAIN;
import static dev.collections.core.debtor.Fixtures.MOBILE_EASTERN;
import static dev.collections.core.debtor.Fixtures.NEIGHBOUR;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T1;
import static dev.collections.core.debtor.Fixtures.T2;
import static dev.collections.core.debtor.Fixtures.T3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentTest {

  static Consent.Builder consent(ConsentScope scope) {
    return Consent.builder()
        .scope(scope)
        .personId(CONSUMER)
        .debts(DebtScope.ofDebt(INV_1))
        .knownAt(T0);
  }

  @Test
  void isActiveAt_fromStartInclusive_untilEndExclusive() {
    Consent callMe = consent(ConsentScope.CALL_FREQUENCY).endAt(T2).build();
    assertEquals(T0, callMe.startAt());
    assertFalse(callMe.isActiveAt(T0.minusNanos(1)));
    assertTrue(callMe.isActiveAt(T0));
    assertTrue(callMe.isActiveAt(T2.minusNanos(1)));
    assertFalse(callMe.isActiveAt(T2));
    assertEquals(StatusEventKind.CONSENT, callMe.kind());
  }

  @Test
  void isActiveAt_laterStart_notBeforeIt() {
    // "Call me tomorrow": received at T0, active from T1.
    Consent tomorrow = consent(ConsentScope.INCONVENIENT_TIME).startAt(T1).endAt(T2).build();
    assertFalse(tomorrow.isActiveAt(T0));
    assertFalse(tomorrow.isActiveAt(T1.minusNanos(1)));
    assertTrue(tomorrow.isActiveAt(T1));
    assertFalse(tomorrow.isActiveAt(T2));
  }

  @Test
  void isActiveAt_revocationEndsItEarly() {
    Consent revoked = consent(ConsentScope.CALL_FREQUENCY).endAt(T3).revokedAt(T1).build();
    assertTrue(revoked.isActiveAt(T1.minusNanos(1)));
    assertFalse(revoked.isActiveAt(T1));
    assertFalse(revoked.isActiveAt(T2));
    assertEquals(revoked, consent(ConsentScope.CALL_FREQUENCY).endAt(T3).build().withRevokedAt(T1));
    // Revoked before it started: never active.
    Consent never = consent(ConsentScope.CALL_FREQUENCY).startAt(T2).revokedAt(T1).build();
    assertFalse(never.isActiveAt(T2));
  }

  @Test
  void coversMediumAndDestination() {
    Consent anyMedium = consent(ConsentScope.INCONVENIENT_TIME).build();
    assertTrue(anyMedium.coversMedium(Medium.EMAIL));
    assertTrue(anyMedium.coversDestination(LANDLINE_MOUNTAIN));
    Consent phoneCalls =
        consent(ConsentScope.INCONVENIENT_TIME)
            .medium(Medium.TELEPHONE)
            .contactPoint(MOBILE_EASTERN)
            .build();
    assertTrue(phoneCalls.coversMedium(Medium.TELEPHONE));
    assertFalse(phoneCalls.coversMedium(Medium.TEXT_MESSAGE));
    assertTrue(phoneCalls.coversDestination(MOBILE_EASTERN));
    assertFalse(phoneCalls.coversDestination(LANDLINE_MOUNTAIN));
    Consent texts = consent(ConsentScope.TEXT_MESSAGES).contactPoint(MOBILE_EASTERN).build();
    assertTrue(texts.coversMedium(Medium.TEXT_MESSAGE));
    assertFalse(texts.coversMedium(Medium.TELEPHONE));
  }

  @Test
  void coversDestination_sameNumberOrMailboxHoweverRecorded_neverAnother() {
    Consent texts = consent(ConsentScope.TEXT_MESSAGES).contactPoint(MOBILE_EASTERN).build();
    assertTrue(texts.coversDestination(Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.VOIP)));
    assertTrue(
        texts.coversDestination(
            Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.MOBILE).withAreaCodeZone(Fixtures.PACIFIC)));
    assertFalse(texts.coversDestination(Phone.of("+12025550144", PhoneType.MOBILE)));
    Consent email = consent(ConsentScope.EMAIL_ADDRESS).contactPoint(EMAIL).build();
    assertTrue(email.coversDestination(Email.of("zebulon.q@Example.Com", EmailType.PERSONAL)));
    assertFalse(email.coversDestination(Email.of("zebulon.q@example.net", EmailType.PERSONAL)));
    Consent visits =
        consent(ConsentScope.INCONVENIENT_PLACE)
            .medium(Medium.IN_PERSON)
            .contactPoint(Fixtures.HOME_PACIFIC)
            .build();
    assertTrue(visits.coversDestination(Fixtures.address(AddressType.OTHER, Fixtures.EASTERN)));
    assertFalse(visits.coversDestination(MOBILE_EASTERN));
  }

  @Test
  void scopesNamingAContactPoint_acceptTheRightKind() {
    assertEquals(
        Optional.of(EMAIL),
        consent(ConsentScope.EMAIL_ADDRESS).contactPoint(EMAIL).build().contactPoint());
    consent(ConsentScope.TEXT_MESSAGE_NUMBER).contactPoint(MOBILE_EASTERN).build();
    consent(ConsentScope.AUTODIALED_OR_PRERECORDED_CALLS)
        .medium(Medium.TELEPHONE)
        .contactPoint(LANDLINE_MOUNTAIN)
        .build();
    Consent thirdParty =
        consent(ConsentScope.THIRD_PARTY_COMMUNICATION).thirdPartyId(NEIGHBOUR).build();
    assertEquals(Optional.of(NEIGHBOUR), thirdParty.thirdPartyId());
    Consent attorney =
        Consent.builder()
            .scope(ConsentScope.DIRECT_COMMUNICATION_WHILE_REPRESENTED)
            .personId(ATTORNEY)
            .debts(DebtScope.allDebts())
            .knownAt(T0)
            .build();
    assertEquals(ATTORNEY, attorney.personId());
  }

  @Test
  void startBeforeKnown_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> consent(ConsentScope.CALL_FREQUENCY).startAt(T0.minusSeconds(1)).build());
    assertEquals(
        "a consent must not start before it is received:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:59Z",
        e.getMessage());
  }

  @Test
  void endBeforeStart_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> consent(ConsentScope.CALL_FREQUENCY).startAt(T2).endAt(T1).build());
    assertEquals(
        "a consent must not end before it starts: 2020-04-03T14:00:00Z then 2020-04-02T14:00:00Z",
        e.getMessage());
  }

  @Test
  void revokedBeforeKnown_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> consent(ConsentScope.CALL_FREQUENCY).revokedAt(T0.minusSeconds(1)).build());
    assertEquals(
        "a consent must not be revoked before it is received:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:59Z",
        e.getMessage());
  }

  @Test
  void mediumOtherThanTheScopes_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                consent(ConsentScope.TEXT_MESSAGES)
                    .medium(Medium.TELEPHONE)
                    .contactPoint(MOBILE_EASTERN)
                    .build());
    assertEquals(
        "a consent of scope TEXT_MESSAGES covers only TEXT_MESSAGE: TELEPHONE", e.getMessage());
  }

  @Test
  void missingContactPoint_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> consent(ConsentScope.EMAIL_ADDRESS).build());
    assertEquals(
        "a consent of scope EMAIL_ADDRESS must name the contact point it covers: none given",
        e.getMessage());
  }

  @Test
  void contactPointOfTheWrongKind_rejected() {
    IllegalArgumentException implied =
        assertThrows(
            IllegalArgumentException.class,
            () -> consent(ConsentScope.TEXT_MESSAGE_NUMBER).contactPoint(EMAIL).build());
    assertEquals(
        "a consent through TEXT_MESSAGE cannot name an email address", implied.getMessage());
    IllegalArgumentException given =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                consent(ConsentScope.INCONVENIENT_TIME)
                    .medium(Medium.EMAIL)
                    .contactPoint(MOBILE_EASTERN)
                    .build());
    assertEquals("a consent through EMAIL cannot name a phone number", given.getMessage());
  }

  @Test
  void thirdPartyMissingOrMisplaced_rejected() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> consent(ConsentScope.THIRD_PARTY_COMMUNICATION).build());
    assertEquals(
        "a consent of scope THIRD_PARTY_COMMUNICATION must name the third party: none given",
        missing.getMessage());
    IllegalArgumentException misplaced =
        assertThrows(
            IllegalArgumentException.class,
            () -> consent(ConsentScope.CALL_FREQUENCY).thirdPartyId(NEIGHBOUR).build());
    assertEquals(
        "only a consent of scope THIRD_PARTY_COMMUNICATION names a third party:"
            + " CALL_FREQUENCY names P-NEIGHBOUR",
        misplaced.getMessage());
  }

  @Test
  void scope_impliedMediumAndContactPoint() {
    assertEquals(Optional.empty(), ConsentScope.CALL_FREQUENCY.impliedMedium());
    assertFalse(ConsentScope.CALL_FREQUENCY.namesContactPoint());
    assertEquals(Optional.of(Medium.EMAIL), ConsentScope.EMAIL_ADDRESS.impliedMedium());
    assertEquals(
        Optional.of(Medium.TELEPHONE),
        ConsentScope.AUTODIALED_OR_PRERECORDED_CALLS.impliedMedium());
    assertTrue(ConsentScope.TEXT_MESSAGES.namesContactPoint());
  }

  @Test
  void toString_withholdsTheContactPoint() {
    String text = consent(ConsentScope.EMAIL_ADDRESS).contactPoint(EMAIL).build().toString();
    assertFalse(text.contains(Fixtures.EMAIL_ADDRESS), text);
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            consent(ConsentScope.CALL_FREQUENCY).build(),
            consent(ConsentScope.CALL_FREQUENCY).startAt(T0).build())
        .addEqualityGroup(consent(ConsentScope.INCONVENIENT_TIME).build())
        .addEqualityGroup(consent(ConsentScope.CALL_FREQUENCY).endAt(T1).build())
        .addEqualityGroup(consent(ConsentScope.CALL_FREQUENCY).revokedAt(T1).build())
        .addEqualityGroup(consent(ConsentScope.CALL_FREQUENCY).startAt(T1).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(Consent.class);
    Fixtures.nullTester()
        .testAllPublicInstanceMethods(
            consent(ConsentScope.TEXT_MESSAGES).contactPoint(MOBILE_EASTERN).endAt(T1).build());
  }
}
