package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The rounding contract every metric shares, shown on a few of them. */
class MetricTest {

  private static final Money USD_1 = Money.parse("USD 1.00");
  private static final Money USD_3 = Money.parse("USD 3.00");

  @Test
  void withRounding_scaleOutOfRange_rejected() {
    LiquidationRate rate = LiquidationRate.of(USD_1, USD_3);
    assertEquals(
        "scale must be between 0 and 18: -1",
        assertThrows(
                IllegalArgumentException.class, () -> rate.withRounding(-1, RoundingMode.HALF_EVEN))
            .getMessage());
    assertEquals(
        "scale must be between 0 and 18: 19",
        assertThrows(
                IllegalArgumentException.class,
                () -> SimpleDso.of(USD_1, USD_3, 1).withRounding(19, RoundingMode.HALF_EVEN))
            .getMessage());
    assertEquals(
        Optional.of(new BigDecimal("0")), rate.withRounding(0, RoundingMode.HALF_EVEN).value());
    assertEquals(
        Optional.of(new BigDecimal("0.333333333333333333")),
        rate.withRounding(18, RoundingMode.HALF_EVEN).value());
  }

  @Test
  void withRounding_unnecessary_rejectedBecauseQuotientsRarelyEnd() {
    assertEquals(
        "rounding mode must be one that rounds: UNNECESSARY",
        assertThrows(
                IllegalArgumentException.class,
                () -> CureRate.of(1, 3).withRounding(4, RoundingMode.UNNECESSARY))
            .getMessage());
    assertEquals(
        "rounding mode must be one that rounds: UNNECESSARY",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    NetChargeOffRate.builder()
                        .grossChargeOffs(USD_1)
                        .recoveries(USD_1)
                        .averageLoans(USD_3)
                        .period(ReportingPeriod.YEAR)
                        .roundingMode(RoundingMode.UNNECESSARY)
                        .build())
            .getMessage());
  }

  @Test
  void percent_isTheFractionTimes100WithoutRoundingAgain() {
    RateMetric rate = LiquidationRate.of(USD_1, USD_3);
    assertEquals(Optional.of(new BigDecimal("0.3333")), rate.value());
    assertEquals(Optional.of(new BigDecimal("33.33")), rate.percent());
    assertEquals(Optional.empty(), LiquidationRate.of(USD_1, Money.parse("USD 0.00")).percent());
    assertEquals(
        Optional.of(new BigDecimal("100")),
        LiquidationRate.of(USD_3, USD_3).withRounding(0, RoundingMode.HALF_EVEN).percent());
  }

  @Test
  void unit_daysOrFraction() {
    List<Metric> days =
        List.of(
            SimpleDso.of(USD_1, USD_3, 30),
            BestPossibleDso.of(USD_1, USD_3, 30),
            AverageDaysDelinquent.of(USD_3, USD_1, USD_3, 30),
            CountbackDso.of(USD_1, List.of(), DayCountBasis.CALENDAR_DAYS),
            AverageDaysLate.unweighted(List.of()));
    for (Metric metric : days) {
      assertEquals(MetricUnit.DAYS, metric.unit(), metric.toString());
    }
    List<Metric> fractions =
        List.of(
            CureRate.of(1, 3),
            BalanceCureRate.of(USD_1, USD_3),
            LiquidationRate.of(USD_1, USD_3),
            RecoveryRate.of(USD_1, USD_3),
            NetBack.of(USD_1, USD_3, BigDecimal.ZERO));
    for (Metric metric : fractions) {
      assertEquals(MetricUnit.FRACTION, metric.unit(), metric.toString());
    }
  }

  @Test
  void defaults_documentedConstants() {
    assertEquals(4, Metric.DEFAULT_SCALE);
    assertEquals(18, Metric.MAX_SCALE);
    assertEquals(RoundingMode.HALF_EVEN, Metric.DEFAULT_ROUNDING_MODE);
  }
}
