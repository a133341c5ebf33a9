package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.BalanceCureRate;
import dev.collections.core.metrics.CollectionEffectivenessIndex;
import dev.collections.core.metrics.CureRate;
import dev.collections.core.metrics.NetBack;
import dev.collections.core.metrics.ReportingPeriod;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.MetricGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** CEI, cure, liquidation, recovery, net-back and net charge-off rates keep to their formulas. */
class RatePropertiesTest {

  private static BigDecimal ulp(int scale) {
    return BigDecimal.ONE.movePointLeft(scale);
  }

  @Test
  void cei_atMostOne_andOneWhenNothingEndsPastDue() {
    Property.forAll(MetricGens.collectionEffectivenessIndexes())
        .check(
            cei -> {
              cei.value()
                  .ifPresent(v -> assertTrue(v.compareTo(BigDecimal.ONE) <= 0, cei.toString()));
              CollectionEffectivenessIndex allCurrent =
                  CollectionEffectivenessIndex.builder()
                      .beginningReceivables(cei.beginningReceivables())
                      .creditSales(cei.creditSales())
                      .months(cei.months())
                      .endingReceivables(cei.endingCurrentReceivables())
                      .endingCurrentReceivables(cei.endingCurrentReceivables())
                      .build();
              allCurrent
                  .value()
                  .ifPresent(
                      v ->
                          assertEquals(
                              BigDecimal.ONE.setScale(allCurrent.scale()),
                              v,
                              allCurrent.toString()));
            });
  }

  @Test
  void cei_salesOverNMonths_equalsOneMonthOfTheAverage() {
    Property.forAll(MetricGens.collectionEffectivenessIndexes())
        .check(
            cei -> {
              CollectionEffectivenessIndex spread =
                  CollectionEffectivenessIndex.builder()
                      .beginningReceivables(cei.beginningReceivables())
                      .creditSales(cei.creditSales().multipliedBy(cei.months()))
                      .months(cei.months())
                      .endingReceivables(cei.endingReceivables())
                      .endingCurrentReceivables(cei.endingCurrentReceivables())
                      .scale(cei.scale())
                      .roundingMode(cei.roundingMode())
                      .build();
              CollectionEffectivenessIndex oneMonth =
                  CollectionEffectivenessIndex.builder()
                      .beginningReceivables(cei.beginningReceivables())
                      .creditSales(cei.creditSales())
                      .endingReceivables(cei.endingReceivables())
                      .endingCurrentReceivables(cei.endingCurrentReceivables())
                      .scale(cei.scale())
                      .roundingMode(cei.roundingMode())
                      .build();
              assertEquals(oneMonth.value(), spread.value(), spread.toString());
              assertEquals(oneMonth.undefinedReason(), spread.undefinedReason());
            });
  }

  @Test
  void cureRate_betweenZeroAndOne_andTheBalanceRateOfMinorUnitsAgrees() {
    Property.forAll(MetricGens.cureRates())
        .check(
            cure -> {
              assertEquals(cure.delinquentAccounts() > 0, cure.isDefined());
              cure.value()
                  .ifPresent(
                      v -> {
                        assertTrue(v.signum() >= 0, cure.toString());
                        assertTrue(v.compareTo(BigDecimal.ONE) <= 0, cure.toString());
                      });
              BalanceCureRate byBalance =
                  BalanceCureRate.of(
                          Money.ofMinor(CurrencyUnit.USD, cure.curedAccounts()),
                          Money.ofMinor(CurrencyUnit.USD, cure.delinquentAccounts()))
                      .withRounding(cure.scale(), cure.roundingMode());
              assertEquals(cure.value(), byBalance.value());
              assertEquals(cure.percent(), byBalance.percent());
            });
  }

  @Test
  void balanceCureRate_betweenZeroAndOne() {
    Property.forAll(MetricGens.balanceCureRates())
        .check(
            cure ->
                cure.value()
                    .ifPresent(
                        v -> {
                          assertTrue(v.signum() >= 0, cure.toString());
                          assertTrue(v.compareTo(BigDecimal.ONE) <= 0, cure.toString());
                        }));
  }

