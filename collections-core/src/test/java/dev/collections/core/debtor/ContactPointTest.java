package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.EASTERN;
import static dev.collections.core.debtor.Fixtures.EMAIL;
import static dev.collections.core.debtor.Fixtures.HOME_PACIFIC;
import static dev.collections.core.debtor.Fixtures.MOBILE_EASTERN;
import static dev.collections.core.debtor.Fixtures.MOBILE_NUMBER;
import static dev.collections.core.debtor.Fixtures.PACIFIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contact points and identifiers the debtor aggregate is built from. */
class ContactPointTest {

  @Test
  void suggestedZone_phoneAreaCodeOrAddressZone_neverEmail() {
    assertEquals(Optional.of(EASTERN), MOBILE_EASTERN.suggestedZone());
    assertEquals(Optional.empty(), Phone.of(MOBILE_NUMBER, PhoneType.MOBILE).suggestedZone());
    assertEquals(Optional.of(PACIFIC), HOME_PACIFIC.suggestedZone());
    assertEquals(Optional.empty(), EMAIL.suggestedZone());
  }

  @Test
  void isTiedToPlace_addressesLandlinesAndWorkPhones() {
    assertTrue(HOME_PACIFIC.isTiedToPlace());
    assertTrue(Phone.of(MOBILE_NUMBER, PhoneType.LANDLINE).isTiedToPlace());
    assertTrue(Phone.of(MOBILE_NUMBER, PhoneType.WORK).isTiedToPlace());
    assertFalse(Phone.of(MOBILE_NUMBER, PhoneType.MOBILE).isTiedToPlace());
    assertFalse(Phone.of(MOBILE_NUMBER, PhoneType.VOIP).isTiedToPlace());
    assertFalse(EMAIL.isTiedToPlace());
  }

  @Test
  void toString_withholdsNumbersAddressesAndStreets() {
    assertEquals(
        "Phone{type=MOBILE, number=<withheld>, areaCodeZone=America/New_York}",
        MOBILE_EASTERN.toString());
    assertEquals("Email{type=PERSONAL, address=<withheld>}", EMAIL.toString());
    assertEquals(
        "PostalAddress{type=HOME, region=CA, country=US, zone=America/Los_Angeles}",
        HOME_PACIFIC.toString());
  }

  @Test
  void malformedContactPoints_rejectedWithoutShowingThem() {
    IllegalArgumentException phone =
        assertThrows(
            IllegalArgumentException.class, () -> Phone.of("202-555-0143", PhoneType.MOBILE));
    assertEquals(
        "phone number must be in E.164 form, + then 7 to 15 digits (value withheld)",
        phone.getMessage());
    IllegalArgumentException email =
        assertThrows(
            IllegalArgumentException.class, () -> Email.of("zebulon at example", EmailType.WORK));
    assertEquals(
        "email address must be local-part@domain.tld without whitespace (value withheld)",
        email.getMessage());
    IllegalArgumentException country =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PostalAddress.builder()
                    .type(AddressType.HOME)
                    .addLines(Fixtures.STREET)
                    .city(Fixtures.CITY)
                    .region("CA")
                    .postalCode("90210")
                    .country("usa")
                    .zone(PACIFIC)
                    .build());
    assertEquals(
        "country must be an ISO 3166-1 alpha-2 code in capitals: usa", country.getMessage());
  }

  @Test
  void personRole_sortsPersonsAsRegulationFDoes() {
    assertTrue(PersonRole.ESTATE_REPRESENTATIVE.isConsumer());
    assertFalse(PersonRole.CONSUMER_ATTORNEY.isConsumer());
    assertTrue(PersonRole.CONSUMER_ATTORNEY.isExcludedFromCallFrequency());
    assertFalse(PersonRole.SPOUSE.isExcludedFromCallFrequency());
    assertTrue(PersonRole.THIRD_PARTY.isThirdParty());
    assertFalse(PersonRole.CREDITOR.isThirdParty());
  }

  @Test
  void identifiers_orderedAndPrintedByText() {
    assertTrue(PersonId.of("P-1").compareTo(PersonId.of("P-2")) < 0);
    assertEquals("D-1", DebtorId.of("D-1").toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PersonId.of(""));
    assertEquals("person id must not be blank: \"\"", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            MOBILE_EASTERN, Phone.of(MOBILE_NUMBER, PhoneType.MOBILE).withAreaCodeZone(EASTERN))
        .addEqualityGroup(Phone.of(MOBILE_NUMBER, PhoneType.MOBILE))
        .addEqualityGroup(Phone.of(MOBILE_NUMBER, PhoneType.LANDLINE))
        .addEqualityGroup(EMAIL, Email.of(Fixtures.EMAIL_ADDRESS, EmailType.PERSONAL))
        .addEqualityGroup(HOME_PACIFIC, Fixtures.address(AddressType.HOME, PACIFIC))
        .addEqualityGroup(Fixtures.address(AddressType.WORK, PACIFIC))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(PersonId.of("P-1"), PersonId.of("P-1"))
        .addEqualityGroup(PersonId.of("P-2"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    for (Class<?> type :
        new Class<?>[] {
          Phone.class, Email.class, PostalAddress.class, PersonId.class, DebtorId.class
        }) {
      Fixtures.nullTester().testAllPublicStaticMethods(type);
    }
    Fixtures.nullTester().testAllPublicInstanceMethods(MOBILE_EASTERN);
    Fixtures.nullTester().testAllPublicInstanceMethods(EMAIL);
    Fixtures.nullTester().testAllPublicInstanceMethods(HOME_PACIFIC);
    Fixtures.nullTester().testAllPublicInstanceMethods(PersonId.of("P-1"));
  }
}
