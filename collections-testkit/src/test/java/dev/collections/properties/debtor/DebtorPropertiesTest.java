package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.debtor.Bankruptcy;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.Death;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorStatus;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.Medium;
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

/**
 * What the snapshot of a debtor's status promises: only events known and not ended are in it, a
 * later-known event changes nothing earlier, adding an event only adds, and what never ends stays.
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
              String text = debtor + " " + debtor.statusAsOf(asOf) + " " + debtor.events();
              for (String secret : secrets(debtor)) {
                assertFalse(text.contains(secret), secret);
              }
            });
  }

  private static List<String> secrets(Debtor debtor) {
    List<String> secrets = new ArrayList<>();
    secrets.add(debtor.displayName());
    List<ContactPoint> points = new ArrayList<>(debtor.contactPoints());
    for (Person person : debtor.persons()) {
      secrets.add(person.displayName());
      points.addAll(person.contactPoints());
    }
    for (StatusEvent event : debtor.events()) {
      if (event instanceof Bankruptcy b) {
        b.caseNumber().ifPresent(secrets::add);
      }
    }
    for (ContactPoint point : points) {
      if (point instanceof Phone phone) {
        secrets.add(phone.number());
      } else if (point instanceof Email email) {
        secrets.add(email.address());
      } else if (point instanceof PostalAddress address) {
        secrets.addAll(address.lines());
        secrets.add(address.city());
      }
    }
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
