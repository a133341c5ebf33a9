package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.ATTORNEY;
import static dev.collections.core.debtor.Fixtures.CONSUMER;
import static dev.collections.core.debtor.Fixtures.DEBTOR_NAME;
import static dev.collections.core.debtor.Fixtures.EASTERN;
import static dev.collections.core.debtor.Fixtures.EMAIL;
import static dev.collections.core.debtor.Fixtures.HOME_PACIFIC;
import static dev.collections.core.debtor.Fixtures.INV_1;
import static dev.collections.core.debtor.Fixtures.LANDLINE_MOUNTAIN;
import static dev.collections.core.debtor.Fixtures.MOBILE_EASTERN;
import static dev.collections.core.debtor.Fixtures.MOUNTAIN;
import static dev.collections.core.debtor.Fixtures.NEIGHBOUR;
import static dev.collections.core.debtor.Fixtures.PACIFIC;
import static dev.collections.core.debtor.Fixtures.SPOUSE;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T1;
import static dev.collections.core.debtor.Fixtures.T2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebtorTest {

  private static Debtor.Builder bare() {
    return Debtor.builder()
        .id(DebtorId.of("D-1"))
        .kind(DebtorKind.CONSUMER)
        .displayName(DEBTOR_NAME);
  }

  private static MediumOptOut stopCalling(PersonId person) {
    return MediumOptOut.builder().personId(person).medium(Medium.TELEPHONE).knownAt(T0).build();
  }

  private static AttorneyRepresentation representedBy(PersonId attorney) {
    return AttorneyRepresentation.builder()
        .debts(DebtScope.allDebts())
        .attorneyId(attorney)
        .nameAndAddressKnown(true)
        .knownAt(T0)
        .build();
  }

  @Test
  void candidateZones_easternMobileAndPacificAddress_bothZones() {
    // Comment 6(b)(1)(i)-2: an Eastern mobile and a Pacific address suggest both zones.
    Debtor debtor = bare().addPhones(MOBILE_EASTERN).addAddresses(HOME_PACIFIC).build();
    assertEquals(List.of(EASTERN, PACIFIC), List.copyOf(debtor.candidateZones()));
  }

  @Test
  void candidateZones_easternMobileAndMountainLandline_bothZones() {
    Debtor debtor = bare().addPhones(MOBILE_EASTERN, LANDLINE_MOUNTAIN).build();
    assertEquals(List.of(EASTERN, MOUNTAIN), List.copyOf(debtor.candidateZones()));
  }

  @Test
  void candidateZones_phonesThenAddressesThenExplicit_withoutRepeats() {
    ZoneId phoenix = ZoneId.of("America/Phoenix");
    Debtor debtor =
        bare()
            .addExplicitZones(phoenix, EASTERN)
            .addAddresses(HOME_PACIFIC)
            .addPhones(Phone.of("+15555550100", PhoneType.VOIP), MOBILE_EASTERN)
            .addEmails(EMAIL)
            .build();
    assertEquals(List.of(EASTERN, PACIFIC, phoenix), List.copyOf(debtor.candidateZones()));
  }

  @Test
  void candidateZones_noLocation_empty() {
    Debtor debtor =
        bare().addEmails(EMAIL).addPhones(Phone.of("+15555550100", PhoneType.MOBILE)).build();
    assertEquals(Set.of(), debtor.candidateZones());
  }

  @Test
  void candidateZones_personsContactPointsDoNotCount() {
    Debtor debtor = bare().addPersons(Fixtures.attorney()).build();
    assertEquals(Set.of(), debtor.candidateZones());
  }

  @Test
  void personId_defaultsToTheDebtorId_andMayBeSet() {
    assertEquals(CONSUMER, bare().build().personId());
    Debtor own = bare().personId(PersonId.of("P-MAIN")).build();
    assertEquals(PersonId.of("P-MAIN"), own.personId());
    PersonId main = PersonId.of("P-MAIN");
    assertTrue(
        own.withEvent(stopCalling(main))
            .statusAsOf(T0)
            .isOptedOutOfWholeMedium(main, Medium.TELEPHONE));
    assertThrows(IllegalArgumentException.class, () -> own.withEvent(stopCalling(CONSUMER)));
  }

  @Test
  void contactPointsAndPersonLookup() {
    Debtor debtor = Fixtures.consumer().build();
    assertEquals(List.of(MOBILE_EASTERN, EMAIL, HOME_PACIFIC), debtor.contactPoints());
    assertEquals(Optional.of(Fixtures.spouse()), debtor.person(SPOUSE));
    assertEquals(Optional.empty(), debtor.person(CONSUMER));
  }

  @Test
  void withEvent_appendsACopy() {
    Debtor debtor = Fixtures.consumer().build();
    Debtor withOptOut = debtor.withEvent(stopCalling(CONSUMER));
    assertEquals(List.of(stopCalling(CONSUMER)), withOptOut.events());
    assertEquals(List.of(), debtor.events());
    assertEquals(Fixtures.consumerWith(stopCalling(CONSUMER)), withOptOut);
  }

  @Test
  void toString_withholdsNameNumbersAndAddresses() {
    Debtor debtor =
        Fixtures.consumer()
            .addPhones(LANDLINE_MOUNTAIN)
            .addEvent(
                MediumOptOut.builder()
                    .personId(CONSUMER)
                    .medium(Medium.TEXT_MESSAGE)
                    .contactPoint(MOBILE_EASTERN)
                    .knownAt(T0)
                    .build())
            .build();
    String text = debtor.toString();
    assertEquals(
        "Debtor{id=D-1, kind=CONSUMER, phones=2, emails=1, addresses=1, persons=2, events=1,"
            + " candidateZones=[America/New_York, America/Denver, America/Los_Angeles]}",
        text);
    for (String secret :
        List.of(
            DEBTOR_NAME,
            Fixtures.MOBILE_NUMBER,
            Fixtures.LANDLINE_NUMBER,
            Fixtures.EMAIL_ADDRESS,
            Fixtures.STREET,
            Fixtures.CITY,
            Fixtures.SPOUSE_NAME,
            Fixtures.ATTORNEY_NAME)) {
      assertFalse(text.contains(secret), secret);
      String status = debtor.statusAsOf(T1).toString();
      assertFalse(status.contains(secret), status);
    }
  }

  @Test
  void blankDisplayName_rejectedWithoutShowingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Debtor.builder()
                    .id(DebtorId.of("D-1"))
                    .kind(DebtorKind.COMMERCIAL)
                    .displayName("")
                    .build());
    assertEquals("debtor display name must not be blank", e.getMessage());
  }

  @Test
  void duplicatePersonIds_rejected() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> bare().addPersons(Fixtures.spouse(), Fixtures.spouse()).build());
    assertEquals(
        "person ids must be unique within a debtor, the debtor's own included: P-SPOUSE",
        twice.getMessage());
    IllegalArgumentException debtorsOwn =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                bare()
                    .addPersons(
                        Person.builder()
                            .id(CONSUMER)
                            .role(PersonRole.GUARDIAN)
                            .displayName("Guardian")
                            .build())
                    .build());
    assertEquals(
        "person ids must be unique within a debtor, the debtor's own included: D-1",
        debtorsOwn.getMessage());
  }

  @Test
  void personInTheConsumerRole_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                bare()
                    .addPersons(
                        Person.builder()
                            .id(PersonId.of("P-2"))
                            .role(PersonRole.CONSUMER)
                            .displayName("Someone")
                            .build())
                    .build());
    assertEquals(
        "the persons of a debtor are the people around the consumer, not the consumer:"
            + " P-2 has role CONSUMER",
        e.getMessage());
  }

  @Test
  void eventNamingAnUnknownPerson_rejected() {
    IllegalArgumentException optOut =
        assertThrows(
            IllegalArgumentException.class, () -> Fixtures.consumerWith(stopCalling(NEIGHBOUR)));
    assertEquals(
        "a status event must name the debtor or one of its persons: MEDIUM_OPT_OUT names"
            + " P-NEIGHBOUR",
        optOut.getMessage());
    Consent thirdParty =
        Consent.builder()
            .scope(ConsentScope.THIRD_PARTY_COMMUNICATION)
            .personId(CONSUMER)
            .thirdPartyId(NEIGHBOUR)
            .debts(DebtScope.ofDebt(INV_1))
            .knownAt(T0)
            .build();
    IllegalArgumentException consent =
        assertThrows(IllegalArgumentException.class, () -> Fixtures.consumerWith(thirdParty));
    assertEquals(
        "a status event must name the debtor or one of its persons: CONSENT names P-NEIGHBOUR",
        consent.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Fixtures.consumer().build().withEvent(stopCalling(NEIGHBOUR)));
  }

  @Test
  void attorneyNotInTheAttorneyRole_rejected() {
    IllegalArgumentException spouse =
        assertThrows(
            IllegalArgumentException.class, () -> Fixtures.consumerWith(representedBy(SPOUSE)));
    assertEquals(
        "an attorney representation must name a person in the role CONSUMER_ATTORNEY:"
            + " P-SPOUSE is SPOUSE",
        spouse.getMessage());
    IllegalArgumentException debtor =
        assertThrows(
            IllegalArgumentException.class, () -> Fixtures.consumerWith(representedBy(CONSUMER)));
    assertEquals(
        "an attorney representation must name a person in the role CONSUMER_ATTORNEY:"
            + " D-1 is the debtor",
        debtor.getMessage());
    assertTrue(
        Fixtures.consumerWith(representedBy(ATTORNEY))
            .statusAsOf(T0)
            .isRepresentedByAttorney(INV_1));
  }

  @Test
  void missingRequiredField_rejected() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Debtor.builder().id(DebtorId.of("D")).build());
    assertTrue(String.valueOf(e.getMessage()).contains("displayName"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> bare().kind(DebtorKind.COMMERCIAL));
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(Fixtures.consumer().build(), Fixtures.consumer().build())
        .addEqualityGroup(bare().build(), bare().personId(CONSUMER).build())
        .addEqualityGroup(bare().addExplicitZones(EASTERN).build())
        .addEqualityGroup(Fixtures.consumerWith(stopCalling(CONSUMER)))
        .addEqualityGroup(
            Fixtures.consumerWith(stopCalling(CONSUMER), stopCalling(SPOUSE)),
            Fixtures.consumer()
                .build()
                .withEvent(stopCalling(CONSUMER))
                .withEvent(stopCalling(SPOUSE)))
        .testEquals();
    assertFalse(
        Fixtures.consumerWith(stopCalling(CONSUMER), stopCalling(SPOUSE))
            .equals(Fixtures.consumerWith(stopCalling(SPOUSE), stopCalling(CONSUMER))));
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester()
        .setDefault(StatusEvent.class, stopCalling(CONSUMER))
        .testAllPublicStaticMethods(Debtor.class);
    Fixtures.nullTester()
        .setDefault(StatusEvent.class, stopCalling(CONSUMER))
        .testAllPublicInstanceMethods(Fixtures.consumerWith(representedBy(ATTORNEY)));
    assertTrue(Fixtures.consumer().build().statusAsOf(T2).optOuts().isEmpty());
  }
}
