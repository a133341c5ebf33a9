package dev.collections.core.money;

import dev.collections.core.internal.MinorUnits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Splits an amount of money into parts that add up to it exactly: equally, by integer or decimal
 * weights, or pro rata to other amounts.
 *
 * <p>Every split gives each part its exact share rounded toward zero, then hands out the leftover
 * minor units as a {@link RemainderPlacement} says; no minor unit is ever created or lost, whatever
 * the currency's decimal places (JPY 0, USD 2, BHD and KWD 3), the sign of the total (a negative
 * total, such as a refund, splits as the negation of its magnitude) or its size (amounts beyond a
 * {@code long} of minor units are split exactly too). A part whose weight is zero is always zero.
 *
 * <pre>{@code
 * Splits.equally(Money.parse("USD 1000.00"), 3, RemainderPlacement.LAST);
 * // [USD 333.33, USD 333.33, USD 333.34]
 * Splits.byWeights(Money.parse("USD 0.05"), List.of(70L, 30L), RemainderPlacement.SPREAD);
 * // [USD 0.04, USD 0.01]
 * }</pre>
 *
 * <p>Thread-safe; holds no state. The lists returned are immutable.
 */
public final class Splits {

  private Splits() {}

  /**
   * Splits {@code total} into {@code parts} equal parts. With {@link RemainderPlacement#FIRST},
   * {@link RemainderPlacement#LAST} or {@link RemainderPlacement#SPREAD} the parts differ by at
   * most one minor unit.
   *
   * @param total the amount to split; any sign, any size
   * @param parts how many parts, at least 1
   * @param placement which parts receive the leftover minor units
   * @return {@code parts} amounts in the currency of {@code total}, summing exactly to it
   * @throws IllegalArgumentException if {@code parts} is less than 1
   * @throws NullPointerException if an argument is null
   */
  public static List<Money> equally(Money total, int parts, RemainderPlacement placement) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(placement, "placement");
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1: " + parts);
    }
    CurrencyUnit currency = total.getCurrencyUnit();
    if (MinorUnits.fitsInLong(total) && MinorUnits.toLong(total) != Long.MIN_VALUE) {
      long units = MinorUnits.toLong(total);
      long[] shares = Remainders.equally(Math.abs(units), parts, placement);
      return toMoney(currency, shares, units < 0);
    }
    BigInteger[] weights = new BigInteger[parts];
    Arrays.fill(weights, BigInteger.ONE);
    return splitBig(total, weights, placement);
  }

  /**
   * Splits {@code total} in proportion to integer weights: part {@code i} is {@code total ×
   * weights[i] / Σ weights}, rounded as {@code placement} says.
   *
   * @param total the amount to split; any sign, any size
   * @param weights one non-negative weight per part, not all zero
   * @param placement which parts receive the leftover minor units
   * @return one amount per weight in the currency of {@code total}, summing exactly to it
   * @throws IllegalArgumentException if {@code weights} is empty, has a negative weight, or has
   *     only zero weights
   * @throws NullPointerException if an argument or a weight is null
   */
  public static List<Money> byWeights(
      Money total, List<Long> weights, RemainderPlacement placement) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(placement, "placement");
    long[] values = new long[weights.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
    }
    checkWeights(values, "weights");
    if (MinorUnits.fitsInLong(total) && MinorUnits.toLong(total) != Long.MIN_VALUE) {
      long units = MinorUnits.toLong(total);
      long[] shares = Remainders.byWeights(Math.abs(units), values, placement);
      if (shares != null) {
        return toMoney(total.getCurrencyUnit(), shares, units < 0);
      }
    }
    BigInteger[] big = new BigInteger[values.length];
    for (int i = 0; i < values.length; i++) {
      big[i] = BigInteger.valueOf(values[i]);
    }
    return splitBig(total, big, placement);
  }

  /**
   * Splits {@code total} in proportion to decimal weights, such as percentages with decimals
   * ({@code 33.3, 66.7}) or rates; the weights are used exactly, never rounded.
   *
   * @param total the amount to split; any sign, any size
   * @param weights one non-negative weight per part, not all zero
   * @param placement which parts receive the leftover minor units
   * @return one amount per weight in the currency of {@code total}, summing exactly to it
   * @throws IllegalArgumentException if {@code weights} is empty, has a negative weight, or has
   *     only zero weights
   * @throws NullPointerException if an argument or a weight is null
   */
  public static List<Money> byDecimalWeights(
      Money total, List<BigDecimal> weights, RemainderPlacement placement) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(placement, "placement");
    int scale = 0;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal weight = Objects.requireNonNull(weights.get(i), "weights[" + i + "]");
      scale = Math.max(scale, weight.scale());
    }
    BigInteger[] big = new BigInteger[weights.size()];
    for (int i = 0; i < big.length; i++) {
      big[i] = weights.get(i).setScale(scale).unscaledValue();
    }
    checkWeights(big, weights, "weights");
    return splitBig(total, big, placement);
  }

  /**
   * Splits {@code total} in proportion to other amounts, as a payment is split pro rata across open
   * balances: part {@code i} is {@code total × basis[i] / Σ basis}.
   *
   * @param total the amount to split; any sign, any size
   * @param basis one non-negative amount per part, in the currency of {@code total}, not all zero
   * @param placement which parts receive the leftover minor units
   * @return one amount per basis amount in the currency of {@code total}, summing exactly to it
   * @throws MixedCurrencyException if a basis amount is in another currency
   * @throws IllegalArgumentException if {@code basis} is empty, has a negative amount, or has only
   *     zero amounts
   * @throws NullPointerException if an argument or an amount is null
   */
  public static List<Money> proRata(Money total, List<Money> basis, RemainderPlacement placement) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(placement, "placement");
    Currencies.requireCurrency(basis, total.getCurrencyUnit(), "basis");
    BigInteger[] big = new BigInteger[basis.size()];
    boolean small = MinorUnits.fitsInLong(total);
    for (int i = 0; i < big.length; i++) {
      big[i] = MinorUnits.toBigInteger(basis.get(i));
      small &= big[i].bitLength() < Long.SIZE;
    }
    checkWeights(big, basis, "basis");
    if (small && MinorUnits.toLong(total) != Long.MIN_VALUE) {
      long[] values = new long[big.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = big[i].longValue();
      }
      long units = MinorUnits.toLong(total);
      long[] shares = Remainders.byWeights(Math.abs(units), values, placement);
      if (shares != null) {
        return toMoney(total.getCurrencyUnit(), shares, units < 0);
      }
    }
    return splitBig(total, big, placement);
  }

  private static List<Money> splitBig(
      Money total, BigInteger[] weights, RemainderPlacement placement) {
    BigInteger units = MinorUnits.toBigInteger(total);
    BigInteger[] shares = Remainders.byWeights(units.abs(), weights, placement);
    CurrencyUnit currency = total.getCurrencyUnit();
    List<Money> parts = new ArrayList<>(shares.length);
    for (BigInteger share : shares) {
      parts.add(MinorUnits.toMoney(currency, units.signum() < 0 ? share.negate() : share));
    }
    return List.copyOf(parts);
  }

  private static List<Money> toMoney(CurrencyUnit currency, long[] shares, boolean negate) {
    Money[] parts = new Money[shares.length];
    for (int i = 0; i < shares.length; i++) {
      parts[i] = MinorUnits.toMoney(currency, negate ? -shares[i] : shares[i]);
    }
    return List.of(parts);
  }

  private static void checkWeights(long[] weights, String field) {
    if (weights.length == 0) {
      throw new IllegalArgumentException(field + " must not be empty: []");
    }
    boolean anyPositive = false;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException(
            field + " must not be negative: " + field + "[" + i + "] = " + weights[i]);
      }
      anyPositive |= weights[i] > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          field + " must not all be zero: " + Arrays.toString(weights));
    }
  }

  private static void checkWeights(BigInteger[] weights, List<?> shown, String field) {
    if (weights.length == 0) {
      throw new IllegalArgumentException(field + " must not be empty: []");
    }
    boolean anyPositive = false;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i].signum() < 0) {
        throw new IllegalArgumentException(
            field + " must not be negative: " + field + "[" + i + "] = " + shown.get(i));
      }
      anyPositive |= weights[i].signum() > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(field + " must not all be zero: " + shown);
    }
  }
}
