package dev.collections.core.money;

import static dev.collections.core.money.RemainderPlacement.ALL_TO_FIRST;
import static dev.collections.core.money.RemainderPlacement.ALL_TO_LAST;
import static dev.collections.core.money.RemainderPlacement.FIRST;
import static dev.collections.core.money.RemainderPlacement.LAST;
import static dev.collections.core.money.RemainderPlacement.SPREAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Worked examples of DOMAIN.md sections 4.1 and 5.3, and the rejections of bad input. */
class SplitsTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");
  private static final CurrencyUnit KWD = CurrencyUnit.of("KWD");
  private static final Money USD_1000 = Money.parse("USD 1000.00");
  private static final Money USD_100 = Money.parse("USD 100.00");
  private static final Money USD_0_05 = Money.parse("USD 0.05");

  private static List<Money> amounts(String currency, String... values) {
    return Arrays.stream(values).map(v -> Money.parse(currency + " " + v)).toList();
  }

  private static List<Money> repeat(String currency, String value, int times) {
    List<Money> result = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      result.add(Money.parse(currency + " " + value));
    }
    return result;
  }

  private static List<Money> concat(List<Money> first, List<Money> second) {
    List<Money> result = new ArrayList<>(first);
    result.addAll(second);
    return result;
  }

  @Test
  void equally_usd1000ByThree_remainderLast() {
    assertEquals(amounts("USD", "333.33", "333.33", "333.34"), Splits.equally(USD_1000, 3, LAST));
  }

  @Test
  void equally_usd1000ByThree_remainderFirstAndSpread() {
    List<Money> expected = amounts("USD", "333.34", "333.33", "333.33");
    assertEquals(expected, Splits.equally(USD_1000, 3, FIRST));
    assertEquals(expected, Splits.equally(USD_1000, 3, SPREAD));
  }

  @Test
  void equally_usd100BySeven_eachPlacement() {
    assertEquals(
        concat(repeat("USD", "14.28", 6), amounts("USD", "14.32")),
        Splits.equally(USD_100, 7, ALL_TO_LAST));
    assertEquals(
        concat(amounts("USD", "14.32"), repeat("USD", "14.28", 6)),
        Splits.equally(USD_100, 7, ALL_TO_FIRST));
    assertEquals(
        concat(repeat("USD", "14.29", 4), repeat("USD", "14.28", 3)),
        Splits.equally(USD_100, 7, SPREAD));
    assertEquals(
        concat(repeat("USD", "14.28", 3), repeat("USD", "14.29", 4)),
        Splits.equally(USD_100, 7, LAST));
  }

  @Test
  void equally_jpy10000ByThree_remainderLast() {
    assertEquals(
        amounts("JPY", "3333", "3333", "3334"), Splits.equally(Money.parse("JPY 10000"), 3, LAST));
  }

  @Test
  void equally_bhd10ByThree_remainderFirst() {
    assertEquals(
        amounts("BHD", "3.334", "3.333", "3.333"),
        Splits.equally(Money.of(BHD, BigDecimal.TEN), 3, FIRST));
  }

  @Test
  void equally_kwd1BySix_eachPlacement() {
    Money kwd1 = Money.of(KWD, BigDecimal.ONE);
    assertEquals(
        concat(repeat("KWD", "0.166", 5), amounts("KWD", "0.170")),
        Splits.equally(kwd1, 6, ALL_TO_LAST));
    assertEquals(
        concat(repeat("KWD", "0.167", 4), repeat("KWD", "0.166", 2)),
        Splits.equally(kwd1, 6, SPREAD));
  }

  @Test
  void equally_settlementRemainder_domainExample() {
    // DOMAIN.md 4.4: 2,500.00 over six installments, floor plus lump last, or spread.
    Money remaining = Money.parse("USD 2500.00");
    assertEquals(
        concat(repeat("USD", "416.66", 5), amounts("USD", "416.70")),
        Splits.equally(remaining, 6, ALL_TO_LAST));
    assertEquals(
        concat(repeat("USD", "416.67", 4), repeat("USD", "416.66", 2)),
        Splits.equally(remaining, 6, SPREAD));
  }

  @Test
  void equally_negativeTotal_mirrorsPositive() {
    assertEquals(
        amounts("USD", "-333.33", "-333.33", "-333.34"),
        Splits.equally(USD_1000.negated(), 3, LAST));
  }

  @Test
  void equally_zero_allPartsZero() {
    assertEquals(repeat("USD", "0.00", 4), Splits.equally(Money.zero(CurrencyUnit.USD), 4, FIRST));
  }

  @Test
  void equally_onePart_isTheTotal() {
    assertEquals(List.of(USD_100), Splits.equally(USD_100, 1, LAST));
  }

  @Test
  void equally_trillions_exact() {
    Money total = Money.parse("USD 3000000000000.01");
    assertEquals(
        amounts("USD", "1000000000000.01", "1000000000000.00", "1000000000000.00"),
        Splits.equally(total, 3, FIRST));
  }

  @Test
  void equally_beyondLongMinorUnits_exact() {
    Money total = Money.of(CurrencyUnit.USD, new BigDecimal("100000000000000000000.01"));
    List<Money> parts = Splits.equally(total, 2, LAST);
    assertEquals(amounts("USD", "50000000000000000000.00", "50000000000000000000.01"), parts);
  }

  @Test
  void byWeights_seventyThirtyOfFiveCents_fourAndOne() {
    assertEquals(
        amounts("USD", "0.04", "0.01"), Splits.byWeights(USD_0_05, List.of(70L, 30L), SPREAD));
    assertEquals(
        amounts("USD", "0.04", "0.01"), Splits.byWeights(USD_0_05, List.of(70L, 30L), FIRST));
  }

  @Test
  void byWeights_thirtySeventyOfFiveCents_twoAndThree() {
    assertEquals(
        amounts("USD", "0.02", "0.03"), Splits.byWeights(USD_0_05, List.of(30L, 70L), SPREAD));
  }

  @Test
  void byWeights_largestRemainder_goesToLargestFraction() {
    // 0.10 by 1:1:1:7 is 0.01, 0.01, 0.01, 0.07 exactly; 0.11 leaves one cent whose largest
    // fraction (7 * 11 / 10 = 7.7) belongs to the last part.
    assertEquals(
        amounts("USD", "0.01", "0.01", "0.01", "0.08"),
        Splits.byWeights(Money.parse("USD 0.11"), List.of(1L, 1L, 1L, 7L), SPREAD));
    assertEquals(
        amounts("USD", "0.02", "0.01", "0.01", "0.07"),
        Splits.byWeights(Money.parse("USD 0.11"), List.of(1L, 1L, 1L, 7L), FIRST));
  }

  @Test
  void byWeights_zeroWeight_getsNothing() {
    assertEquals(
        amounts("USD", "0.00", "0.03", "0.02"),
        Splits.byWeights(USD_0_05, List.of(0L, 1L, 1L), FIRST));
    assertEquals(
        amounts("USD", "0.00", "0.02", "0.03"),
        Splits.byWeights(USD_0_05, List.of(0L, 1L, 1L), LAST));
    assertEquals(
        amounts("USD", "0.00", "0.03", "0.02"),
        Splits.byWeights(USD_0_05, List.of(0L, 1L, 1L), ALL_TO_FIRST));
  }

  @Test
  void byWeights_hugeWeights_fallBackToExactArithmetic() {
    assertEquals(
        amounts("USD", "500000.00", "500000.00"),
        Splits.byWeights(
            Money.parse("USD 1000000.00"), List.of(Long.MAX_VALUE, Long.MAX_VALUE), SPREAD));
  }

  @Test
  void byDecimalWeights_percentagesWithDecimals() {
    assertEquals(
        amounts("USD", "333.00", "667.00"),
        Splits.byDecimalWeights(
            USD_1000, List.of(new BigDecimal("33.3"), new BigDecimal("66.7")), SPREAD));
  }

  @Test
  void byDecimalWeights_halfOfAnOddCent_remainderPlaced() {
    // Dinero's example: a 50% down payment of 1,000.03.
    assertEquals(
        amounts("USD", "500.02", "500.01"),
        Splits.byDecimalWeights(
            Money.parse("USD 1000.03"),
            List.of(new BigDecimal("0.5"), new BigDecimal("0.50")),
            SPREAD));
  }

  @Test
  void proRata_byBalances() {
    List<Money> balances = amounts("USD", "100.00", "200.00", "0.00", "700.00");
    assertEquals(
        amounts("USD", "10.00", "20.00", "0.00", "70.00"),
        Splits.proRata(USD_100, balances, SPREAD));
  }

  @Test
  void proRata_mixedCurrency_namesTheElement() {
    List<Money> basis = List.of(Money.parse("USD 1.00"), Money.parse("EUR 1.00"));
    MixedCurrencyException e =
        assertThrows(MixedCurrencyException.class, () -> Splits.proRata(USD_100, basis, SPREAD));
    assertEquals("basis[1] must be in USD: EUR", e.getMessage());
    assertEquals("basis[1]", e.field());
  }

  @Test
  void equally_zeroParts_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Splits.equally(USD_100, 0, FIRST));
    assertEquals("parts must be at least 1: 0", e.getMessage());
  }

  @Test
  void byWeights_empty_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Splits.byWeights(USD_100, List.of(), FIRST));
    assertEquals("weights must not be empty: []", e.getMessage());
  }

  @Test
  void byWeights_negative_rejectedNamingTheWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Splits.byWeights(USD_100, List.of(1L, -3L), FIRST));
    assertEquals("weights must not be negative: weights[1] = -3", e.getMessage());
  }

  @Test
  void byWeights_allZero_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Splits.byWeights(USD_100, List.of(0L, 0L), FIRST));
    assertEquals("weights must not all be zero: [0, 0]", e.getMessage());
  }

  @Test
  void byDecimalWeights_negative_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Splits.byDecimalWeights(
                    USD_100, List.of(BigDecimal.ONE, new BigDecimal("-0.5")), FIRST));
    assertEquals("weights must not be negative: weights[1] = -0.5", e.getMessage());
  }

  @Test
  void byDecimalWeights_allZero_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Splits.byDecimalWeights(USD_100, List.of(BigDecimal.ZERO), FIRST));
  }

  @Test
  void proRata_allZero_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Splits.proRata(USD_100, List.of(Money.zero(CurrencyUnit.USD)), FIRST));
  }

  @Test
  void byWeights_nullWeight_namesTheElement() {
    List<Long> weights = new ArrayList<>();
    weights.add(1L);
    weights.add(null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Splits.byWeights(USD_100, weights, FIRST));
    assertEquals("weights[1]", e.getMessage());
  }

  @Test
  void publicStaticMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(Money.class, USD_100)
        .setDefault(int.class, 2)
        .setDefault(List.class, List.of())
        .testAllPublicStaticMethods(Splits.class);
  }
}
