package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.AverageDaysDelinquent;
import dev.collections.core.metrics.BestPossibleDso;
import dev.collections.core.metrics.SimpleDso;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.MetricGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The simple DSO, the best possible DSO and average days delinquent agree with their formulas. */
class DsoPropertiesTest {

  private static BigDecimal ulp(int scale) {
    return BigDecimal.ONE.movePointLeft(scale);
  }

  @Test
  void simpleDso_timesSales_isReceivablesTimesDays_withinTheRounding() {
    Property.forAll(MetricGens.simpleDsos())
        .check(
            dso -> {
              BigDecimal sales = dso.creditSales().getAmount();
              assertEquals(sales.signum() != 0, dso.isDefined());
              dso.value()
                  .ifPresent(
                      days -> {
                        assertEquals(dso.scale(), days.scale());
                        BigDecimal exact =
                            dso.endingReceivables()
                                .getAmount()
                                .multiply(BigDecimal.valueOf(dso.daysInPeriod()));
                        BigDecimal error = days.multiply(sales).subtract(exact).abs();
                        assertTrue(
                            error.compareTo(ulp(dso.scale()).multiply(sales)) < 0,
                            "error " + error + " in " + dso);
                      });
            });
  }

  @Test
  void simpleDso_withRounding_roundTrips() {
    Property.forAll(MetricGens.simpleDsos(), MetricGens.scales())
        .check(
            (dso, scale) ->
                assertEquals(
                    dso,
                    dso.withRounding(scale, RoundingMode.CEILING)
                        .withRounding(dso.scale(), dso.roundingMode())));
  }

  @Test
  void averageDaysDelinquent_isDsoLessBestPossibleDso_toOneUnitInTheLastPlace() {
    Property.forAll(MetricGens.averageDaysDelinquents())
        .check(
            add -> {
              SimpleDso dso = add.dso();
              BestPossibleDso best = add.bestPossibleDso();
              assertEquals(dso.isDefined(), add.isDefined());
              assertEquals(best.isDefined(), add.isDefined());
              if (add.isDefined()) {
                BigDecimal difference =
                    dso.value().orElseThrow().subtract(best.value().orElseThrow());
                BigDecimal value = add.value().orElseThrow();
                assertTrue(
                    value.subtract(difference).abs().compareTo(ulp(add.scale())) <= 0,
                    value + " vs " + difference + " in " + add);
                assertTrue(value.signum() >= 0, add.toString());
                assertTrue(
                    best.value().orElseThrow().compareTo(dso.value().orElseThrow()) <= 0,
                    add.toString());
              }
            });
  }

  @Test
  void averageDaysDelinquent_noneCurrent_isTheDso_allCurrent_isZero() {
    Property.forAll(MetricGens.averageDaysDelinquents())
        .check(
            add -> {
              AverageDaysDelinquent noneCurrent =
                  AverageDaysDelinquent.of(
                          add.endingReceivables(),
                          add.endingReceivables().withAmount(BigDecimal.ZERO),
                          add.creditSales(),
                          add.daysInPeriod())
                      .withRounding(add.scale(), add.roundingMode());
              assertEquals(noneCurrent.dso().value(), noneCurrent.value());
              AverageDaysDelinquent allCurrent =
                  AverageDaysDelinquent.of(
                          add.endingReceivables(),
                          add.endingReceivables(),
                          add.creditSales(),
                          add.daysInPeriod())
                      .withRounding(add.scale(), add.roundingMode());
              allCurrent.value().ifPresent(v -> assertEquals(0, v.signum(), allCurrent.toString()));
            });
  }
}
