package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The share of a balance expected to flow through every stage of a roll-rate chain, such as from
 * current to charge-off: the product of the stage roll rates.
 *
 * <pre>{@code
 * // current→30 5%, 30→60 40%, 60→90 60%, 90→charge-off 80%: 0.96% flows to loss.
 * FlowRate.of(List.of(new BigDecimal("0.05"), new BigDecimal("0.40"),
 *     new BigDecimal("0.60"), new BigDecimal("0.80"))).value(); // Optional[0.009600]
 * }</pre>
 *
 * <p>The result is a fraction, the exact product rounded once to {@link #scale()} decimals: 6 by
 * default rather than the 4 of other metrics, since a product of several rates is small, with
 * {@code HALF_EVEN} unless set otherwise.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FlowRate extends RateMetric {

  FlowRate() {}

  /** The default decimal places of a flow rate: finer than other metrics'. */
  public static final int DEFAULT_FLOW_SCALE = 6;

  /**
   * Returns the number of decimal places of the result.
   *
   * @return {@link #DEFAULT_FLOW_SCALE} unless set otherwise
   */
  @Value.Default
  @Override
  public int scale() {
    return DEFAULT_FLOW_SCALE;
  }

  /**
   * Returns the roll rate of each stage, as fractions, in the order a balance flows.
   *
   * @return the stage rates, at least one, each zero or positive
   */
  @Value.Parameter
  public abstract List<BigDecimal> stageRates();

  /**
   * Returns the flow rate through the given stages.
   *
   * @param stageRates the roll rate of each stage as a fraction (0.4 for 40%), at least one, each
   *     zero or positive; typically the values of {@link RollRate}s
   * @return the metric
   * @throws IllegalArgumentException if there is no stage or a rate is negative
   */
  public static FlowRate of(List<BigDecimal> stageRates) {
    return ImmutableFlowRate.of(stageRates);
  }

  /**
   * Returns this metric with its result rounded another way.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   */
  public FlowRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableFlowRate) ImmutableFlowRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    BigDecimal product = BigDecimal.ONE;
    for (BigDecimal rate : stageRates()) {
      product = product.multiply(rate);
    }
    return Outcome.defined(product.setScale(scale(), roundingMode()));
  }

  @Value.Check
  void check() {
    checkRounding();
    if (stageRates().isEmpty()) {
      throw new IllegalArgumentException("a flow needs at least one stage: []");
    }
    for (int i = 0; i < stageRates().size(); i++) {
      if (stageRates().get(i).signum() < 0) {
        throw new IllegalArgumentException(
            "stage rates must not be negative: stageRates[" + i + "] = " + stageRates().get(i));
      }
    }
  }

  /**
   * Returns the stage rates, rounding and result.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return describe("FlowRate", "stageRates=" + stageRates());
  }
}
