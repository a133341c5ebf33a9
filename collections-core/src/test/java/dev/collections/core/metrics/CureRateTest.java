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

class CureRateTest {

  private static final Money USD_0 = Money.parse("USD 0.00");
  private static final Money USD_30_000 = Money.parse("USD 30000.00");
  private static final Money USD_50_000 = Money.parse("USD 50000.00");

  @Test
  void of_domainExample_2_8_120of200_60percent() {
    CureRate cure = CureRate.of(120, 200);
    assertEquals(Optional.of(new BigDecimal("0.6000")), cure.value());
    assertEquals(Optional.of(new BigDecimal("60.00")), cure.percent());
    assertEquals(MetricUnit.FRACTION, cure.unit());
    assertEquals(120, cure.curedAccounts());
    assertEquals(200, cure.delinquentAccounts());
  }

  @Test
  void of_boundaries_zeroAndOne() {
    assertEquals(Optional.of(new BigDecimal("0.0000")), CureRate.of(0, 200).value());
    assertEquals(Optional.of(new BigDecimal("1.0000")), CureRate.of(200, 200).value());
    assertEquals(
        Optional.of(new BigDecimal("0.67")),
        CureRate.of(2, 3).withRounding(2, RoundingMode.HALF_EVEN).value());
  }

  @Test
  void of_noDelinquentAccounts_undefinedWithReason() {
    CureRate cure = CureRate.of(0, 0);
    assertFalse(cure.isDefined());
    assertEquals(Optional.empty(), cure.value());
    assertEquals(
        Optional.of("no account was delinquent at the start of the window"),
        cure.undefinedReason());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "cured accounts must not exceed the delinquent accounts: 201 of 200",
        assertThrows(IllegalArgumentException.class, () -> CureRate.of(201, 200)).getMessage());
    assertEquals(
        "cured accounts must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> CureRate.of(-1, 200)).getMessage());
    assertEquals(
        "delinquent accounts must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> CureRate.of(0, -1)).getMessage());
  }

  @Test
  void balanceCureRate_byBalance() {
    BalanceCureRate cure = BalanceCureRate.of(USD_30_000, USD_50_000);
    assertEquals(Optional.of(new BigDecimal("0.6000")), cure.value());
    assertEquals(Optional.of(new BigDecimal("60.00")), cure.percent());
    assertEquals(MetricUnit.FRACTION, cure.unit());
  }

  @Test
  void balanceCureRate_noDelinquentBalance_undefinedWithReason() {
    BalanceCureRate cure = BalanceCureRate.of(USD_0, USD_0);
    assertFalse(cure.isDefined());
    assertEquals(
        Optional.of("no balance was delinquent at the start of the window"),
        cure.undefinedReason());
  }

  @Test
  void balanceCureRate_badInputs_rejectedNamingTheField() {
    assertEquals(
        "cured balance must not exceed the delinquent balance: USD 50000.00 of USD 30000.00",
        assertThrows(
                IllegalArgumentException.class, () -> BalanceCureRate.of(USD_50_000, USD_30_000))
            .getMessage());
    assertEquals(
        "cured balance must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> BalanceCureRate.of(Money.parse("USD -1.00"), USD_30_000))
            .getMessage());
    assertEquals(
        "delinquent balance must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> BalanceCureRate.of(USD_0, Money.parse("USD -1.00")))
            .getMessage());
    assertEquals(
        "delinquent balance must be in USD: GBP",
        assertThrows(
                MixedCurrencyException.class,
                () -> BalanceCureRate.of(USD_0, Money.parse("GBP 1.00")))
            .getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "CureRate{curedAccounts=120, delinquentAccounts=200, scale=4, roundingMode=HALF_EVEN,"
            + " value=0.6000 (60.00%)}",
        CureRate.of(120, 200).toString());
    assertEquals(
        "CureRate{curedAccounts=0, delinquentAccounts=0, scale=4, roundingMode=HALF_EVEN,"
            + " value=undefined (no account was delinquent at the start of the window)}",
        CureRate.of(0, 0).toString());
    assertEquals(
        "BalanceCureRate{curedBalance=USD 30000.00, delinquentBalance=USD 50000.00, scale=4,"
            + " roundingMode=HALF_EVEN, value=0.6000 (60.00%)}",
        BalanceCureRate.of(USD_30_000, USD_50_000).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    new EqualsTester()
        .addEqualityGroup(CureRate.of(120, 200), CureRate.of(120, 200))
        .addEqualityGroup(CureRate.of(121, 200))
        .addEqualityGroup(CureRate.of(120, 201))
        .addEqualityGroup(CureRate.of(120, 200).withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(CureRate.of(120, 200).withRounding(4, RoundingMode.HALF_UP))
        .testEquals();
    BalanceCureRate cure = BalanceCureRate.of(USD_30_000, USD_50_000);
    new EqualsTester()
        .addEqualityGroup(cure, BalanceCureRate.of(USD_30_000, USD_50_000))
        .addEqualityGroup(BalanceCureRate.of(USD_0, USD_50_000))
        .addEqualityGroup(BalanceCureRate.of(USD_30_000, USD_30_000))
        .addEqualityGroup(cure.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(cure.withRounding(4, RoundingMode.UP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_30_000);
    tester.testAllPublicStaticMethods(CureRate.class);
    tester.testAllPublicInstanceMethods(CureRate.of(120, 200));
    tester.testAllPublicStaticMethods(BalanceCureRate.class);
    tester.testAllPublicInstanceMethods(BalanceCureRate.of(USD_30_000, USD_50_000));
  }
}
