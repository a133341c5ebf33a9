package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.debtor.Bankruptcy;
import dev.collections.core.debtor.Consent;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.Death;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorStatus;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.InconvenientPlace;
import dev.collections.core.debtor.Medium;
import dev.collections.core.debtor.MediumOptOut;
import dev.collections.core.debtor.Person;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.debtor.StatusEvent;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What the snapshot of a debtor's status promises: only events known and not ended are in it, a
 * later-known event changes nothing earlier, adding an event only adds, and what never ends stays.
 * And what the debtor values promise about personal data: no {@code toString} and no message of a
 * rejected input shows a name, number, email address, street line, city, postal code or case
 * number.
 */
class DebtorPropertiesTest {

  /** The debts every property asks about: the generated ones and one no scope names. */
  private static final List<String> ASKED_DEBTS = askedDebts();

  record WithEvent(Debtor debtor, StatusEvent event, Instant asOf) {}

  record TwoInstants(Debtor debtor, Instant earlier, Instant later) {}

  /** A debtor, an event for it, and an as-of instant strictly before the event is known. */
  private static final Gen<WithEvent> LATER_EVENTS =
      DebtorGens.debtors()
          .flatMap(
              debtor ->
                  Gen.zip(
                      DebtorGens.statusEvents(debtor),
                      Gen.longs(0, 10L * 366 * 86_400),
                      (event, seconds) ->
                          new WithEvent(
                              debtor, event, event.knownAt().minusSeconds(seconds).minusNanos(1))));

  /** A debtor, an event for it, and any instant. */
  private static final Gen<WithEvent> ANY_EVENTS =
      DebtorGens.debtors()
          .flatMap(
              debtor ->
                  Gen.zip(
                      DebtorGens.statusEvents(debtor),
                      DebtorGens.instants(),
                      (event, asOf) -> new WithEvent(debtor, event, asOf)));

  private static final Gen<TwoInstants> TWO_INSTANTS =
      Gen.zip(
          DebtorGens.debtors(),
          DebtorGens.instants(),
          DebtorGens.instants(),
          (debtor, a, b) ->
              a.isAfter(b) ? new TwoInstants(debtor, b, a) : new TwoInstants(debtor, a, b));

  @Test
  void eventKnownAfterTheAsOfInstant_neverChangesTheStatus() {
    Property.forAll(LATER_EVENTS)
        .check(
            c ->
                assertEquals(
                    c.debtor().statusAsOf(c.asOf()),
                    c.debtor().withEvent(c.event()).statusAsOf(c.asOf())));
  }

  @Test
  void addingAnEvent_neverRemovesWhatWasInForce() {
    Property.forAll(ANY_EVENTS)
        .check(
            c -> {
              DebtorStatus before = c.debtor().statusAsOf(c.asOf());
              DebtorStatus after = c.debtor().withEvent(c.event()).statusAsOf(c.asOf());
              assertTrue(after.representations().containsAll(before.representations()));
              assertTrue(after.ceaseRequests().containsAll(before.ceaseRequests()));
              assertTrue(after.disputes().containsAll(before.disputes()));
              assertTrue(after.bankruptcies().containsAll(before.bankruptcies()));
              assertTrue(after.militaryService().containsAll(before.militaryService()));
              assertTrue(after.inconvenientTimes().containsAll(before.inconvenientTimes()));
              assertTrue(after.inconvenientPlaces().containsAll(before.inconvenientPlaces()));
              assertTrue(after.optOuts().containsAll(before.optOuts()));
              assertTrue(after.consents().containsAll(before.consents()));
              assertTrue(!before.isDeceased() || after.isDeceased());
              for (String debt : ASKED_DEBTS) {
                assertTrue(!before.hasCeased(debt) || after.hasCeased(debt), debt);
                assertTrue(!before.isDisputed(debt) || after.isDisputed(debt), debt);
                assertTrue(
                    !before.isRepresentedByAttorney(debt) || after.isRepresentedByAttorney(debt),
                    debt);
              }
              for (PersonId person : personIds(c.debtor())) {
                for (Medium medium : Medium.values()) {
                  assertTrue(
                      !before.isOptedOutOfWholeMedium(person, medium)
                          || after.isOptedOutOfWholeMedium(person, medium));
                  assertTrue(
                      !before.hasAnyOptOut(person, medium) || after.hasAnyOptOut(person, medium));
                  assertTrue(
                      !before.isOptedOutOfWholeMedium(person, medium)
                          || before.hasAnyOptOut(person, medium));
                }
              }
            });
  }

