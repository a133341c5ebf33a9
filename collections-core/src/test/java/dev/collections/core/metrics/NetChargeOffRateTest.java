package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.money.MixedCurrencyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class NetChargeOffRateTest {

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  private static NetChargeOffRate.Builder rate(
      String gross, String recoveries, String averageLoans, ReportingPeriod period) {
    return NetChargeOffRate.builder()
        .grossChargeOffs(usd(gross))
        .recoveries(usd(recoveries))
        .averageLoans(usd(averageLoans))
        .period(period);
  }

  /** DOMAIN.md 2.9: a quarter. */
  private static NetChargeOffRate quarter() {
    return rate("1200000.00", "200000.00", "50000000.00", ReportingPeriod.QUARTER).build();
  }

  @Test
  void builder_domainExample_2_9_quarter_2percent_8percentAnnualized() {
    NetChargeOffRate nco = quarter();
    assertEquals(usd("1000000.00"), nco.netChargeOffs());
    assertEquals(Optional.of(new BigDecimal("0.0200")), nco.value());
    assertEquals(Optional.of(new BigDecimal("2.00")), nco.percent());
    assertEquals(Optional.of(new BigDecimal("0.0800")), nco.annualized());
    assertEquals(Optional.of(new BigDecimal("8.00")), nco.annualizedPercent());
    assertEquals(MetricUnit.FRACTION, nco.unit());
  }

  @Test
  void annualized_byPeriodsPerYear() {
    assertEquals(12, ReportingPeriod.MONTH.periodsPerYear());
    assertEquals(4, ReportingPeriod.QUARTER.periodsPerYear());
    assertEquals(1, ReportingPeriod.YEAR.periodsPerYear());
    NetChargeOffRate month =
        rate("1200000.00", "200000.00", "50000000.00", ReportingPeriod.MONTH).build();
    assertEquals(Optional.of(new BigDecimal("0.2400")), month.annualized());
    NetChargeOffRate year =
        rate("1200000.00", "200000.00", "50000000.00", ReportingPeriod.YEAR).build();
    assertEquals(year.value(), year.annualized());
  }

  @Test
  void annualized_roundsTheExactRateTimesThePeriodsOnce() {
    // 1 / 3 a month: 0.3333 for the month, and 12 / 3 = 4.0000 a year (not 0.3333 × 12 = 3.9996).
    NetChargeOffRate nco = rate("1.00", "0.00", "3.00", ReportingPeriod.MONTH).build();
    assertEquals(Optional.of(new BigDecimal("0.3333")), nco.value());
    assertEquals(Optional.of(new BigDecimal("4.0000")), nco.annualized());
  }

  @Test
  void builder_recoveriesAboveChargeOffs_negativeRates() {
    NetChargeOffRate nco = rate("100.00", "300.00", "10000.00", ReportingPeriod.QUARTER).build();
    assertEquals(usd("-200.00"), nco.netChargeOffs());
    assertEquals(Optional.of(new BigDecimal("-0.0200")), nco.value());
    assertEquals(Optional.of(new BigDecimal("-0.0800")), nco.annualized());
  }

  @Test
  void builder_noLoans_undefinedWithReason() {
    NetChargeOffRate nco = rate("100.00", "0.00", "0.00", ReportingPeriod.QUARTER).build();
    assertFalse(nco.isDefined());
    assertEquals(Optional.empty(), nco.value());
    assertEquals(Optional.empty(), nco.annualized());
    assertEquals(Optional.empty(), nco.annualizedPercent());
    assertEquals(Optional.of("average loans outstanding are zero"), nco.undefinedReason());
    assertEquals(usd("100.00"), nco.netChargeOffs());
  }

  @Test
  void withRounding_appliesToBothRates() {
    NetChargeOffRate nco = quarter().withRounding(2, RoundingMode.HALF_UP);
    assertEquals(Optional.of(new BigDecimal("0.02")), nco.value());
    assertEquals(Optional.of(new BigDecimal("0.08")), nco.annualized());
    NetChargeOffRate built =
        rate("1200000.00", "200000.00", "50000000.00", ReportingPeriod.QUARTER)
            .scale(2)
            .roundingMode(RoundingMode.HALF_UP)
            .build();
    assertEquals(nco, built);
  }

  @Test
  void builder_badInputs_rejectedNamingTheField() {
    assertEquals(
        "gross charge-offs must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> rate("-1.00", "0.00", "1.00", ReportingPeriod.YEAR).build())
            .getMessage());
    assertEquals(
        "recoveries must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> rate("0.00", "-1.00", "1.00", ReportingPeriod.YEAR).build())
            .getMessage());
    assertEquals(
        "average loans must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> rate("0.00", "0.00", "-1.00", ReportingPeriod.YEAR).build())
            .getMessage());
    assertEquals(
        "average loans must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () ->
                    NetChargeOffRate.builder()
                        .grossChargeOffs(usd("1.00"))
                        .recoveries(usd("0.00"))
                        .averageLoans(Money.parse("EUR 1.00"))
                        .period(ReportingPeriod.YEAR)
                        .build())
            .getMessage());
  }

  @Test
  void toString_listsInputsNetChargeOffsRoundingAndResults() {
    assertEquals(
        "NetChargeOffRate{grossChargeOffs=USD 1200000.00, recoveries=USD 200000.00,"
            + " averageLoans=USD 50000000.00, period=QUARTER, netChargeOffs=USD 1000000.00,"
            + " annualized=0.0800, scale=4, roundingMode=HALF_EVEN, value=0.0200 (2.00%)}",
        quarter().toString());
    assertEquals(
        "NetChargeOffRate{grossChargeOffs=USD 1.00, recoveries=USD 0.00,"
            + " averageLoans=USD 0.00, period=YEAR, netChargeOffs=USD 1.00,"
            + " annualized=undefined, scale=4, roundingMode=HALF_EVEN,"
            + " value=undefined (average loans outstanding are zero)}",
        rate("1.00", "0.00", "0.00", ReportingPeriod.YEAR).build().toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    new EqualsTester()
        .addEqualityGroup(quarter(), quarter())
        .addEqualityGroup(
            rate("1200000.01", "200000.00", "50000000.00", ReportingPeriod.QUARTER).build())
        .addEqualityGroup(
            rate("1200000.00", "200000.01", "50000000.00", ReportingPeriod.QUARTER).build())
        .addEqualityGroup(
            rate("1200000.00", "200000.00", "50000000.01", ReportingPeriod.QUARTER).build())
        .addEqualityGroup(
            rate("1200000.00", "200000.00", "50000000.00", ReportingPeriod.MONTH).build())
        .addEqualityGroup(quarter().withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(quarter().withRounding(4, RoundingMode.CEILING))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, usd("1.00"));
    tester.testAllPublicStaticMethods(NetChargeOffRate.class);
    tester.testAllPublicInstanceMethods(quarter());
  }
}
