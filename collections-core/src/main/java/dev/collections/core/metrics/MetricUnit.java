package dev.collections.core.metrics;

/**
 * What the number of a {@link Metric} counts: days, or a fraction of a whole.
 *
 * <p>Immutable and thread-safe.
 */
public enum MetricUnit {
  /** A number of days, possibly fractional: a DSO of 30.4167 is thirty and a bit days. */
  DAYS,
  /**
   * A fraction of a whole: 0.6 means 60%. {@link RateMetric#percent()} gives the figure times 100.
   */
  FRACTION
}
