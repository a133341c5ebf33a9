package dev.collections.archfixture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/** A class that follows every architecture rule: no rule may report it. */
public final class CleanFixture {

  private CleanFixture() {}

  /**
   * Returns the instant of a clock given as an argument.
   *
   * @param clock the clock
   * @return its instant
   */
  public static Instant asOf(Clock clock) {
    return Instant.now(clock);
  }

  /**
   * Draws from a generator given as an argument.
   *
   * @param random the generator
   * @return a draw
   */
  public static int draw(RandomGenerator random) {
    return random.nextInt();
  }

  /**
   * Adds amounts.
   *
   * @param amounts the amounts
   * @return their sum
   */
  public static BigDecimal total(List<BigDecimal> amounts) {
    if (amounts.isEmpty()) {
      throw new IllegalArgumentException("amounts must not be empty: []");
    }
    return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
