package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.INV_1;
import static dev.collections.core.debtor.Fixtures.INV_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DebtScopeTest {

  @Test
  void covers_allDebts_coversAnyDebt() {
    DebtScope all = DebtScope.allDebts();
    assertTrue(all.isAllDebts());
    assertTrue(all.covers(INV_1));
    assertTrue(all.covers("a debt placed later"));
    assertEquals(Set.of(), all.debtIds());
  }

  @Test
  void covers_namedDebts_coversOnlyThose() {
    DebtScope scope = DebtScope.of(List.of(INV_2, INV_1, INV_2));
    assertFalse(scope.isAllDebts());
    assertTrue(scope.covers(INV_1));
    assertTrue(scope.covers(INV_2));
    assertFalse(scope.covers("INV-3"));
    assertFalse(scope.covers("inv-1"));
    assertEquals(List.of(INV_1, INV_2), List.copyOf(scope.debtIds()));
  }

  @Test
  void ofDebt_oneDebt() {
    DebtScope scope = DebtScope.ofDebt(INV_1);
    assertTrue(scope.covers(INV_1));
    assertFalse(scope.covers(INV_2));
    assertEquals(DebtScope.of(Set.of(INV_1)), scope);
  }

  @Test
  void toString_showsTheIdentifiers() {
    assertEquals("DebtScope{allDebts}", DebtScope.allDebts().toString());
    assertEquals(
        "DebtScope{debtIds=[INV-1, INV-2]}", DebtScope.of(List.of(INV_2, INV_1)).toString());
  }

  @Test
  void of_noDebts_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DebtScope.of(List.of()));
    assertEquals(
        "a debt scope must name at least one debt, or cover all debts: []", e.getMessage());
  }

  @Test
  void of_badIdentifier_rejected() {
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> DebtScope.ofDebt(" "));
    assertEquals("debt id must not be blank: \" \"", blank.getMessage());
    IllegalArgumentException padded =
        assertThrows(IllegalArgumentException.class, () -> DebtScope.of(List.of(INV_1, " INV-2")));
    assertEquals("debt id must not start or end with whitespace: \" INV-2\"", padded.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(DebtScope.allDebts(), DebtScope.allDebts())
        .addEqualityGroup(DebtScope.ofDebt(INV_1), DebtScope.of(List.of(INV_1, INV_1)))
        .addEqualityGroup(DebtScope.of(List.of(INV_1, INV_2)), DebtScope.of(Set.of(INV_2, INV_1)))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(DebtScope.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(DebtScope.ofDebt(INV_1));
    Fixtures.nullTester().testAllPublicInstanceMethods(DebtScope.allDebts());
  }
}
