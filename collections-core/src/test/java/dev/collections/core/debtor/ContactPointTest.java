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
import java.time.ZoneId;
import java.util.List;
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
            () -> address(List.of(Fixtures.STREET), Fixtures.CITY, "90210", "usa"));
    assertEquals(
        "country must be an ISO 3166-1 alpha-2 code in capitals, such as US (value withheld)",
        country.getMessage());
  }

  @Test
  void country_misMappedAddressText_rejectedWithoutShowingIt() {
    // A host that maps the street into the country field must not see the street in the message.
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> address(List.of(Fixtures.STREET), Fixtures.CITY, "90210", Fixtures.STREET));
    assertEquals(
        "country must be an ISO 3166-1 alpha-2 code in capitals, such as US (value withheld)",
        e.getMessage());
    assertFalse(String.valueOf(e.getMessage()).contains(Fixtures.STREET));
  }

  @Test
  void address_blankLineOrCityOrTooManyLines_rejectedWithoutShowingTheText() {
    IllegalArgumentException blankLine =
        assertThrows(
            IllegalArgumentException.class,
            () -> address(List.of(Fixtures.STREET, " "), Fixtures.CITY, "90210", "US"));
    assertEquals("address line 2 must not be blank", blankLine.getMessage());
    IllegalArgumentException blankCity =
        assertThrows(
            IllegalArgumentException.class,
            () -> address(List.of(Fixtures.STREET), "\t", "90210", "US"));
    assertEquals("city must not be blank", blankCity.getMessage());
    IllegalArgumentException fiveLines =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                address(
                    List.of("A", "B", "C", "D", Fixtures.STREET), Fixtures.CITY, "90210", "US"));
    assertEquals("an address must have one to four lines: 5", fiveLines.getMessage());
  }

  @Test
  void toString_regionThatIsNotACode_withheld() {
    PostalAddress spelledOut =
        PostalAddress.builder()
            .type(AddressType.HOME)
            .addLines(Fixtures.STREET)
            .city(Fixtures.CITY)
            .region("Evergreen Terrace")
            .postalCode("90210")
            .country("US")
            .zone(PACIFIC)
            .build();
    assertEquals(
        "PostalAddress{type=HOME, region=<withheld>, country=US, zone=America/Los_Angeles}",
        spelledOut.toString());
    PostalAddress none =
        PostalAddress.builder()
            .type(AddressType.MAILING)
            .addLines(Fixtures.STREET)
            .city(Fixtures.CITY)
            .region("")
            .postalCode("")
            .country("HK")
            .zone(ZoneId.of("Asia/Hong_Kong"))
            .build();
    assertEquals(
        "PostalAddress{type=MAILING, region=, country=HK, zone=Asia/Hong_Kong}", none.toString());
  }

  @Test
  void isSameDestinationAs_phone_sameNumberWhateverTheTypeOrZone() {
    Phone stopped = Phone.of(MOBILE_NUMBER, PhoneType.MOBILE);
    for (PhoneType type : PhoneType.values()) {
      assertTrue(stopped.isSameDestinationAs(Phone.of(MOBILE_NUMBER, type)), type.name());
      assertTrue(
          stopped.isSameDestinationAs(Phone.of(MOBILE_NUMBER, type).withAreaCodeZone(PACIFIC)),
          type.name());
    }
    assertTrue(MOBILE_EASTERN.isSameDestinationAs(stopped));
    assertFalse(stopped.isSameDestinationAs(Phone.of(Fixtures.LANDLINE_NUMBER, PhoneType.MOBILE)));
    assertFalse(stopped.isSameDestinationAs(Phone.of("+12025550144", PhoneType.MOBILE)));
  }

  @Test
  void isSameDestinationAs_email_caseIgnoredInDomainAndLocalPart_nothingElseNormalised() {
    assertTrue(EMAIL.isSameDestinationAs(Email.of("zebulon.q@EXAMPLE.com", EmailType.WORK)));
    assertTrue(EMAIL.isSameDestinationAs(Email.of("Zebulon.Q@Example.COM", EmailType.PERSONAL)));
    assertFalse(EMAIL.isSameDestinationAs(Email.of("zebulonq@example.com", EmailType.PERSONAL)));
    assertFalse(
        EMAIL.isSameDestinationAs(Email.of("zebulon.q+debt@example.com", EmailType.PERSONAL)));
    assertFalse(EMAIL.isSameDestinationAs(Email.of("zebulon.q@example.org", EmailType.PERSONAL)));
  }

  @Test
  void isSameDestinationAs_address_spacingCasePunctuationTypeZoneAndRegionIgnored() {
    PostalAddress respelled =
        PostalAddress.builder()
            .type(AddressType.MAILING)
            .addLines("  742   EVERGREEN", "terrace. ")
            .city("SPRINGFIELD")
            .region("Oregon")
            .postalCode(" 90210 ")
            .country("US")
            .zone(EASTERN)
            .build();
    assertTrue(HOME_PACIFIC.isSameDestinationAs(respelled));
    assertTrue(respelled.isSameDestinationAs(HOME_PACIFIC));
    assertTrue(
        HOME_PACIFIC.isSameDestinationAs(
            address(List.of("742\u00a0Evergreen\tTerrace,"), "Shelbyville", "90210-1234", "US")));
  }

  @Test
  void isSameDestinationAs_address_otherStreetPostalCodeOrCountry_notSame() {
    assertFalse(
        HOME_PACIFIC.isSameDestinationAs(
            address(List.of("744 Evergreen Terrace"), Fixtures.CITY, "90210", "US")));
    assertFalse(
        HOME_PACIFIC.isSameDestinationAs(
            address(List.of(Fixtures.STREET, "Apt 2"), Fixtures.CITY, "90210", "US")));
    assertFalse(
        HOME_PACIFIC.isSameDestinationAs(
            address(List.of(Fixtures.STREET), Fixtures.CITY, "90211", "US")));
    assertFalse(
        HOME_PACIFIC.isSameDestinationAs(
            address(List.of(Fixtures.STREET), Fixtures.CITY, "90210", "CA")));
  }

  @Test
  void isSameDestinationAs_postalCode_lettersAndDigitsOnly_zipPlusFourOnlyInTheUs() {
    assertTrue(ukAddress("SW1A 1AA", "London").isSameDestinationAs(ukAddress("sw1a1aa", "LONDON")));
    assertFalse(
        ukAddress("SW1A 1AA", "London").isSameDestinationAs(ukAddress("SW1A 1AB", "London")));
    PostalAddress plusFour = address(List.of(Fixtures.STREET), "San Juan", "00901-0001", "PR");
    PostalAddress fiveDigits = address(List.of(Fixtures.STREET), "San Juan", "00901", "PR");
    assertTrue(plusFour.isSameDestinationAs(fiveDigits));
    // Outside the ZIP countries nine digits are nine digits.
    assertFalse(
        address(List.of(Fixtures.STREET), Fixtures.CITY, "01310-1001", "BR")
            .isSameDestinationAs(address(List.of(Fixtures.STREET), Fixtures.CITY, "01310", "BR")));
  }

  @Test
  void isSameDestinationAs_noPostalCodes_cityCounts() {
    assertTrue(
        hongKong("1 Queen's Road", "Central")
            .isSameDestinationAs(hongKong("1 QUEEN'S ROAD", " central")));
    assertFalse(
        hongKong("1 Queen's Road", "Central")
            .isSameDestinationAs(hongKong("1 Queen's Road", "Kowloon")));
  }

  @Test
  void isSameDestinationAs_differentKinds_neverSame_andEqualValuesAlwaysSame() {
    assertFalse(MOBILE_EASTERN.isSameDestinationAs(EMAIL));
    assertFalse(EMAIL.isSameDestinationAs(HOME_PACIFIC));
    assertFalse(HOME_PACIFIC.isSameDestinationAs(MOBILE_EASTERN));
    for (ContactPoint point : List.<ContactPoint>of(MOBILE_EASTERN, EMAIL, HOME_PACIFIC)) {
      assertTrue(point.isSameDestinationAs(point), point.toString());
    }
  }

  /** A home address in Pacific time, region CA. */
  private static PostalAddress address(
      List<String> lines, String city, String postalCode, String country) {
    return PostalAddress.builder()
        .type(AddressType.HOME)
        .addAllLines(lines)
        .city(city)
        .region("CA")
        .postalCode(postalCode)
        .country(country)
        .zone(PACIFIC)
        .build();
  }

  private static PostalAddress ukAddress(String postalCode, String city) {
    return PostalAddress.builder()
        .type(AddressType.HOME)
        .addLines("10 Downing Street")
        .city(city)
        .region("")
        .postalCode(postalCode)
        .country("GB")
        .zone(ZoneId.of("Europe/London"))
        .build();
  }

  private static PostalAddress hongKong(String line, String city) {
    return PostalAddress.builder()
        .type(AddressType.HOME)
        .addLines(line)
        .city(city)
        .region("")
        .postalCode("")
        .country("HK")
        .zone(ZoneId.of("Asia/Hong_Kong"))
        .build();
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
