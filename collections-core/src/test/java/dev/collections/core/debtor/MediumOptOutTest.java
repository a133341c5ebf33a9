package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.CONSUMER;
import static dev.collections.core.debtor.Fixtures.EMAIL;
import static dev.collections.core.debtor.Fixtures.HOME_PACIFIC;
import static dev.collections.core.debtor.Fixtures.LANDLINE_MOUNTAIN;
import static dev.collections.core.debtor.Fixtures.MOBILE_EASTERN;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class MediumOptOutTest {

  static MediumOptOut.Builder optOut(Medium medium) {
    return MediumOptOut.builder().personId(CONSUMER).medium(medium).knownAt(T0);
  }

  @Test
  void wholeMedium_stopCalling_closesEveryNumberForCallsOnly() {
    MediumOptOut stopCalling = optOut(Medium.TELEPHONE).build();
    assertTrue(stopCalling.coversWholeMedium(Medium.TELEPHONE));
    assertTrue(stopCalling.covers(Medium.TELEPHONE, MOBILE_EASTERN));
    assertTrue(stopCalling.covers(Medium.TELEPHONE, LANDLINE_MOUNTAIN));
    assertFalse(stopCalling.covers(Medium.TEXT_MESSAGE, MOBILE_EASTERN));
    assertFalse(stopCalling.coversWholeMedium(Medium.TEXT_MESSAGE));
  }

  @Test
  void oneNumber_replyStop_closesTextsToThatNumberOnly() {
    MediumOptOut stop = optOut(Medium.TEXT_MESSAGE).contactPoint(MOBILE_EASTERN).build();
    assertTrue(stop.covers(Medium.TEXT_MESSAGE, MOBILE_EASTERN));
    assertFalse(stop.covers(Medium.TEXT_MESSAGE, LANDLINE_MOUNTAIN));
    assertFalse(stop.covers(Medium.TELEPHONE, MOBILE_EASTERN));
    assertFalse(stop.coversWholeMedium(Medium.TEXT_MESSAGE));
  }

  @Test
  void oneNumber_replyStop_coversTheNumberWhateverTheHostLaterRecordsWithIt() {
    // 12 CFR 1006.14(h): the opt-out is of the number, not of the record the host kept.
    MediumOptOut stop =
        optOut(Medium.TEXT_MESSAGE)
            .contactPoint(Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.MOBILE))
            .build();
    assertTrue(stop.covers(Medium.TEXT_MESSAGE, MOBILE_EASTERN));
    assertTrue(stop.covers(Medium.TEXT_MESSAGE, Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.VOIP)));
    assertTrue(
        stop.covers(
            Medium.TEXT_MESSAGE,
            Phone.of(Fixtures.MOBILE_NUMBER, PhoneType.LANDLINE)
                .withAreaCodeZone(Fixtures.PACIFIC)));
    assertFalse(stop.covers(Medium.TEXT_MESSAGE, Phone.of("+12025550144", PhoneType.MOBILE)));
  }

  @Test
  void oneEmailOrAddress_coversItWhateverItsCaseOrSpacing() {
    MediumOptOut noEmail = optOut(Medium.EMAIL).contactPoint(EMAIL).build();
    assertTrue(noEmail.covers(Medium.EMAIL, Email.of("Zebulon.Q@EXAMPLE.COM", EmailType.WORK)));
    assertFalse(
        noEmail.covers(Medium.EMAIL, Email.of("zebulon.r@example.com", EmailType.PERSONAL)));
    MediumOptOut noMail = optOut(Medium.POSTAL_MAIL).contactPoint(HOME_PACIFIC).build();
    PostalAddress respelled =
        PostalAddress.builder()
            .type(AddressType.MAILING)
            .addLines("742  evergreen TERRACE ")
            .city(Fixtures.CITY)
            .region("CA")
            .postalCode("90210")
            .country("US")
            .zone(Fixtures.EASTERN)
            .build();
    assertTrue(noMail.covers(Medium.POSTAL_MAIL, respelled));
    PostalAddress nextDoor =
        PostalAddress.builder()
            .type(AddressType.HOME)
            .addLines("744 Evergreen Terrace")
            .city(Fixtures.CITY)
            .region("CA")
            .postalCode("90210")
            .country("US")
            .zone(Fixtures.PACIFIC)
            .build();
    assertFalse(noMail.covers(Medium.POSTAL_MAIL, nextDoor));
  }

  @Test
  void everyMedium_acceptsTheContactPointItReaches() {
    assertEquals(EMAIL, optOut(Medium.EMAIL).contactPoint(EMAIL).build().contactPoint().get());
    assertTrue(
        optOut(Medium.POSTAL_MAIL)
            .contactPoint(HOME_PACIFIC)
            .build()
            .covers(Medium.POSTAL_MAIL, HOME_PACIFIC));
    assertTrue(
        optOut(Medium.IN_PERSON)
            .contactPoint(HOME_PACIFIC)
            .build()
            .covers(Medium.IN_PERSON, HOME_PACIFIC));
    assertTrue(optOut(Medium.SOCIAL_MEDIA).build().coversWholeMedium(Medium.SOCIAL_MEDIA));
  }

  @Test
  void contactPointTheMediumCannotReach_rejected() {
    IllegalArgumentException text =
        assertThrows(
            IllegalArgumentException.class,
            () -> optOut(Medium.TEXT_MESSAGE).contactPoint(EMAIL).build());
    assertEquals(
        "a medium opt-out through TEXT_MESSAGE cannot name an email address", text.getMessage());
    IllegalArgumentException email =
        assertThrows(
            IllegalArgumentException.class,
            () -> optOut(Medium.EMAIL).contactPoint(MOBILE_EASTERN).build());
    assertEquals("a medium opt-out through EMAIL cannot name a phone number", email.getMessage());
    IllegalArgumentException mail =
        assertThrows(
            IllegalArgumentException.class,
            () -> optOut(Medium.POSTAL_MAIL).contactPoint(LANDLINE_MOUNTAIN).build());
    assertEquals(
        "a medium opt-out through POSTAL_MAIL cannot name a phone number", mail.getMessage());
    IllegalArgumentException social =
        assertThrows(
            IllegalArgumentException.class,
            () -> optOut(Medium.SOCIAL_MEDIA).contactPoint(HOME_PACIFIC).build());
    assertEquals(
        "a medium opt-out through SOCIAL_MEDIA cannot name a postal address", social.getMessage());
    assertFalse(String.valueOf(text.getMessage()).contains(Fixtures.EMAIL_ADDRESS));
  }

  @Test
  void isInForceAt_fromKnown_untilRevokedExclusive() {
    MediumOptOut revoked = optOut(Medium.EMAIL).revokedAt(T1).build();
    assertFalse(revoked.isInForceAt(T0.minusNanos(1)));
    assertTrue(revoked.isInForceAt(T0));
    assertTrue(revoked.isInForceAt(T1.minusNanos(1)));
    assertFalse(revoked.isInForceAt(T1));
    assertEquals(revoked, optOut(Medium.EMAIL).build().withRevokedAt(T1));
    assertEquals(StatusEventKind.MEDIUM_OPT_OUT, revoked.kind());
  }

  @Test
  void revokedBeforeKnown_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> optOut(Medium.EMAIL).revokedAt(T0.minusSeconds(1)).build());
    assertEquals(
        "a medium opt-out must not end before it is known:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:59Z",
        e.getMessage());
  }

  @Test
  void toString_withholdsTheNumber() {
    String text = optOut(Medium.TEXT_MESSAGE).contactPoint(MOBILE_EASTERN).build().toString();
    assertFalse(text.contains(Fixtures.MOBILE_NUMBER), text);
    assertTrue(text.contains("TEXT_MESSAGE"), text);
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(optOut(Medium.EMAIL).build(), optOut(Medium.EMAIL).build())
        .addEqualityGroup(optOut(Medium.EMAIL).contactPoint(EMAIL).build())
        .addEqualityGroup(optOut(Medium.TELEPHONE).build())
        .addEqualityGroup(optOut(Medium.EMAIL).revokedAt(T1).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(MediumOptOut.class);
    Fixtures.nullTester()
        .testAllPublicInstanceMethods(
            optOut(Medium.TELEPHONE).contactPoint(MOBILE_EASTERN).build());
  }
}
