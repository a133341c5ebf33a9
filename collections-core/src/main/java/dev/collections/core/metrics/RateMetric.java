package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A metric whose result is a fraction of a whole: 0.6 means 60%. Its {@link #value()} is always the
 * fraction, rounded to {@link #scale()} decimals (4 by default: hundredths of a percent); {@link
 * #percent()} gives the same figure times 100, with no further rounding.
 *
 * <pre>{@code
 * RateMetric cure = CureRate.of(120, 200);
 * cure.value();   // Optional[0.6000]
 * cure.percent(); // Optional[60.00]
 * }</pre>
 *
 * <p>The subclasses are the library's own; all are immutable and thread-safe.
 */
public abstract class RateMetric extends Metric {

  RateMetric() {}

  /**
   * Returns {@link MetricUnit#FRACTION}.
   *
   * @return the unit
   */
  @Override
  public final MetricUnit unit() {
    return MetricUnit.FRACTION;
  }

  /**
   * Returns the result as a percentage: {@link #value()} times 100, exactly, so a fraction at scale
   * 4 (0.5593) is a percentage at scale 2 (55.93).
   *
   * @return the percentage; empty when the metric is undefined
   */
  public final Optional<BigDecimal> percent() {
    return value().map(v -> v.movePointRight(2));
  }
}
