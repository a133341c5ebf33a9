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

/** Liquidation and recovery rates: collected over placed, and over outstanding. */
class LiquidationRateTest {

  private static final Money USD_0 = Money.parse("USD 0.00");
  private static final Money USD_10_000 = Money.parse("USD 10000.00");
  private static final Money USD_15_000 = Money.parse("USD 15000.00");
  private static final Money USD_100_000 = Money.parse("USD 100000.00");
  private static final Money USD_1_000_000 = Money.parse("USD 1000000.00");

  @Test
  void of_domainExamples_2_6_tenAndFifteenPercent() {
    LiquidationRate bizfluent = LiquidationRate.of(USD_100_000, USD_1_000_000);
    assertEquals(Optional.of(new BigDecimal("0.1000")), bizfluent.value());
    assertEquals(Optional.of(new BigDecimal("10.00")), bizfluent.percent());
    LiquidationRate thslaw = LiquidationRate.of(USD_15_000, USD_100_000);
    assertEquals(Optional.of(new BigDecimal("0.1500")), thslaw.value());
    assertEquals(Optional.of(new BigDecimal("15.00")), thslaw.percent());
    assertEquals(
        Optional.of(new BigDecimal("10.00")),
        LiquidationRate.of(USD_10_000, USD_100_000).percent());
    assertEquals(MetricUnit.FRACTION, thslaw.unit());
  }

  @Test
  void of_collectedBeyondPlaced_aboveOne() {
    assertEquals(
        Optional.of(new BigDecimal("1.5000")), LiquidationRate.of(USD_15_000, USD_10_000).value());
  }

  @Test
  void of_nothingPlaced_undefinedWithReason() {
    LiquidationRate rate = LiquidationRate.of(USD_0, USD_0);
    assertFalse(rate.isDefined());
    assertEquals(Optional.empty(), rate.value());
    assertEquals(Optional.of("nothing was placed for collection"), rate.undefinedReason());
  }

  @Test
  void recoveryRate_collectedOverOutstanding() {
    RecoveryRate rate = RecoveryRate.of(Money.parse("USD 12500.00"), Money.parse("USD 50000.00"));
    assertEquals(Optional.of(new BigDecimal("0.2500")), rate.value());
    assertEquals(Optional.of(new BigDecimal("25.00")), rate.percent());
    assertEquals(
        Optional.of(new BigDecimal("0.333")),
        RecoveryRate.of(Money.parse("USD 1.00"), Money.parse("USD 3.00"))
            .withRounding(3, RoundingMode.DOWN)
            .value());
  }

  @Test
  void recoveryRate_nothingOutstanding_undefinedWithReason() {
    RecoveryRate rate = RecoveryRate.of(USD_10_000, USD_0);
    assertFalse(rate.isDefined());
    assertEquals(Optional.of("nothing was outstanding"), rate.undefinedReason());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "collected must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> LiquidationRate.of(Money.parse("USD -1.00"), USD_100_000))
            .getMessage());
    assertEquals(
        "placed must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> LiquidationRate.of(USD_0, Money.parse("USD -1.00")))
            .getMessage());
    assertEquals(
        "placed must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () -> LiquidationRate.of(USD_0, Money.parse("EUR 1.00")))
            .getMessage());
    assertEquals(
        "collected must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> RecoveryRate.of(Money.parse("USD -1.00"), USD_100_000))
            .getMessage());
    assertEquals(
        "outstanding must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> RecoveryRate.of(USD_0, Money.parse("USD -1.00")))
            .getMessage());
    assertEquals(
        "outstanding must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class, () -> RecoveryRate.of(USD_0, Money.parse("EUR 1.00")))
            .getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "LiquidationRate{collected=USD 15000.00, placed=USD 100000.00, scale=4,"
            + " roundingMode=HALF_EVEN, value=0.1500 (15.00%)}",
        LiquidationRate.of(USD_15_000, USD_100_000).toString());
    assertEquals(
        "RecoveryRate{collected=USD 15000.00, outstanding=USD 0.00, scale=4,"
            + " roundingMode=HALF_EVEN, value=undefined (nothing was outstanding)}",
        RecoveryRate.of(USD_15_000, USD_0).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    LiquidationRate rate = LiquidationRate.of(USD_15_000, USD_100_000);
    new EqualsTester()
        .addEqualityGroup(rate, LiquidationRate.of(USD_15_000, USD_100_000))
        .addEqualityGroup(LiquidationRate.of(USD_10_000, USD_100_000))
        .addEqualityGroup(LiquidationRate.of(USD_15_000, USD_1_000_000))
        .addEqualityGroup(rate.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(rate.withRounding(4, RoundingMode.DOWN))
        .addEqualityGroup(RecoveryRate.of(USD_15_000, USD_100_000))
        .testEquals();
    RecoveryRate recovery = RecoveryRate.of(USD_15_000, USD_100_000);
    new EqualsTester()
        .addEqualityGroup(recovery, RecoveryRate.of(USD_15_000, USD_100_000))
        .addEqualityGroup(RecoveryRate.of(USD_10_000, USD_100_000))
        .addEqualityGroup(RecoveryRate.of(USD_15_000, USD_1_000_000))
        .addEqualityGroup(recovery.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(recovery.withRounding(4, RoundingMode.DOWN))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_10_000);
    tester.testAllPublicStaticMethods(LiquidationRate.class);
    tester.testAllPublicInstanceMethods(LiquidationRate.of(USD_15_000, USD_100_000));
    tester.testAllPublicStaticMethods(RecoveryRate.class);
    tester.testAllPublicInstanceMethods(RecoveryRate.of(USD_15_000, USD_100_000));
  }
}
