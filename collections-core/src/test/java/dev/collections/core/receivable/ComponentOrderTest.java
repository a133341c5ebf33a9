package dev.collections.core.receivable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentOrderTest {

  @Test
  void feesInterestPrincipalCosts_isTheUsualWaterfallWithCostsLast() {
    assertEquals(
        List.of(Component.FEES, Component.INTEREST, Component.PRINCIPAL, Component.COSTS),
        ComponentOrder.feesInterestPrincipalCosts().components());
  }

  @Test
  void pays_onlyListedComponents() {
    ComponentOrder principalOnly = ComponentOrder.of(Component.PRINCIPAL);
    assertTrue(principalOnly.pays(Component.PRINCIPAL));
    assertFalse(principalOnly.pays(Component.FEES));
  }

  @Test
  void empty_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ComponentOrder.of());
    assertEquals("component order must not be empty: []", e.getMessage());
  }

  @Test
  void repeatedComponent_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ComponentOrder.of(Component.FEES, Component.INTEREST, Component.FEES));
    assertEquals(
        "component order must not repeat a component: FEES in [FEES, INTEREST, FEES]",
        e.getMessage());
  }

  @Test
  void equalsAndHashCode_byComponentsInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            ComponentOrder.of(Component.FEES, Component.PRINCIPAL),
            ComponentOrder.of(Component.FEES, Component.PRINCIPAL))
        .addEqualityGroup(ComponentOrder.of(Component.PRINCIPAL, Component.FEES))
        .addEqualityGroup(ComponentOrder.of(Component.PRINCIPAL))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ComponentOrder.class);
    tester.testAllPublicInstanceMethods(ComponentOrder.feesInterestPrincipalCosts());
  }
}
