package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.CostToCollect;
import dev.collections.core.metrics.MetricUnit;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.FunnelGens;
import dev.collections.testkit.metrics.MetricGens;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The cost to collect, times the amount collected, is the cost, within the rounding. */
class CostToCollectPropertiesTest {

  private static BigDecimal ulp(int scale) {
    return BigDecimal.ONE.movePointLeft(scale);
  }

  @Test
  void costToCollect_timesCollected_isTheCost_withinTheRounding() {
    Property.forAll(FunnelGens.costsToCollect())
        .check(
            cost -> {
              assertEquals(MetricUnit.FRACTION, cost.unit());
              BigDecimal collected = cost.collected().getAmount();
              assertEquals(collected.signum() > 0, cost.isDefined(), cost.toString());
              if (!cost.isDefined()) {
                assertEquals("nothing was collected", cost.undefinedReason().orElseThrow());
                return;
              }
              BigDecimal value = cost.value().orElseThrow();
              assertEquals(cost.scale(), value.scale(), cost.toString());
              assertTrue(value.signum() >= 0, cost.toString());
              assertEquals(value.movePointRight(2), cost.percent().orElseThrow());
              BigDecimal error = value.multiply(collected).subtract(cost.cost().getAmount()).abs();
              BigDecimal unit = ulp(cost.scale()).multiply(collected);
              assertTrue(error.compareTo(unit) < 0, cost.toString());
              if (cost.roundingMode().name().startsWith("HALF_")) {
                assertTrue(
                    error.multiply(BigDecimal.valueOf(2)).compareTo(unit) <= 0, cost.toString());
              }
            });
  }

  @Test
  void costToCollect_sameCostAndCollections_isOne() {
    Property.forAll(FunnelGens.costsToCollect())
        .check(
            cost -> {
              CostToCollect even =
                  CostToCollect.of(cost.collected(), cost.collected())
                      .withRounding(cost.scale(), cost.roundingMode());
              if (cost.collected().isPositive()) {
                assertEquals(BigDecimal.ONE.setScale(cost.scale()), even.value().orElseThrow());
              } else {
                assertFalse(even.isDefined());
              }
            });
  }

  @Test
  void costToCollect_scalingBothAmounts_keepsTheRate() {
    Property.forAll(FunnelGens.costsToCollect(), Gen.integers(1, 1_000))
        .check(
            (cost, factor) -> {
              CostToCollect scaled =
                  CostToCollect.of(
                          cost.cost().multipliedBy(factor), cost.collected().multipliedBy(factor))
                      .withRounding(cost.scale(), cost.roundingMode());
              assertEquals(cost.value(), scaled.value(), scaled.toString());
              assertEquals(cost.undefinedReason(), scaled.undefinedReason());
            });
  }

  @Test
  void costToCollect_withRounding_roundTrips() {
    Property.forAll(FunnelGens.costsToCollect(), MetricGens.roundingModes())
        .check(
            (cost, mode) -> {
              CostToCollect other = cost.withRounding(0, mode);
              assertEquals(0, other.scale());
              assertEquals(mode, other.roundingMode());
              assertEquals(cost, other.withRounding(cost.scale(), cost.roundingMode()));
            });
  }
}