  @Test
  void whatNeverEnds_staysOnceKnown() {
    Property.forAll(TWO_INSTANTS)
        .check(
            c -> {
              DebtorStatus earlier = c.debtor().statusAsOf(c.earlier());
              DebtorStatus later = c.debtor().statusAsOf(c.later());
              assertTrue(later.ceaseRequests().containsAll(earlier.ceaseRequests()));
              assertTrue(later.bankruptcies().containsAll(earlier.bankruptcies()));
              assertTrue(later.militaryService().containsAll(earlier.militaryService()));
              assertTrue(!earlier.isDeceased() || later.isDeceased());
              for (String debt : ASKED_DEBTS) {
                assertTrue(!earlier.hasCeased(debt) || later.hasCeased(debt), debt);
              }
            });
  }

  @Test
  void status_holdsExactlyTheEventsInForce() {
    Property.forAll(DebtorGens.debtors(), DebtorGens.instants())
        .check(
            (debtor, asOf) -> {
              DebtorStatus status = debtor.statusAsOf(asOf);
              assertEquals(asOf, status.asOf());
              List<StatusEvent> inForce = new ArrayList<>();
              Optional<Death> latestDeath = Optional.empty();
              for (StatusEvent event : debtor.events()) {
                if (!event.isInForceAt(asOf)) {
                  continue;
                }
                if (event instanceof Death death) {
                  if (latestDeath.isEmpty()
                      || !death.knownAt().isBefore(latestDeath.get().knownAt())) {
                    latestDeath = Optional.of(death);
                  }
                } else {
                  inForce.add(event);
                }
              }
              assertEquals(latestDeath, status.death());
              List<StatusEvent> listed = new ArrayList<>();
              listed.addAll(status.representations());
              listed.addAll(status.ceaseRequests());
              listed.addAll(status.disputes());
              listed.addAll(status.bankruptcies());
              listed.addAll(status.militaryService());
              listed.addAll(status.inconvenientTimes());
              listed.addAll(status.inconvenientPlaces());
              listed.addAll(status.optOuts());
              listed.addAll(status.consents());
              assertEquals(inForce.size(), listed.size());
              assertTrue(inForce.containsAll(listed));
              assertTrue(listed.containsAll(inForce));
              for (StatusEvent event : listed) {
                assertFalse(event.knownAt().isAfter(asOf), event.toString());
              }
            });
  }

  @Test
  void statusBeforeAnyEventIsKnown_isEmpty() {
    Property.forAll(DebtorGens.debtors())
        .check(
            debtor -> {
              Instant before = DebtorGens.FIRST_INSTANT.minusNanos(1);
              DebtorStatus status = debtor.statusAsOf(before);
              assertEquals(
                  Debtor.builder()
                      .id(debtor.id())
                      .kind(debtor.kind())
                      .displayName(debtor.displayName())
                      .build()
                      .statusAsOf(before),
                  status);
            });
  }

  @Test
  void candidateZones_areTheContactPointAndExplicitZones_andNothingElse() {
    Property.forAll(DebtorGens.debtors())
        .check(
            debtor -> {
              Set<ZoneId> zones = debtor.candidateZones();
              Set<ZoneId> expected = new LinkedHashSet<>();
              for (ContactPoint point : debtor.contactPoints()) {
                point.suggestedZone().ifPresent(z -> assertTrue(zones.contains(z), z.toString()));
                point.suggestedZone().ifPresent(expected::add);
              }
              for (ZoneId zone : debtor.explicitZones()) {
                assertTrue(zones.contains(zone), zone.toString());
              }
              expected.addAll(debtor.explicitZones());
              assertEquals(expected, zones);
              // Phones first, then addresses, then explicit zones, without repeats.
              Set<ZoneId> ordered = new LinkedHashSet<>();
              debtor.phones().forEach(p -> p.areaCodeZone().ifPresent(ordered::add));
              debtor.addresses().forEach(a -> ordered.add(a.zone()));
              ordered.addAll(debtor.explicitZones());
              assertEquals(List.copyOf(ordered), List.copyOf(zones));
            });
  }

  @Test
  void debtor_roundTripsThroughItsBuilder() {
    Property.forAll(DebtorGens.debtors())
        .check(
            debtor -> {
              Debtor rebuilt = Rebuild.debtor(debtor);
              assertEquals(debtor, rebuilt);
              assertEquals(debtor.hashCode(), rebuilt.hashCode());
              assertEquals(debtor.toString(), rebuilt.toString());
            });
  }

