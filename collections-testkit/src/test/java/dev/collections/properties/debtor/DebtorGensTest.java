package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorKind;
import dev.collections.core.debtor.Person;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.StatusEvent;
import dev.collections.core.debtor.StatusEventKind;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import java.util.EnumSet;
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
        .testAllPublicStaticMethods(DebtorGens.class);
  }
}
