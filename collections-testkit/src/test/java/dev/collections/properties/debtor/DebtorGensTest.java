package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorKind;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.EmailType;
import dev.collections.core.debtor.Person;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PhoneType;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.debtor.StatusEvent;
import dev.collections.core.debtor.StatusEventKind;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The debtor generators: their edge cases, their spread, and their null checks. */
class DebtorGensTest {

  @Test
  void debtors_edgeCasesIncludeAnEmptyDebtorAndOneWithEveryKindOfEvent() {
    List<Debtor> edges = DebtorGens.debtors().edgeCases();
    assertEquals(2, edges.size());
    assertTrue(edges.get(0).events().isEmpty());
    assertTrue(edges.get(0).candidateZones().isEmpty());
    Set<StatusEventKind> kinds = EnumSet.noneOf(StatusEventKind.class);
    edges.get(1).events().forEach(e -> kinds.add(e.kind()));
    assertEquals(EnumSet.allOf(StatusEventKind.class), kinds);
  }

  @Test
  void debtors_spreadOverKindsPersonsAndEvents() {
    Set<DebtorKind> kinds = EnumSet.noneOf(DebtorKind.class);
    Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
    int[] maxEvents = {0};
    Property.forAll(DebtorGens.debtors())
        .check(
            d -> {
              kinds.add(d.kind());
              d.persons().forEach(p -> roles.add(p.role()));
              maxEvents[0] = Math.max(maxEvents[0], d.events().size());
            });
    assertEquals(EnumSet.allOf(DebtorKind.class), kinds);
    assertTrue(roles.contains(PersonRole.CONSUMER_ATTORNEY), roles.toString());
    assertTrue(!roles.contains(PersonRole.CONSUMER), roles.toString());
    assertTrue(maxEvents[0] >= 10, "most events in one debtor: " + maxEvents[0]);
  }

  @Test
  void statusEvents_withoutAnAttorney_neverARepresentation() {
    Debtor noAttorney =
        Debtor.builder()
            .id(DebtorId.of("D-9"))
            .kind(DebtorKind.CONSUMER)
            .displayName("Wystan Zindel")
            .build();
    Property.forAll(DebtorGens.statusEvents(noAttorney))
        .check(e -> assertTrue(e.kind() != StatusEventKind.ATTORNEY_REPRESENTATION));
  }

  @Test
  void consents_noPersons_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DebtorGens.consents(List.of()));
    assertEquals("personIds must not be empty: []", e.getMessage());
  }

  @Test
  void sameDestinations_edgeCaseIsThePoint_andDrawsVaryEverythingButTheDestination() {
    Phone phone = Phone.of("+12025550143", PhoneType.MOBILE);
    assertEquals(List.of(phone), DebtorGens.sameDestinations(phone).edgeCases());
    Set<PhoneType> types = EnumSet.noneOf(PhoneType.class);
    Set<Boolean> zoned = new HashSet<>();
    Property.forAll(DebtorGens.sameDestinations(phone))
        .check(
            p -> {
              Phone same = (Phone) p;
              assertEquals(phone.number(), same.number());
              types.add(same.type());
              zoned.add(same.areaCodeZone().isPresent());
            });
    assertEquals(EnumSet.allOf(PhoneType.class), types);
    assertEquals(Set.of(true, false), zoned);

    PostalAddress address = DebtorGens.postalAddresses().edgeCases().get(1);
    Set<Integer> lineCounts = new HashSet<>();
    Set<String> postalCodes = new HashSet<>();
    Set<String> cities = new HashSet<>();
    Property.forAll(DebtorGens.sameDestinations(address))
        .check(
            p -> {
              PostalAddress same = (PostalAddress) p;
              lineCounts.add(same.lines().size());
              postalCodes.add(same.postalCode());
              cities.add(same.city());
            });
    assertEquals(Set.of(3, 4), lineCounts);
    assertTrue(postalCodes.contains("96799"), postalCodes.toString());
    assertTrue(postalCodes.contains("96799 4242"), postalCodes.toString());
    assertTrue(cities.size() > 1, cities.toString());

    Email email = Email.of("wystan.q@employer.example", EmailType.WORK);
    Set<String> spellings = new HashSet<>();
    Property.forAll(DebtorGens.sameDestinations(email))
        .check(p -> spellings.add(((Email) p).address()));
    assertTrue(spellings.size() > 100, "spellings: " + spellings.size());
    spellings.forEach(a -> assertTrue(a.equalsIgnoreCase(email.address()), a));
  }

  @Test
  void factories_rejectNulls() {
    PersonId id = PersonId.of("D-1");
    Person attorney =
        Person.builder()
            .id(PersonId.of("P-1"))
            .role(PersonRole.CONSUMER_ATTORNEY)
            .displayName("Ysolde Zindel")
            .build();
    new NullPointerTester()
        .setDefault(PersonId.class, id)
        .setDefault(List.class, List.of(id))
        .setDefault(
            Debtor.class,
            Debtor.builder()
                .id(DebtorId.of("D-1"))
                .kind(DebtorKind.CONSUMER)
                .displayName("Wystan Zindel")
                .addPersons(attorney)
                .build())
        .setDefault(StatusEvent.class, DebtorGens.debtors().edgeCases().get(1).events().get(0))
        .setDefault(ContactPoint.class, Phone.of("+12025550143", PhoneType.MOBILE))
        .testAllPublicStaticMethods(DebtorGens.class);
  }
}
