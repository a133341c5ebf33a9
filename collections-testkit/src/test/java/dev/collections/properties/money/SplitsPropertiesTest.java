package dev.collections.properties.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.money.MoneyGens;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Splits never create or lose a minor unit, and round every share by less than one unit. */
class SplitsPropertiesTest {

  private static final Set<RemainderPlacement> ONE_UNIT_EACH =
      EnumSet.of(RemainderPlacement.FIRST, RemainderPlacement.LAST, RemainderPlacement.SPREAD);

  private static final Gen<Money> TOTALS =
      Gen.oneOf(
          List.of(MoneyGens.amounts(), MoneyGens.currencies().flatMap(MoneyGens::enormousAmounts)));

  private static final Gen<RemainderPlacement> PLACEMENTS = Gen.enums(RemainderPlacement.class);

  record EqualSplit(Money total, int parts, RemainderPlacement placement) {}

  record WeightedSplit(Money total, List<Long> weights, RemainderPlacement placement) {}

  private static final Gen<EqualSplit> EQUAL_SPLITS =
      Gen.zip(TOTALS, Gen.integers(1, 400), PLACEMENTS, EqualSplit::new);

  private static final Gen<List<Long>> WEIGHTS =
      Gen.oneOf(
              List.of(
                  Gen.listOf(Gen.longs(0, 100), 1, 30),
                  Gen.listOf(Gen.longs(0, Long.MAX_VALUE), 1, 8)))
          .filter(ws -> ws.stream().anyMatch(w -> w > 0));

  private static final Gen<WeightedSplit> WEIGHTED_SPLITS =
      Gen.zip(TOTALS, WEIGHTS, PLACEMENTS, WeightedSplit::new);

  private static BigInteger units(Money money) {
    return money.getAmount().unscaledValue();
  }

  private static BigInteger sum(List<Money> parts) {
    return parts.stream().map(SplitsPropertiesTest::units).reduce(BigInteger.ZERO, BigInteger::add);
  }

  @Test
  void equally_partsSumToTheTotal() {
    Property.forAll(EQUAL_SPLITS)
        .check(
            s -> {
              List<Money> parts = Splits.equally(s.total(), s.parts(), s.placement());
              assertEquals(s.parts(), parts.size());
              assertEquals(units(s.total()), sum(parts));
              assertTrue(
                  parts.stream()
                      .allMatch(p -> p.getCurrencyUnit().equals(s.total().getCurrencyUnit())));
            });
  }

  @Test
  void equally_partsDifferByAtMostOneMinorUnit() {
    Property.forAll(EQUAL_SPLITS.filter(s -> ONE_UNIT_EACH.contains(s.placement())))
        .check(
            s -> {
              List<BigInteger> units =
                  Splits.equally(s.total(), s.parts(), s.placement()).stream()
                      .map(SplitsPropertiesTest::units)
                      .toList();
              BigInteger spread =
                  units.stream()
                      .max(BigInteger::compareTo)
                      .orElseThrow()
                      .subtract(units.stream().min(BigInteger::compareTo).orElseThrow());
              assertTrue(spread.compareTo(BigInteger.ONE) <= 0, "parts " + units);
            });
  }

  @Test
  void equally_lumpPlacements_leaveEveryOtherPartAtTheRoundedDownShare() {
    Property.forAll(EQUAL_SPLITS.filter(s -> !ONE_UNIT_EACH.contains(s.placement())))
        .check(
            s -> {
              List<Money> parts = Splits.equally(s.total(), s.parts(), s.placement());
              BigInteger floorShare = units(s.total()).abs().divide(BigInteger.valueOf(s.parts()));
              int lump = s.placement() == RemainderPlacement.ALL_TO_FIRST ? 0 : s.parts() - 1;
              for (int i = 0; i < parts.size(); i++) {
                if (i != lump) {
                  assertEquals(floorShare, units(parts.get(i)).abs());
                }
              }
            });
  }