  @Test
  void toString_neverShowsNamesNumbersOrAddresses() {
    Property.forAll(DebtorGens.debtors(), DebtorGens.instants())
        .check(
            (debtor, asOf) -> {
              StringBuilder text = new StringBuilder();
              text.append(debtor).append(' ').append(debtor.statusAsOf(asOf));
              for (StatusEvent event : debtor.events()) {
                text.append(' ').append(event);
              }
              for (Person person : debtor.persons()) {
                text.append(' ').append(person);
              }
              for (ContactPoint point : contactPoints(debtor)) {
                text.append(' ').append(point);
              }
              List<String> secrets = secrets(debtor);
              assertFalse(secrets.isEmpty());
              for (String secret : secrets) {
                assertFalse(text.toString().contains(secret), secret);
              }
            });
  }

  @Test
  void rejectedInputs_messagesNeverShowNamesNumbersOrAddresses() {
    Property.forAll(REJECTIONS)
        .check(
            r -> {
              IllegalArgumentException e =
                  assertThrows(IllegalArgumentException.class, r.build(), r.what());
              String message = String.valueOf(e.getMessage());
              assertEquals(r.message(), message, r.what());
              for (String secret : r.secrets()) {
                assertFalse(message.contains(secret), r.what() + ": " + secret);
              }
            });
  }

  /** An input the library must reject, the message it must give, and what it must not show. */
  record Rejection(String what, Executable build, String message, List<String> secrets) {}

  private static final String BAD_COUNTRY =
      "country must be an ISO 3166-1 alpha-2 code in capitals, such as US (value withheld)";

  private static final String BAD_NUMBER =
      "phone number must be in E.164 form, + then 7 to 15 digits (value withheld)";

  private static final String BAD_EMAIL =
      "email address must be local-part@domain.tld without whitespace (value withheld)";

  /**
   * Rejected inputs built from generated personal data: a country that is really a street line, the
   * city or the postal code (fields mis-mapped by the host); blank lines and cities; too many
   * lines; numbers and email addresses a typist could produce; blank names of debtors and persons
   * that hold contact points.
   */
  private static final Gen<Rejection> REJECTIONS =
      Gen.oneOf(
          List.of(
              Gen.zip(
                  DebtorGens.postalAddresses(),
                  Gen.integers(0, 4),
                  DebtorPropertiesTest::badCountry),
              Gen.zip(
                  DebtorGens.postalAddresses(),
                  Gen.integers(0, 3),
                  Gen.elements("", " ", "\t", " \n "),
                  DebtorPropertiesTest::blankLineOrCity),
              Gen.zip(
                  DebtorGens.phones(),
                  Gen.integers(0, 3),
                  DebtorGens.displayNames(),
                  DebtorPropertiesTest::badNumber),
              Gen.zip(DebtorGens.emails(), Gen.integers(0, 3), DebtorPropertiesTest::badEmail),
              DebtorGens.debtors().map(DebtorPropertiesTest::blankNames)));

  private static Rejection badCountry(PostalAddress address, int pick) {
    String country =
        switch (pick) {
          case 0 -> address.lines().get(0);
          case 1 -> address.city();
          case 2 -> address.postalCode();
          case 3 -> "us";
          default -> "USA";
        };
    return new Rejection(
        "country " + pick,
        () -> copy(address, address.lines(), address.city(), country),
        BAD_COUNTRY,
        secrets(List.of(address)));
  }

  private static Rejection blankLineOrCity(PostalAddress address, int pick, String blank) {
    List<String> lines = new ArrayList<>(address.lines());
    if (pick == 0) {
      return new Rejection(
          "blank city",
          () -> copy(address, lines, blank, address.country()),
          "city must not be blank",
          secrets(List.of(address)));
    }
    if (pick == 1) {
      while (lines.size() < 5) {
        lines.add(address.lines().get(0));
      }
      return new Rejection(
          "five lines",
          () -> copy(address, lines, address.city(), address.country()),
          "an address must have one to four lines: 5",
          secrets(List.of(address)));
    }
    int at = pick == 2 ? 0 : lines.size() - 1;
    lines.set(at, blank);
    return new Rejection(
        "blank line " + (at + 1),
        () -> copy(address, lines, address.city(), address.country()),
        "address line " + (at + 1) + " must not be blank",
        secrets(List.of(address)));
  }

