package dev.collections.testkit;

import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * The property runner's settings from system properties: the only class of the testkit that reads
 * the environment or draws an unseeded value (its ArchitectureTest keeps that true).
 */
final class Settings {

  /** System property: how many random cases each property runs. */
  static final String TRIES = "collections.tries";

  /** System property: the seed that replays a run exactly. */
  static final String SEED = "collections.seed";

  private Settings() {}

  /** The number of random cases from {@link #TRIES}, or {@code fallback}. */
  static int tries(int fallback) {
    String value = System.getProperty(TRIES);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int tries = Integer.parseInt(value.strip());
      if (tries < 0) {
        throw new IllegalArgumentException(TRIES + " must not be negative: " + value);
      }
      return tries;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES + " must be a whole number: " + value, e);
    }
  }

  /** The seed from {@link #SEED}, if given. */
  static OptionalLong seed() {
    String value = System.getProperty(SEED);
    if (value == null || value.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SEED + " must be a whole number: " + value, e);
    }
  }

  /** A fresh seed for a run that was given none. */
  static long freshSeed() {
    return new SplittableRandom().nextLong();
  }
}
