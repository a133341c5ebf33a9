package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A receivables or collection metric: its inputs, the rounding it was asked for, and its result,
 * which is a number of days or a fraction ({@link #unit()}), or undefined when the formula would
 * divide by zero.
 *
 * <p>Every result is computed exactly from the inputs and rounded once, to {@link #scale()} decimal
 * places with {@link #roundingMode()}; by default 4 places, {@code HALF_EVEN} ({@link
 * #DEFAULT_SCALE}, {@link #DEFAULT_ROUNDING_MODE}), which keeps hundredths of a day and hundredths
 * of a percent. A division by zero never throws and never yields a number: {@link #value()} is
 * empty and {@link #undefinedReason()} says why, as in "credit sales are zero". Each metric's
 * {@code toString} lists its inputs, its rounding and its result, for a reader who must see what a
 * figure was computed from (amounts are not personal data).
 *
 * <pre>{@code
 * Metric dso = SimpleDso.of(Money.parse("USD 15000.00"), Money.parse("USD 10000.00"), 30);
 * dso.value(); // Optional[45.0000]
 * dso.unit();  // DAYS
 * }</pre>
 *
 * <p>The subclasses are the library's own; all are immutable and thread-safe.
 */
public abstract class Metric {

  /** The default number of decimal places of a result: 4. */
  public static final int DEFAULT_SCALE = 4;

  /** The largest number of decimal places a result may be rounded to: 18. */
  public static final int MAX_SCALE = 18;

  /**
   * The default rounding of a result: {@link RoundingMode#HALF_EVEN}, which does not drift over
   * many figures.
   */
  public static final RoundingMode DEFAULT_ROUNDING_MODE = RoundingMode.HALF_EVEN;

  Metric() {}

  /**
   * Returns the number of decimal places the result is rounded to.
   *
   * @return from 0 to {@link #MAX_SCALE}; {@link #DEFAULT_SCALE} unless set otherwise
   */
  @Value.Default
  public int scale() {
    return DEFAULT_SCALE;
  }

  /**
   * Returns how the exact result is rounded to {@link #scale()} decimal places.
   *
   * @return any mode but {@link RoundingMode#UNNECESSARY}; {@link #DEFAULT_ROUNDING_MODE} unless
   *     set otherwise
   */
  @Value.Default
  public RoundingMode roundingMode() {
    return DEFAULT_ROUNDING_MODE;
  }

  /**
   * Returns what the result counts: days or a fraction.
   *
   * @return the unit of {@link #value()}
   */
  public abstract MetricUnit unit();

  /**
   * Returns the result, rounded to {@link #scale()} decimal places with {@link #roundingMode()}.
   *
   * @return the number, in the {@link #unit()}, with exactly {@link #scale()} decimal places; empty
   *     when the metric is undefined for its inputs
   */
  public final Optional<BigDecimal> value() {
    return Optional.ofNullable(outcome().value());
  }

  /**
   * Checks whether the metric has a result for its inputs.
   *
   * @return true when {@link #value()} is present; false when the formula would divide by zero or
   *     the inputs do not determine a result
   */
  public final boolean isDefined() {
    return outcome().value() != null;
  }

  /**
   * Returns why the metric has no result, in words a reader of a report understands.
   *
   * @return the reason, such as "credit sales are zero"; empty when the metric is defined
   */
  public final Optional<String> undefinedReason() {
    Outcome outcome = outcome();
    return outcome.value() == null ? Optional.of(outcome.reason()) : Optional.empty();
  }

  /** The result, computed once from the inputs when first asked for. */
  abstract Outcome outcome();

  /** Rounds the exact quotient once, or is undefined when the denominator is zero. */
  final Outcome quotient(BigDecimal numerator, BigDecimal denominator, String reasonIfZero) {
    if (denominator.signum() == 0) {
      return Outcome.undefined(reasonIfZero);
    }
    return Outcome.defined(numerator.divide(denominator, scale(), roundingMode()));
  }

  /**
   * The days of sales an amount of receivables represents, {@code receivables × days ÷ credit
   * sales}: the formula of every DSO-style metric, undefined when the sales are zero.
   */
  final Outcome daysOfSales(BigDecimal receivables, Money creditSales, int daysInPeriod) {
    return quotient(
        receivables.multiply(BigDecimal.valueOf(daysInPeriod)),
        creditSales.getAmount(),
        "credit sales are zero");
  }

  /** Checks the rounding attributes; every subclass's check calls it. */
  final void checkRounding() {
    if (scale() < 0 || scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "scale must be between 0 and " + MAX_SCALE + ": " + scale());
    }
    if (roundingMode() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("rounding mode must be one that rounds: UNNECESSARY");
    }
  }

  /** Renders the metric for toString: its name, its inputs, its rounding, then its result. */
  final String describe(String name, String inputs) {
    StringBuilder text =
        new StringBuilder(name)
            .append('{')
            .append(inputs)
            .append(", scale=")
            .append(scale())
            .append(", roundingMode=")
            .append(roundingMode())
            .append(", value=");
    Outcome outcome = outcome();
    BigDecimal value = outcome.value();
    if (value == null) {
      text.append("undefined (").append(outcome.reason()).append(')');
    } else if (unit() == MetricUnit.DAYS) {
      text.append(value.toPlainString()).append(" days");
    } else {
      text.append(value.toPlainString())
          .append(" (")
          .append(value.movePointRight(2).toPlainString())
          .append("%)");
    }
    return text.append('}').toString();
  }
}