  @Test
  void liquidationRate_timesPlaced_isCollected_withinTheRounding() {
    Property.forAll(MetricGens.liquidationRates())
        .check(
            rate -> {
              BigDecimal placed = rate.placed().getAmount();
              assertEquals(placed.signum() != 0, rate.isDefined());
              rate.value()
                  .ifPresent(
                      v -> {
                        BigDecimal error =
                            v.multiply(placed).subtract(rate.collected().getAmount()).abs();
                        assertTrue(
                            error.compareTo(ulp(rate.scale()).multiply(placed)) < 0,
                            rate.toString());
                        assertEquals(v.movePointRight(2), rate.percent().orElseThrow());
                      });
            });
  }

  @Test
  void recoveryRate_timesOutstanding_isCollected_withinTheRounding() {
    Property.forAll(MetricGens.recoveryRates())
        .check(
            rate -> {
              BigDecimal outstanding = rate.outstanding().getAmount();
              assertEquals(outstanding.signum() != 0, rate.isDefined());
              rate.value()
                  .ifPresent(
                      v ->
                          assertTrue(
                              v.multiply(outstanding)
                                      .subtract(rate.collected().getAmount())
                                      .abs()
                                      .compareTo(ulp(rate.scale()).multiply(outstanding))
                                  < 0,
                              rate.toString()));
            });
  }

  @Test
  void netBack_netPlusFeeIsCollected_feeWithinHalfAMinorUnit() {
    Property.forAll(MetricGens.netBacks())
        .check(
            back -> {
              Money collected = back.collected();
              assertEquals(collected, back.net().plus(back.fee()));
              assertTrue(!back.net().isNegative() && !back.fee().isNegative(), back.toString());
              BigDecimal exactFee = collected.getAmount().multiply(back.feeRate());
              BigDecimal halfUnit =
                  ulp(collected.getCurrencyUnit().getDecimalPlaces()).divide(BigDecimal.valueOf(2));
              assertTrue(
                  back.fee().getAmount().subtract(exactFee).abs().compareTo(halfUnit) <= 0,
                  back.toString());
              // Net of a fee, the rate never beats the gross liquidation rate.
              back.value()
                  .ifPresent(
                      v ->
                          assertTrue(
                              v.compareTo(back.liquidationRate().value().orElseThrow()) <= 0,
                              back.toString()));
            });
  }

  @Test
  void netBack_withRounding_roundTrips() {
    Property.forAll(MetricGens.netBacks(), MetricGens.scales())
        .check(
            (back, scale) -> {
              NetBack other = back.withRounding(scale, RoundingMode.UP);
              assertEquals(back.net(), other.net());
              assertEquals(back, other.withRounding(back.scale(), back.roundingMode()));
            });
  }

  @Test
  void netChargeOffRate_annualized_isThePeriodRateTimesPeriodsPerYear_withinTheRounding() {
    Property.forAll(MetricGens.netChargeOffRates())
        .check(
            nco -> {
              assertEquals(nco.grossChargeOffs().minus(nco.recoveries()), nco.netChargeOffs());
              assertEquals(nco.isDefined(), nco.annualized().isPresent());
              if (!nco.isDefined()) {
                assertEquals(
                    "average loans outstanding are zero", nco.undefinedReason().orElseThrow());
                return;
              }
              int periods = nco.period().periodsPerYear();
              BigDecimal rate = nco.value().orElseThrow();
              BigDecimal annualized = nco.annualized().orElseThrow();
              // Each is within one unit of its exact value: the exact rate times the periods.
              BigDecimal bound = ulp(nco.scale()).multiply(BigDecimal.valueOf(periods + 1L));
              assertTrue(
                  annualized
                          .subtract(rate.multiply(BigDecimal.valueOf(periods)))
                          .abs()
                          .compareTo(bound)
                      < 0,
                  nco.toString());
              if (nco.period() == ReportingPeriod.YEAR) {
                assertEquals(rate, annualized);
              }
              int sign = nco.netChargeOffs().getAmount().signum();
              assertTrue(rate.signum() * sign >= 0, nco.toString());
              assertTrue(annualized.signum() * sign >= 0, nco.toString());
              assertEquals(annualized.movePointRight(2), nco.annualizedPercent().orElseThrow());
            });
  }

  @Test
  void cureRate_withRounding_roundTrips() {
    Property.forAll(MetricGens.cureRates(), MetricGens.roundingModes())
        .check(
            (cure, mode) -> {
              CureRate other = cure.withRounding(0, mode);
              assertEquals(cure, other.withRounding(cure.scale(), cure.roundingMode()));
            });
  }
}