  @Test
  void byWeights_partsSumToTheTotal_andZeroWeightsGetNothing() {
    Property.forAll(WEIGHTED_SPLITS)
        .check(
            s -> {
              List<Money> parts = Splits.byWeights(s.total(), s.weights(), s.placement());
              assertEquals(units(s.total()), sum(parts));
              for (int i = 0; i < parts.size(); i++) {
                if (s.weights().get(i) == 0) {
                  assertTrue(parts.get(i).isZero());
                }
              }
            });
  }

  @Test
  void byWeights_everyPartIsItsExactShareRoundedDownOrUp() {
    Property.forAll(WEIGHTED_SPLITS.filter(s -> ONE_UNIT_EACH.contains(s.placement())))
        .check(
            s -> {
              List<Money> parts = Splits.byWeights(s.total(), s.weights(), s.placement());
              BigInteger magnitude = units(s.total()).abs();
              BigInteger weightSum =
                  s.weights().stream()
                      .map(BigInteger::valueOf)
                      .reduce(BigInteger.ZERO, BigInteger::add);
              for (int i = 0; i < parts.size(); i++) {
                // The exact share is magnitude * w / sum: its floor, or its ceiling when it has
                // a fraction.
                BigInteger[] exact =
                    magnitude
                        .multiply(BigInteger.valueOf(s.weights().get(i)))
                        .divideAndRemainder(weightSum);
                BigInteger part = units(parts.get(i)).abs();
                boolean roundedDown = part.equals(exact[0]);
                boolean roundedUp =
                    exact[1].signum() > 0 && part.equals(exact[0].add(BigInteger.ONE));
                assertTrue(
                    roundedDown || roundedUp,
                    "part "
                        + i
                        + " = "
                        + part
                        + ", exact share "
                        + exact[0]
                        + " + "
                        + exact[1]
                        + "/"
                        + weightSum);
                assertEquals(
                    units(s.total()).signum() * part.signum(), units(parts.get(i)).signum());
              }
            });
  }

  @Test
  void negatedTotal_givesNegatedParts() {
    Property.forAll(WEIGHTED_SPLITS)
        .check(
            s -> {
              List<Money> parts = Splits.byWeights(s.total(), s.weights(), s.placement());
              List<Money> negated =
                  Splits.byWeights(s.total().negated(), s.weights(), s.placement());
              assertEquals(parts.stream().map(Money::negated).toList(), negated);
            });
  }

  @Test
  void byDecimalWeights_agreesWithScaledIntegerWeights() {
    Property.forAll(
            Gen.zip(
                    TOTALS,
                    Gen.listOf(Gen.longs(0, 1_000_000), 1, 12),
                    PLACEMENTS,
                    WeightedSplit::new)
                .filter(s -> s.weights().stream().anyMatch(w -> w > 0)))
        .check(
            s -> {
              List<BigDecimal> decimals = new ArrayList<>();
              for (long w : s.weights()) {
                decimals.add(BigDecimal.valueOf(w, 3));
              }
              assertEquals(
                  Splits.byWeights(s.total(), s.weights(), s.placement()),
                  Splits.byDecimalWeights(s.total(), decimals, s.placement()));
            });
  }

  @Test
  void proRata_agreesWithWeightsInMinorUnits() {
    Gen<List<Money>> balances =
        Gen.listOf(MoneyGens.nonNegativeAmounts(CurrencyUnit.USD), 1, 20)
            .filter(bs -> bs.stream().anyMatch(Money::isPositive));
    Property.forAll(
            Gen.zip(
                MoneyGens.amounts(CurrencyUnit.USD), balances, (t, b) -> List.of(List.of(t), b)))
        .check(
            input -> {
              Money total = input.get(0).get(0);
              List<Money> basis = input.get(1);
              List<Long> weights = basis.stream().map(Money::getAmountMinorLong).toList();
              for (RemainderPlacement placement : RemainderPlacement.values()) {
                assertEquals(
                    Splits.byWeights(total, weights, placement),
                    Splits.proRata(total, basis, placement));
              }
            });
  }
}
