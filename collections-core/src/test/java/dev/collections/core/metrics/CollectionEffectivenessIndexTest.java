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

class CollectionEffectivenessIndexTest {

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  /** A builder of one month's CEI with B, S, E and C in USD. */
  private static CollectionEffectivenessIndex.Builder month(
      String beginning, String sales, String ending, String endingCurrent) {
    return CollectionEffectivenessIndex.builder()
        .beginningReceivables(usd(beginning))
        .creditSales(usd(sales))
        .endingReceivables(usd(ending))
        .endingCurrentReceivables(usd(endingCurrent));
  }

  /** DOMAIN.md 2.4, creditguru January to March. */
  private static CollectionEffectivenessIndex creditguru() {
    return month("6200.00", "10890.00", "6340.00", "3590.00").months(3).build();
  }

  @Test
  void builder_domainExample_2_4_creditguru_threeMonths_55point93percent() {
    CollectionEffectivenessIndex cei = creditguru();
    // S = 10,890 / 3 = 3,630; (6,200 + 3,630 − 6,340) / (6,200 + 3,630 − 3,590) = 3,490 / 6,240
    assertEquals(Optional.of(new BigDecimal("0.5593")), cei.value());
    assertEquals(Optional.of(new BigDecimal("55.93")), cei.percent());
    assertEquals(MetricUnit.FRACTION, cei.unit());
    assertEquals(3, cei.months());
    // The source rounds to 55.9%.
    assertEquals(
        Optional.of(new BigDecimal("55.9")), cei.withRounding(3, RoundingMode.HALF_UP).percent());
  }

  @Test
  void builder_domainExample_2_4_constructed_63point64percent() {
    CollectionEffectivenessIndex cei =
        month("100000.00", "50000.00", "80000.00", "40000.00").build();
    assertEquals(1, cei.months());
    assertEquals(Optional.of(new BigDecimal("0.6364")), cei.value());
    assertEquals(Optional.of(new BigDecimal("63.64")), cei.percent());
  }

  @Test
  void builder_averageSalesNotRounded() {
    // Sales 10,000 over 3 months: S = 3,333.33…, kept exact. B 0, E 0, C 0 → 1; E 1,000:
    // (10,000/3 − 1,000) / (10,000/3) = 0.7 exactly.
    assertEquals(
        Optional.of(new BigDecimal("0.7000")),
        month("0.00", "10000.00", "1000.00", "0.00").months(3).build().value());
  }

  @Test
  void builder_allCollectible_one() {
    assertEquals(
        Optional.of(new BigDecimal("1.0000")),
        month("500.00", "100.00", "300.00", "300.00").build().value());
  }

  @Test
  void builder_endingAboveBeginningPlusAverageSales_negative() {
    // B 1,000, S = 3,000 / 3 = 1,000, E 4,000, C 0: (2,000 − 4,000) / 2,000.
    assertEquals(
        Optional.of(new BigDecimal("-1.0000")),
        month("1000.00", "3000.00", "4000.00", "0.00").months(3).build().value());
  }

  @Test
  void builder_nothingCollectible_undefinedWithReason() {
    CollectionEffectivenessIndex zero = month("0.00", "0.00", "0.00", "0.00").build();
    assertFalse(zero.isDefined());
    assertEquals(Optional.empty(), zero.value());
    assertEquals(Optional.empty(), zero.percent());
    assertEquals(
        Optional.of(
            "beginning receivables plus average monthly sales less ending current receivables"
                + " is zero"),
        zero.undefinedReason());
    // B 1,000, S = 3,000 / 3 = 1,000, C 5,000: 2,000 − 5,000 < 0.
    CollectionEffectivenessIndex negative =
        month("1000.00", "3000.00", "5000.00", "5000.00").months(3).build();
    assertFalse(negative.isDefined());
    assertEquals(
        Optional.of(
            "beginning receivables plus average monthly sales less ending current receivables"
                + " is negative"),
        negative.undefinedReason());
  }

  @Test
  void builder_badInputs_rejectedNamingTheField() {
    assertEquals(
        "ending current receivables must not exceed the ending receivables: USD 5.00 of USD 4.00",
        assertThrows(
                IllegalArgumentException.class, () -> month("1.00", "1.00", "4.00", "5.00").build())
            .getMessage());
    assertEquals(
        "months must be positive: 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> month("1.00", "1.00", "1.00", "1.00").months(0).build())
            .getMessage());
    assertEquals(
        "beginning receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> month("-1.00", "1.00", "1.00", "1.00").build())
            .getMessage());
    assertEquals(
        "credit sales must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> month("1.00", "-1.00", "1.00", "1.00").build())
            .getMessage());
    assertEquals(
        "ending receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> month("1.00", "1.00", "-1.00", "0.00").build())
            .getMessage());
    assertEquals(
        "ending current receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> month("1.00", "1.00", "1.00", "-1.00").build())
            .getMessage());
    assertEquals(
        "credit sales must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () ->
                    CollectionEffectivenessIndex.builder()
                        .beginningReceivables(usd("1.00"))
                        .creditSales(Money.parse("EUR 1.00"))
                        .endingReceivables(usd("1.00"))
                        .endingCurrentReceivables(usd("1.00"))
                        .build())
            .getMessage());
    assertEquals(
        "scale must be between 0 and 18: 40",
        assertThrows(
                IllegalArgumentException.class,
                () -> month("1.00", "1.00", "1.00", "1.00").scale(40).build())
            .getMessage());
  }

  @Test
  void builder_roundingSetOnTheBuilder() {
    CollectionEffectivenessIndex cei =
        month("100000.00", "50000.00", "80000.00", "40000.00")
            .scale(2)
            .roundingMode(RoundingMode.DOWN)
            .build();
    assertEquals(Optional.of(new BigDecimal("0.63")), cei.value());
    assertEquals(Optional.of(new BigDecimal("63")), cei.percent());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "CollectionEffectivenessIndex{beginningReceivables=USD 6200.00, creditSales=USD 10890.00,"
            + " months=3, endingReceivables=USD 6340.00, endingCurrentReceivables=USD 3590.00,"
            + " scale=4, roundingMode=HALF_EVEN, value=0.5593 (55.93%)}",
        creditguru().toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    new EqualsTester()
        .addEqualityGroup(creditguru(), creditguru())
        .addEqualityGroup(month("6200.00", "10890.00", "6340.00", "3590.00").build())
        .addEqualityGroup(month("6200.01", "10890.00", "6340.00", "3590.00").months(3).build())
        .addEqualityGroup(month("6200.00", "10890.01", "6340.00", "3590.00").months(3).build())
        .addEqualityGroup(month("6200.00", "10890.00", "6340.01", "3590.00").months(3).build())
        .addEqualityGroup(month("6200.00", "10890.00", "6340.00", "3590.01").months(3).build())
        .addEqualityGroup(creditguru().withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(creditguru().withRounding(4, RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, usd("1.00"));
    tester.testAllPublicStaticMethods(CollectionEffectivenessIndex.class);
    tester.testAllPublicInstanceMethods(creditguru());
  }
}