  private static Rejection badNumber(Phone phone, int pick, String name) {
    String number = phone.number();
    String typed =
        switch (pick) {
          case 0 -> number.substring(1);
          case 1 -> number.substring(0, 2) + " " + number.substring(2);
          case 2 -> "00" + number.substring(1);
          default -> number + " " + name;
        };
    List<String> secrets = new ArrayList<>(secrets(List.of(phone)));
    secrets.add(number.substring(1));
    secrets.add(typed);
    secrets.add(name);
    return new Rejection(
        "number " + pick, () -> Phone.of(typed, phone.type()), BAD_NUMBER, secrets);
  }

  private static Rejection badEmail(Email email, int pick) {
    String address = email.address();
    String typed =
        switch (pick) {
          case 0 -> address.replace("@", " at ");
          case 1 -> address.replace("@", "");
          case 2 -> address + ".";
          default -> " " + address;
        };
    List<String> secrets = new ArrayList<>(secrets(List.of(email)));
    secrets.add(typed.strip());
    return new Rejection("email " + pick, () -> Email.of(typed, email.type()), BAD_EMAIL, secrets);
  }

  private static Rejection blankNames(Debtor debtor) {
    List<String> secrets = secrets(debtor);
    if (debtor.persons().isEmpty()) {
      return new Rejection(
          "blank debtor name",
          () ->
              Debtor.builder()
                  .id(debtor.id())
                  .kind(debtor.kind())
                  .displayName(" ")
                  .addAllPhones(debtor.phones())
                  .addAllEmails(debtor.emails())
                  .addAllAddresses(debtor.addresses())
                  .build(),
          "debtor display name must not be blank",
          secrets);
    }
    Person person = debtor.persons().get(0);
    return new Rejection(
        "blank person name",
        () ->
            Person.builder()
                .id(person.id())
                .role(person.role())
                .displayName("")
                .addAllPhones(person.phones())
                .addAllEmails(person.emails())
                .addAllAddresses(person.addresses())
                .build(),
        "person display name must not be blank",
        secrets);
  }

  private static PostalAddress copy(
      PostalAddress address, List<String> lines, String city, String country) {
    return PostalAddress.builder()
        .type(address.type())
        .addAllLines(lines)
        .city(city)
        .region(address.region())
        .postalCode(address.postalCode())
        .country(country)
        .zone(address.zone())
        .build();
  }

  /** Every contact point of the debtor and of its persons, and those its events name. */
  private static List<ContactPoint> contactPoints(Debtor debtor) {
    List<ContactPoint> points = new ArrayList<>(debtor.contactPoints());
    for (Person person : debtor.persons()) {
      points.addAll(person.contactPoints());
    }
    for (StatusEvent event : debtor.events()) {
      if (event instanceof MediumOptOut o) {
        o.contactPoint().ifPresent(points::add);
      } else if (event instanceof InconvenientPlace p) {
        p.contactPoint().ifPresent(points::add);
      } else if (event instanceof Consent c) {
        c.contactPoint().ifPresent(points::add);
      }
    }
    return points;
  }

  private static List<String> secrets(Debtor debtor) {
    List<String> secrets = new ArrayList<>();
    secrets.add(debtor.displayName());
    for (Person person : debtor.persons()) {
      secrets.add(person.displayName());
    }
    for (StatusEvent event : debtor.events()) {
      if (event instanceof Bankruptcy b) {
        b.caseNumber().ifPresent(secrets::add);
      }
    }
    secrets.addAll(secrets(contactPoints(debtor)));
    return secrets;
  }

  /** The number, address, street lines, city and postal code of each contact point. */
  private static List<String> secrets(List<? extends ContactPoint> points) {
    List<String> secrets = new ArrayList<>();
    for (ContactPoint point : points) {
      if (point instanceof Phone phone) {
        secrets.add(phone.number());
      } else if (point instanceof Email email) {
        secrets.add(email.address());
      } else if (point instanceof PostalAddress address) {
        secrets.addAll(address.lines());
        secrets.add(address.city());
        secrets.add(address.postalCode());
      }
    }
    secrets.removeIf(String::isBlank);
    return secrets;
  }

  private static List<PersonId> personIds(Debtor debtor) {
    List<PersonId> ids = new ArrayList<>();
    ids.add(debtor.personId());
    debtor.persons().forEach(p -> ids.add(p.id()));
    return ids;
  }

  private static List<String> askedDebts() {
    List<String> debts = new ArrayList<>(DebtorGens.DEBT_IDS);
    debts.add("NEVER-NAMED");
    return List.copyOf(debts);
  }
}
