package dev.collections.testkit.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneyGensTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  @Test
  void amounts_edgeCasesIncludeZeroOneMinorUnitAndTheEnds() {
    List<Money> edges = MoneyGens.amounts(BHD).edgeCases();
    assertTrue(edges.contains(Money.zero(BHD)));
    assertTrue(edges.contains(Money.ofMinor(BHD, 1)));
    assertTrue(edges.contains(Money.ofMinor(BHD, -1)));
    assertTrue(edges.contains(Money.ofMajor(BHD, MoneyGens.LARGEST_MAJOR)));
  }

  @Test
  void amounts_atTheCurrencyScale_andWithinRange() {
    Property.forAll(MoneyGens.amounts())
        .check(
            m -> {
              assertEquals(m.getCurrencyUnit().getDecimalPlaces(), m.getAmount().scale());
              assertTrue(m.abs().getAmountMajorLong() <= MoneyGens.LARGEST_MAJOR);
            });
  }

  @Test
  void amounts_spreadOverManyMagnitudes() {
    Gen<Money> gen = MoneyGens.nonNegativeAmounts(CurrencyUnit.USD);
    SplittableRandom random = new SplittableRandom(3);
    Set<Integer> digitCounts = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      digitCounts.add(gen.next(random, 50).getAmountMinor().toString().length());
    }
    assertTrue(digitCounts.size() >= 12, "digit counts seen: " + digitCounts);
  }

  @Test
  void positiveAmounts_neverZero() {
    Property.forAll(MoneyGens.positiveAmounts(CurrencyUnit.JPY)).holds(Money::isPositive);
  }

  @Test
  void enormousAmounts_beyondLong() {
    BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
    Property.forAll(MoneyGens.enormousAmounts(CurrencyUnit.USD))
        .holds(m -> m.getAmountMinor().toBigInteger().abs().compareTo(longMax) > 0);
  }

  @Test
  void currencies_coverZeroTwoThreeAndFourDecimals() {
    Set<Integer> places = new HashSet<>();
    for (CurrencyUnit currency : MoneyGens.currencies().edgeCases()) {
      places.add(currency.getDecimalPlaces());
    }
    assertEquals(Set.of(0, 2, 3, 4), places);
  }

  @Test
  void factories_rejectNulls() {
    new com.google.common.testing.NullPointerTester()
        .setDefault(CurrencyUnit.class, CurrencyUnit.USD)
        .testAllPublicStaticMethods(MoneyGens.class);
  }
}
