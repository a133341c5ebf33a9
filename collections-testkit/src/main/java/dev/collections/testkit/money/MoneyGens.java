package dev.collections.testkit.money;

import dev.collections.testkit.Gen;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of currencies and amounts of money, always at the currency's scale.
 *
 * <p>Amounts spread over every order of magnitude, from one minor unit to trillions, and every
 * generator's edge cases include zero, one minor unit, one major unit and the ends of its range.
 *
 * <pre>{@code
 * Property.forAll(MoneyGens.amounts(CurrencyUnit.USD)).check(m -> ...);
 * Property.forAll(MoneyGens.amounts()).check(m -> ...); // any currency
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class MoneyGens {

  /** The currencies {@link #currencies()} draws: 0, 2, 3 and 4 decimal places. */
  public static final List<CurrencyUnit> CURRENCIES =
      List.of(
          CurrencyUnit.USD,
          CurrencyUnit.EUR,
          CurrencyUnit.GBP,
          CurrencyUnit.JPY,
          CurrencyUnit.of("KRW"),
          CurrencyUnit.of("BHD"),
          CurrencyUnit.of("KWD"),
          CurrencyUnit.of("CLF"));

  /** The largest magnitude, in major units, of {@link #amounts(CurrencyUnit)}: ten trillion. */
  public static final long LARGEST_MAJOR = 10_000_000_000_000L;

  private MoneyGens() {}

  /**
   * Returns a generator of currencies with 0, 2, 3 and 4 decimal places.
   *
   * @return the generator; edge cases are JPY, USD, BHD and CLF
   */
  public static Gen<CurrencyUnit> currencies() {
    return Gen.elements(CURRENCIES)
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                CurrencyUnit.JPY,
                CurrencyUnit.USD,
                CurrencyUnit.of("BHD"),
                CurrencyUnit.of("CLF")));
  }

  /**
   * Returns a generator of amounts of any sign in {@code currency}, up to {@link #LARGEST_MAJOR}
   * major units either way.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Money> amounts(CurrencyUnit currency) {
    long largest = largestMinor(currency);
    return amounts(currency, -largest, largest);
  }

  /**
   * Returns a generator of amounts of zero or more in {@code currency}.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Money> nonNegativeAmounts(CurrencyUnit currency) {
    return amounts(currency, 0, largestMinor(currency));
  }

  /**
   * Returns a generator of amounts of at least one minor unit in {@code currency}.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Money> positiveAmounts(CurrencyUnit currency) {
    return amounts(currency, 1, largestMinor(currency));
  }

  /**
   * Returns a generator of amounts of any sign in any of {@link #CURRENCIES}.
   *
   * @return the generator
   */
  public static Gen<Money> amounts() {
    return currencies().flatMap(MoneyGens::amounts);
  }

  /**
   * Returns a generator of amounts between two counts of minor units, both inclusive, spread over
   * every order of magnitude in the range.
   *
   * @param currency the currency
   * @param minMinor the least amount, in minor units
   * @param maxMinor the greatest amount, in minor units, at least {@code minMinor}
   * @return the generator; edge cases are the ends of the range and, when inside it, zero, one
   *     minor unit either way and one major unit either way
   * @throws IllegalArgumentException if {@code maxMinor < minMinor}
   */
  public static Gen<Money> amounts(CurrencyUnit currency, long minMinor, long maxMinor) {
    Objects.requireNonNull(currency, "currency");
    if (maxMinor < minMinor) {
      throw new IllegalArgumentException(
          "maxMinor must not be less than minMinor: " + minMinor + " then " + maxMinor);
    }
    long major = BigInteger.TEN.pow(currency.getDecimalPlaces()).longValueExact();
    Set<Long> edges = new LinkedHashSet<>();
    for (long edge : new long[] {0, 1, -1, major, -major, minMinor, maxMinor}) {
      if (edge >= minMinor && edge <= maxMinor) {
        edges.add(edge);
      }
    }
    Gen<Long> uniform = Gen.longs(minMinor, maxMinor).withoutEdgeCases();
    Gen<Long> units =
        Gen.<Long>of(
            (random, size) -> {
              int choice = random.nextInt(10);
              if (choice == 0) {
                List<Long> list = List.copyOf(edges);
                return list.get(random.nextInt(list.size()));
              }
              if (choice <= 5) {
                // Log-uniform: a random number of digits, then a value with that many.
                int digits = random.nextInt(19);
                long bound = BigInteger.TEN.pow(digits).longValueExact();
                long candidate = random.nextLong(-bound, bound + 1);
                if (candidate >= minMinor && candidate <= maxMinor) {
                  return candidate;
                }
              }
              return uniform.next(random, size);
            },
            List.copyOf(edges));
    return units.map(u -> Money.ofMinor(currency, u));
  }

  /**
   * Returns a generator of amounts too large to count in a {@code long} of minor units (up to about
   * 10<sup>31</sup> minor units), for proving that calculations stay exact beyond the fast path.
   *
   * @param currency the currency
   * @return the generator; edge cases are one minor unit past {@code Long.MAX_VALUE} either way
   */
  public static Gen<Money> enormousAmounts(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    BigInteger pastLong = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);
    List<Money> edges = List.of(toMoney(currency, pastLong), toMoney(currency, pastLong.negate()));
    return Gen.of(
        (random, size) -> {
          BigInteger magnitude =
              BigInteger.valueOf(random.nextLong() & Long.MAX_VALUE)
                  .shiftLeft(40)
                  .add(BigInteger.valueOf(random.nextLong() & ((1L << 40) - 1)))
                  .add(pastLong);
          return toMoney(currency, random.nextBoolean() ? magnitude : magnitude.negate());
        },
        edges);
  }

  private static Money toMoney(CurrencyUnit currency, BigInteger units) {
    return Money.of(currency, new BigDecimal(units, currency.getDecimalPlaces()));
  }

  private static long largestMinor(CurrencyUnit currency) {
    return BigInteger.TEN
        .pow(currency.getDecimalPlaces())
        .multiply(BigInteger.valueOf(LARGEST_MAJOR))
        .longValueExact();
  }
}
