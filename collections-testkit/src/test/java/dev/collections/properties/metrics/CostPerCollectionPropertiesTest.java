package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.CostPerCollection;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.FunnelGens;
import java.math.BigDecimal;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The cost per collection, times the collections, is the cost within half a minor unit each. */
class CostPerCollectionPropertiesTest {

  @Test
  void costPerCollection_timesCollections_withinHalfAMinorUnitPerCollectionOfTheCost() {
    Property.forAll(FunnelGens.costsPerCollection())
        .check(
            cost -> {
              assertEquals(cost.collections() > 0, cost.isDefined(), cost.toString());
              assertEquals(cost.isDefined(), cost.value().isPresent());
              if (!cost.isDefined()) {
                assertEquals(
                    Optional.of("there were no successful collections"), cost.undefinedReason());
                return;
              }
              assertEquals(Optional.empty(), cost.undefinedReason());
              Money each = cost.value().orElseThrow();
              assertEquals(cost.cost().getCurrencyUnit(), each.getCurrencyUnit());
              assertTrue(!each.isNegative() && !each.isGreaterThan(cost.cost()), cost.toString());
              BigDecimal n = BigDecimal.valueOf(cost.collections());
              BigDecimal error =
                  each.getAmount().multiply(n).subtract(cost.cost().getAmount()).abs();
              BigDecimal halfUnit =
                  BigDecimal.ONE
                      .movePointLeft(each.getCurrencyUnit().getDecimalPlaces())
                      .divide(BigDecimal.valueOf(2));
              assertTrue(error.compareTo(halfUnit.multiply(n)) <= 0, cost.toString());
            });
  }

  @Test
  void costPerCollection_ofAnExactMultiple_isExact() {
    Property.forAll(FunnelGens.costsPerCollection(), Gen.integers(1, 100_000))
        .check(
            (cost, collections) -> {
              Money total = cost.cost().multipliedBy(collections);
              assertEquals(
                  Optional.of(cost.cost()),
                  CostPerCollection.of(total, collections).value(),
                  cost.toString());
            });
  }

  @Test
  void costPerCollection_overTwoCollections_roundsHalvesUp() {
    Property.forAll(FunnelGens.costsPerCollection())
        .check(
            cost -> {
              long minor = cost.cost().getAmountMinorLong();
              CostPerCollection halves = CostPerCollection.of(cost.cost(), 2);
              // An odd number of minor units over two collections leaves exactly half a unit.
              assertEquals(
                  (minor + 1) / 2,
                  halves.value().orElseThrow().getAmountMinorLong(),
                  halves.toString());
            });
  }
}
