package dev.collections.core.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The integer arithmetic behind {@link Splits}: splits a non-negative count of minor units by
 * non-negative weights, giving each part its exact share rounded down and then the leftover units
 * as a {@link RemainderPlacement} says. Works on {@code long} when nothing can overflow and on
 * {@link BigInteger} otherwise.
 */
final class Remainders {

  private Remainders() {}

  /** Splits {@code units >= 0} into {@code parts >= 1} equal shares. */
  static long[] equally(long units, int parts, RemainderPlacement placement) {
    long share = units / parts;
    int leftover = (int) (units % parts);
    long[] result = new long[parts];
    Arrays.fill(result, share);
    if (leftover == 0) {
      return result;
    }
    switch (placement) {
      case FIRST, SPREAD -> {
        for (int i = 0; i < leftover; i++) {
          result[i]++;
        }
      }
      case LAST -> {
        for (int i = parts - leftover; i < parts; i++) {
          result[i]++;
        }
      }
      case ALL_TO_FIRST -> result[0] += leftover;
      case ALL_TO_LAST -> result[parts - 1] += leftover;
    }
    return result;
  }

  /**
   * Splits {@code units >= 0} by {@code weights}, all non-negative with a positive sum; returns
   * null when a product or the sum of the weights would overflow a {@code long}.
   */
  static long @Nullable [] byWeights(long units, long[] weights, RemainderPlacement placement) {
    long total = 0;
    for (long weight : weights) {
      if (Math.multiplyHigh(units, weight) != 0 || units * weight < 0) {
        return null;
      }
      total += weight;
      if (total < 0) {
        return null;
      }
    }
    int n = weights.length;
    long[] shares = new long[n];
    long[] fractions = new long[n];
    boolean[] positive = new boolean[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long product = units * weights[i];
      shares[i] = product / total;
      fractions[i] = product % total;
      positive[i] = weights[i] > 0;
      given += shares[i];
    }
    int leftover = (int) (units - given);
    boolean[] fractional = new boolean[n];
    for (int i = 0; i < n; i++) {
      fractional[i] = fractions[i] > 0;
    }
    for (int i :
        recipients(
            positive,
            fractional,
            (a, b) -> Long.compare(fractions[b], fractions[a]),
            leftover,
            placement)) {
      shares[i] += unitsFor(placement, leftover);
    }
    return shares;
  }

  /** Splits {@code units >= 0} by {@code weights}, all non-negative with a positive sum. */
  static BigInteger[] byWeights(
      BigInteger units, BigInteger[] weights, RemainderPlacement placement) {
    BigInteger total = BigInteger.ZERO;
    for (BigInteger weight : weights) {
      total = total.add(weight);
    }
    int n = weights.length;
    BigInteger[] shares = new BigInteger[n];
    BigInteger[] fractions = new BigInteger[n];
    boolean[] positive = new boolean[n];
    boolean[] fractional = new boolean[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] quotientAndRemainder = units.multiply(weights[i]).divideAndRemainder(total);
      shares[i] = quotientAndRemainder[0];
      fractions[i] = quotientAndRemainder[1];
      positive[i] = weights[i].signum() > 0;
      fractional[i] = fractions[i].signum() > 0;
      given = given.add(shares[i]);
    }
    int leftover = units.subtract(given).intValueExact();
    for (int i :
        recipients(
            positive,
            fractional,
            (a, b) -> fractions[b].compareTo(fractions[a]),
            leftover,
            placement)) {
      shares[i] = shares[i].add(BigInteger.valueOf(unitsFor(placement, leftover)));
    }
    return shares;
  }

  /** How many units each recipient gets: one, or all of them for a lump placement. */
  private static int unitsFor(RemainderPlacement placement, int leftover) {
    return placement == RemainderPlacement.ALL_TO_FIRST
            || placement == RemainderPlacement.ALL_TO_LAST
        ? leftover
        : 1;
  }

  /**
   * Chooses the parts that receive leftover units. The leftover is always smaller than the number
   * of parts with a fractional share, because it is the sum of those fractions.
   */
  private static List<Integer> recipients(
      boolean[] positive,
      boolean[] fractional,
      Comparator<Integer> largerFractionFirst,
      int leftover,
      RemainderPlacement placement) {
    if (leftover == 0) {
      return List.of();
    }
    List<Integer> withFraction = new ArrayList<>();
    for (int i = 0; i < fractional.length; i++) {
      if (positive[i] && fractional[i]) {
        withFraction.add(i);
      }
    }
    return switch (placement) {
      case FIRST -> withFraction.subList(0, leftover);
      case LAST -> withFraction.subList(withFraction.size() - leftover, withFraction.size());
      case SPREAD -> {
        List<Integer> byFraction = new ArrayList<>(withFraction);
        // A stable sort: among equal fractions the earlier part stays first.
        byFraction.sort(largerFractionFirst);
        yield byFraction.subList(0, leftover);
      }
      case ALL_TO_FIRST -> List.of(firstPositive(positive));
      case ALL_TO_LAST -> List.of(lastPositive(positive));
    };
  }

  private static int firstPositive(boolean[] positive) {
    for (int i = 0; i < positive.length; i++) {
      if (positive[i]) {
        return i;
      }
    }
    throw new IllegalStateException("no positive weight");
  }

  private static int lastPositive(boolean[] positive) {
    for (int i = positive.length - 1; i >= 0; i--) {
      if (positive[i]) {
        return i;
      }
    }
    throw new IllegalStateException("no positive weight");
  }
}
