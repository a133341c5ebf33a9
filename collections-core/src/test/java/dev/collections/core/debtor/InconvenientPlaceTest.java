package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.CONSUMER;
import static dev.collections.core.debtor.Fixtures.EASTERN;
import static dev.collections.core.debtor.Fixtures.EMAIL;
import static dev.collections.core.debtor.Fixtures.HOME_PACIFIC;
import static dev.collections.core.debtor.Fixtures.LANDLINE_MOUNTAIN;
import static dev.collections.core.debtor.Fixtures.MOBILE_EASTERN;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T1;
import static dev.collections.core.debtor.Fixtures.WORK_EASTERN;
import static dev.collections.core.debtor.Fixtures.WORK_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class InconvenientPlaceTest {

  static InconvenientPlace.Builder place() {
    return InconvenientPlace.builder()
        .personId(CONSUMER)
        .source(DesignationSource.CONSUMER)
        .knownAt(T0);
  }

  @Test
  void covers_home_at31_blocksHomeMailAndLandline_notMobileOrEmail() {
    // AT-31: "don't contact me at home" (comments 6(b)(1)-1.iii, 6(b)(1)(ii)-1.i).
    InconvenientPlace home = place().placeType(AddressType.HOME).build();
    assertTrue(home.covers(HOME_PACIFIC));
    assertTrue(home.covers(LANDLINE_MOUNTAIN));
    assertFalse(home.covers(MOBILE_EASTERN));
    assertFalse(home.covers(EMAIL));
    assertFalse(home.covers(WORK_EASTERN));
    assertFalse(home.covers(WORK_PHONE));
    assertFalse(home.covers(Phone.of("+15555550100", PhoneType.VOIP)));
  }

  @Test
  void covers_work_blocksWorkAddressAndWorkPhone() {
    InconvenientPlace work = place().placeType(AddressType.WORK).build();
    assertTrue(work.covers(WORK_EASTERN));
    assertTrue(work.covers(WORK_PHONE));
    assertFalse(work.covers(HOME_PACIFIC));
    assertFalse(work.covers(LANDLINE_MOUNTAIN));
    assertFalse(work.covers(Email.of("z@employer.example", EmailType.WORK)));
  }

  @Test
  void covers_oneContactPoint_onlyThatOne() {
    InconvenientPlace thisAddress = place().contactPoint(HOME_PACIFIC).build();
    assertTrue(thisAddress.covers(Fixtures.address(AddressType.HOME, Fixtures.PACIFIC)));
    assertFalse(thisAddress.covers(nextDoor()));
    assertFalse(thisAddress.covers(LANDLINE_MOUNTAIN));
  }

  @Test
  void covers_oneContactPoint_sameDestinationWhateverItsTypeZoneOrSpelling() {
    // "Not at this address": the same place, recorded as a work address in another zone.
    InconvenientPlace thisAddress = place().contactPoint(HOME_PACIFIC).build();
    assertTrue(thisAddress.covers(Fixtures.address(AddressType.WORK, EASTERN)));
    assertTrue(
        thisAddress.covers(
            PostalAddress.builder()
                .type(AddressType.OTHER)
                .addLines(" 742 EVERGREEN  terrace")
                .city("springfield")
                .region("CA")
                .postalCode("90210")
                .country("US")
                .zone(Fixtures.PACIFIC)
                .build()));
    // "Not on this number": the work phone, later recorded as a landline with a zone.
    InconvenientPlace thisNumber = place().contactPoint(WORK_PHONE).build();
    assertTrue(
        thisNumber.covers(
            Phone.of(Fixtures.WORK_NUMBER, PhoneType.LANDLINE).withAreaCodeZone(EASTERN)));
    assertFalse(thisNumber.covers(LANDLINE_MOUNTAIN));
    InconvenientPlace thisEmail = place().contactPoint(EMAIL).build();
    assertTrue(thisEmail.covers(Email.of("ZEBULON.Q@example.com", EmailType.WORK)));
  }

  private static PostalAddress nextDoor() {
    return PostalAddress.builder()
        .type(AddressType.HOME)
        .addLines("744 Evergreen Terrace")
        .city(Fixtures.CITY)
        .region("CA")
        .postalCode("90210")
        .country("US")
        .zone(Fixtures.PACIFIC)
        .build();
  }

  @Test
  void isInForceAt_fromKnown_untilLiftedExclusive() {
    InconvenientPlace lifted = place().placeType(AddressType.WORK).liftedAt(T1).build();
    assertFalse(lifted.isInForceAt(T0.minusNanos(1)));
    assertTrue(lifted.isInForceAt(T0));
    assertFalse(lifted.isInForceAt(T1));
    assertEquals(lifted, place().placeType(AddressType.WORK).build().withLiftedAt(T1));
    assertEquals(StatusEventKind.INCONVENIENT_PLACE, lifted.kind());
  }

  @Test
  void bothOrNeitherPlace_rejected() {
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () -> place().placeType(AddressType.HOME).contactPoint(HOME_PACIFIC).build());
    assertEquals(
        "an inconvenient place is either a type of place or one contact point: both given",
        both.getMessage());
    IllegalArgumentException neither =
        assertThrows(IllegalArgumentException.class, () -> place().build());
    assertEquals(
        "an inconvenient place is either a type of place or one contact point: neither given",
        neither.getMessage());
  }

  @Test
  void liftedBeforeKnown_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> place().placeType(AddressType.HOME).liftedAt(T0.minusSeconds(1)).build());
    assertEquals(
        "an inconvenient-place designation must not end before it is known:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:59Z",
        e.getMessage());
  }

  @Test
  void toString_withholdsTheContactPoint() {
    String text = place().contactPoint(HOME_PACIFIC).build().toString();
    assertFalse(text.contains(Fixtures.STREET), text);
    assertFalse(text.contains(Fixtures.CITY), text);
    String phone = place().contactPoint(LANDLINE_MOUNTAIN).build().toString();
    assertFalse(phone.contains(Fixtures.LANDLINE_NUMBER), phone);
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            place().placeType(AddressType.HOME).build(),
            place().placeType(AddressType.HOME).build())
        .addEqualityGroup(place().placeType(AddressType.WORK).build())
        .addEqualityGroup(place().contactPoint(HOME_PACIFIC).build())
        .addEqualityGroup(place().placeType(AddressType.HOME).liftedAt(T1).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(InconvenientPlace.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(place().placeType(AddressType.HOME).build());
  }
}
