package dev.collections.testkit;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by a {@link Property} when a case fails: says which case, with which value, and how to
 * replay it. Its message names the seed, the case number and the failing value, and ends with the
 * system property that replays the run exactly ({@code -Dcollections.seed=...}); the original
 * failure is the cause.
 *
 * <p>An {@link AssertionError}, so JUnit reports it as a test failure.
 */
public final class PropertyFailure extends AssertionError {

  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The seed of the run, when {@link #seeded}. */
  private final long seedValue;

  /** False when an edge case failed: edge cases need no seed. */
  private final boolean seeded;

  /** The 1-based number of the failing case among all the cases run. */
  private final int caseNumber;

  /** The failing value as printed. */
  private final String value;

  /** A smaller failing value found by retrying the case's seed at smaller sizes, as printed. */
  private final @Nullable String smallerValue;

  PropertyFailure(
      String message,
      OptionalLong seed,
      int caseNumber,
      String value,
      Optional<String> smallerValue,
      Throwable cause) {
    super(message, cause);
    this.seedValue = seed.orElse(0);
    this.seeded = seed.isPresent();
    this.caseNumber = caseNumber;
    this.value = value;
    this.smallerValue = smallerValue.orElse(null);
  }

  /**
   * Returns the seed that replays the run, passed as {@code -Dcollections.seed=<seed>}.
   *
   * @return the seed, or empty when an edge case failed (edge cases need no seed)
   */
  public OptionalLong seed() {
    return seeded ? OptionalLong.of(seedValue) : OptionalLong.empty();
  }

  /**
   * Returns the number of the failing case, counting edge cases first and from 1.
   *
   * @return the case number
   */
  public int caseNumber() {
    return caseNumber;
  }

  /**
   * Returns the failing value as printed by its {@code toString}.
   *
   * @return the failing value
   */
  public String value() {
    return value;
  }

  /**
   * Returns a failing value found by replaying the failing case at smaller sizes, if one was.
   *
   * @return the smaller failing value as printed, or empty
   */
  public Optional<String> smallerValue() {
    return Optional.ofNullable(smallerValue);
  }
}
