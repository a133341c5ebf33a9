package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.collections.core.debtor.DebtScope;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import org.junit.jupiter.api.Test;

/** A scope covers exactly the debts it names, or every debt; it round-trips. */
class DebtScopePropertiesTest {

  @Test
  void covers_exactlyTheNamedDebts_orAll() {
    Property.forAll(DebtorGens.debtScopes(), DebtorGens.debtIds())
        .check(
            (scope, debt) -> {
              assertEquals(
                  scope.isAllDebts() || scope.debtIds().contains(debt), scope.covers(debt));
              assertEquals(scope.isAllDebts(), scope.covers("NEVER-NAMED"));
            });
  }

  @Test
  void scope_roundTripsThroughItsFactories() {
    Property.forAll(DebtorGens.debtScopes())
        .check(
            scope -> {
              DebtScope rebuilt = Rebuild.scope(scope);
              assertEquals(scope, rebuilt);
              assertEquals(scope.hashCode(), rebuilt.hashCode());
              assertEquals(scope.toString(), rebuilt.toString());
            });
  }
}
