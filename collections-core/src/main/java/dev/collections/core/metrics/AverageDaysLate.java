package dev.collections.core.metrics;

import dev.collections.core.money.Currencies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;

/**
 * The average number of days payments were made after their due dates, weighted by the amount paid
 * (dollar-weighted) or not weighted: the per-payment reading of average days delinquent.
 *
 * <pre>{@code
 * List<LatePayment> paid = List.of(LatePayment.of(Money.parse("USD 1000.00"), 10),
 *     LatePayment.of(Money.parse("USD 3000.00"), 20));
 * AverageDaysLate.dollarWeighted(paid).value(); // Optional[17.5000]: (1,000×10 + 3,000×20) / 4,000
 * AverageDaysLate.unweighted(paid).value();     // Optional[15.0000]: (10 + 20) / 2
 * }</pre>
 *
 * <p>The result is in days, computed exactly and rounded once to {@link #scale()} decimals (4,
 * {@code HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}); it lies between the
 * fewest and the most days late of the payments. It is undefined when there are no payments. For
 * the portfolio reading (DSO less best possible DSO) see {@link AverageDaysDelinquent}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AverageDaysLate extends Metric {

  /** How the payments' days late are averaged. */
  public enum Weighting {
    /** Each payment's days late count in proportion to its amount. */
    DOLLAR_WEIGHTED,
    /** Each payment's days late count once, whatever its amount. */
    UNWEIGHTED
  }

  AverageDaysLate() {}

  /**
   * Returns the payments averaged.
   *
   * @return the payments, possibly empty, all in one currency
   */
  @Value.Parameter
  public abstract List<LatePayment> payments();

  /**
   * Returns how the days late are averaged.
   *
   * @return the weighting
   */
  @Value.Parameter
  public abstract Weighting weighting();

  /**
   * Returns the dollar-weighted average days late of payments: {@code Σ(amount × days late) ÷ Σ
   * amount}, rounded to {@link Metric#DEFAULT_SCALE} decimals with {@link
   * Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param payments the payments, possibly empty, all in one currency
   * @return the metric; undefined when there are no payments
   * @throws dev.collections.core.money.MixedCurrencyException if the payments' currencies differ
   * @throws NullPointerException if {@code payments} or a payment is null
   */
  public static AverageDaysLate dollarWeighted(List<LatePayment> payments) {
    return ImmutableAverageDaysLate.of(payments, Weighting.DOLLAR_WEIGHTED);
  }

  /**
   * Returns the simple (unweighted) average days late of payments: {@code Σ days late ÷ number of
   * payments}, rounded to {@link Metric#DEFAULT_SCALE} decimals with {@link
   * Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param payments the payments, possibly empty, all in one currency
   * @return the metric; undefined when there are no payments
   * @throws dev.collections.core.money.MixedCurrencyException if the payments' currencies differ
   * @throws NullPointerException if {@code payments} or a payment is null
   */
  public static AverageDaysLate unweighted(List<LatePayment> payments) {
    return ImmutableAverageDaysLate.of(payments, Weighting.UNWEIGHTED);
  }

  /**
   * Returns this metric with its result rounded another way.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   * @throws NullPointerException if {@code roundingMode} is null
   */
  public AverageDaysLate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableAverageDaysLate) ImmutableAverageDaysLate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  /**
   * Returns {@link MetricUnit#DAYS}.
   *
   * @return the unit
   */
  @Override
  public final MetricUnit unit() {
    return MetricUnit.DAYS;
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    BigDecimal weightedDays = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (LatePayment payment : payments()) {
      BigDecimal weight =
          weighting() == Weighting.DOLLAR_WEIGHTED ? payment.amount().getAmount() : BigDecimal.ONE;
      weightedDays = weightedDays.add(weight.multiply(BigDecimal.valueOf(payment.daysLate())));
      weights = weights.add(weight);
    }
    return quotient(weightedDays, weights, "there are no payments");
  }

  @Value.Check
  void check() {
    checkRounding();
    if (!payments().isEmpty()) {
      Currencies.requireCurrency(
          payments().stream().map(LatePayment::amount).toList(),
          payments().get(0).amount().getCurrencyUnit(),
          "payments");
    }
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code AverageDaysLate{payments=[USD
   * 1000.00 paid 10 days late, USD 3000.00 paid 20 days late], weighting=DOLLAR_WEIGHTED, scale=4,
   * roundingMode=HALF_EVEN, value=17.5000 days}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe("AverageDaysLate", "payments=" + payments() + ", weighting=" + weighting());
  }
}
