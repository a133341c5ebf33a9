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

class AverageDaysDelinquentTest {

  private static final Money USD_0 = Money.parse("USD 0.00");
  private static final Money USD_4_000 = Money.parse("USD 4000.00");
  private static final Money USD_6_000 = Money.parse("USD 6000.00");
  private static final Money USD_10_000 = Money.parse("USD 10000.00");
  private static final Money USD_15_000 = Money.parse("USD 15000.00");
  private static final Money USD_25_000 = Money.parse("USD 25000.00");

  @Test
  void of_domainExample_2_3_creditguru_dso45_best12_add33() {
    AverageDaysDelinquent add = AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 30);
    assertEquals(Optional.of(new BigDecimal("45.0000")), add.dso().value());
    assertEquals(Optional.of(new BigDecimal("12.0000")), add.bestPossibleDso().value());
    assertEquals(Optional.of(new BigDecimal("33.0000")), add.value());
    assertEquals(MetricUnit.DAYS, add.unit());
  }

  @Test
  void of_domainExample_2_3_quadient_dso50_best12_add38() {
    AverageDaysDelinquent add = AverageDaysDelinquent.of(USD_25_000, USD_6_000, USD_15_000, 30);
    assertEquals(Optional.of(new BigDecimal("50.0000")), add.dso().value());
    assertEquals(Optional.of(new BigDecimal("12.0000")), add.bestPossibleDso().value());
    assertEquals(Optional.of(new BigDecimal("38.0000")), add.value());
  }

  @Test
  void bestPossibleDso_domainExamples_2_3_12days() {
    assertEquals(
        Optional.of(new BigDecimal("12.0000")),
        BestPossibleDso.of(USD_4_000, USD_10_000, 30).value());
    assertEquals(
        Optional.of(new BigDecimal("12.0000")),
        BestPossibleDso.of(USD_6_000, Money.parse("USD 15000.00"), 30).value());
    assertEquals(
        Optional.of(new BigDecimal("12.0")),
        BestPossibleDso.of(USD_4_000, USD_10_000, 30)
            .withRounding(1, RoundingMode.HALF_UP)
            .value());
  }

  @Test
  void of_roundsTheExactDifferenceOnce() {
    // DSO 2/3 ≈ 0.667 → 1 and BPDSO 1/3 ≈ 0.333 → 0 at 0 decimals, but ADD is 1/3 → 0, not 1.
    AverageDaysDelinquent add =
        AverageDaysDelinquent.of(
                Money.parse("USD 2.00"), Money.parse("USD 1.00"), Money.parse("USD 3.00"), 1)
            .withRounding(0, RoundingMode.HALF_UP);
    assertEquals(Optional.of(new BigDecimal("1")), add.dso().value());
    assertEquals(Optional.of(new BigDecimal("0")), add.bestPossibleDso().value());
    assertEquals(Optional.of(new BigDecimal("0")), add.value());
  }

  @Test
  void withRounding_appliesToTheDsoAndBestPossibleDsoToo() {
    AverageDaysDelinquent add =
        AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 30)
            .withRounding(1, RoundingMode.DOWN);
    assertEquals(1, add.dso().scale());
    assertEquals(RoundingMode.DOWN, add.bestPossibleDso().roundingMode());
    assertEquals(Optional.of(new BigDecimal("33.0")), add.value());
  }

  @Test
  void of_zeroSales_undefinedWithReason() {
    AverageDaysDelinquent add = AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_0, 30);
    assertFalse(add.isDefined());
    assertEquals(Optional.of("credit sales are zero"), add.undefinedReason());
    assertFalse(add.dso().isDefined());
    BestPossibleDso best = BestPossibleDso.of(USD_4_000, USD_0, 30);
    assertEquals(Optional.empty(), best.value());
    assertEquals(Optional.of("credit sales are zero"), best.undefinedReason());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "current receivables must not exceed the ending receivables: USD 6000.00 of USD 4000.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> AverageDaysDelinquent.of(USD_4_000, USD_6_000, USD_10_000, 30))
            .getMessage());
    assertEquals(
        "current receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> AverageDaysDelinquent.of(USD_4_000, Money.parse("USD -1.00"), USD_10_000, 30))
            .getMessage());
    assertEquals(
        "ending receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> AverageDaysDelinquent.of(Money.parse("USD -1.00"), USD_0, USD_10_000, 30))
            .getMessage());
    assertEquals(
        "credit sales must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> AverageDaysDelinquent.of(USD_4_000, USD_0, Money.parse("USD -1.00"), 30))
            .getMessage());
    assertEquals(
        "days in period must be positive: 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> AverageDaysDelinquent.of(USD_4_000, USD_0, USD_10_000, 0))
            .getMessage());
    assertEquals(
        "current receivables must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () -> AverageDaysDelinquent.of(USD_4_000, Money.parse("EUR 1.00"), USD_10_000, 30))
            .getMessage());
    assertEquals(
        "current receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> BestPossibleDso.of(Money.parse("USD -1.00"), USD_10_000, 30))
            .getMessage());
    assertEquals(
        "credit sales must be in USD: JPY",
        assertThrows(
                MixedCurrencyException.class,
                () -> BestPossibleDso.of(USD_4_000, Money.parse("JPY 10000"), 30))
            .getMessage());
    assertEquals(
        "days in period must be positive: -1",
        assertThrows(IllegalArgumentException.class, () -> BestPossibleDso.of(USD_4_000, USD_0, -1))
            .getMessage());
    assertEquals(
        "credit sales must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> BestPossibleDso.of(USD_4_000, Money.parse("USD -1.00"), 30))
            .getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "AverageDaysDelinquent{endingReceivables=USD 15000.00, currentReceivables=USD 4000.00,"
            + " creditSales=USD 10000.00, daysInPeriod=30, dso=45.0000, bestPossibleDso=12.0000,"
            + " scale=4, roundingMode=HALF_EVEN, value=33.0000 days}",
        AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 30).toString());
    assertEquals(
        "AverageDaysDelinquent{endingReceivables=USD 15000.00, currentReceivables=USD 4000.00,"
            + " creditSales=USD 0.00, daysInPeriod=30, dso=undefined, bestPossibleDso=undefined,"
            + " scale=4, roundingMode=HALF_EVEN, value=undefined (credit sales are zero)}",
        AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_0, 30).toString());
    assertEquals(
        "BestPossibleDso{currentReceivables=USD 4000.00, creditSales=USD 10000.00,"
            + " daysInPeriod=30, scale=4, roundingMode=HALF_EVEN, value=12.0000 days}",
        BestPossibleDso.of(USD_4_000, USD_10_000, 30).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    AverageDaysDelinquent add = AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 30);
    new EqualsTester()
        .addEqualityGroup(add, AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 30))
        .addEqualityGroup(AverageDaysDelinquent.of(USD_25_000, USD_4_000, USD_10_000, 30))
        .addEqualityGroup(AverageDaysDelinquent.of(USD_15_000, USD_6_000, USD_10_000, 30))
        .addEqualityGroup(AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_25_000, 30))
        .addEqualityGroup(AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 90))
        .addEqualityGroup(add.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(add.withRounding(4, RoundingMode.CEILING))
        .testEquals();
    BestPossibleDso best = BestPossibleDso.of(USD_4_000, USD_10_000, 30);
    new EqualsTester()
        .addEqualityGroup(best, BestPossibleDso.of(USD_4_000, USD_10_000, 30))
        .addEqualityGroup(BestPossibleDso.of(USD_6_000, USD_10_000, 30))
        .addEqualityGroup(BestPossibleDso.of(USD_4_000, USD_15_000, 30))
        .addEqualityGroup(BestPossibleDso.of(USD_4_000, USD_10_000, 31))
        .addEqualityGroup(best.withRounding(0, RoundingMode.HALF_EVEN))
        .addEqualityGroup(best.withRounding(4, RoundingMode.FLOOR))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_10_000);
    tester.testAllPublicStaticMethods(AverageDaysDelinquent.class);
    tester.testAllPublicInstanceMethods(
        AverageDaysDelinquent.of(USD_15_000, USD_4_000, USD_10_000, 30));
    tester.testAllPublicStaticMethods(BestPossibleDso.class);
    tester.testAllPublicInstanceMethods(BestPossibleDso.of(USD_4_000, USD_10_000, 30));
  }
}
