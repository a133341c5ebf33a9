package dev.collections.core.metrics;

/**
 * The length of the period a rate was measured over, and how many such periods make a year, for
 * annualizing it.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReportingPeriod {
  /** A calendar month: twelve to a year. */
  MONTH(12),
  /** A calendar quarter: four to a year. */
  QUARTER(4),
  /** A year: one to a year. */
  YEAR(1);

  private final int periodsPerYear;

  ReportingPeriod(int periodsPerYear) {
    this.periodsPerYear = periodsPerYear;
  }

  /**
   * Returns how many periods of this length make a year: the factor that annualizes a rate.
   *
   * @return 12, 4 or 1
   */
  public int periodsPerYear() {
    return periodsPerYear;
  }
}
