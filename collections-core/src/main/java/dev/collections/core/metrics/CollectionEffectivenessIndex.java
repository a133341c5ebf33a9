package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The collection effectiveness index (CEI): the share of what could have been collected in a period
 * that was collected, {@code (B + S − E) ÷ (B + S − C)}, where B is the receivables at the start of
 * the period, S the credit sales of one month (the period's sales divided by its number of months),
 * E the total receivables at the end and C the current (not past due) receivables at the end.
 *
 * <pre>{@code
 * CollectionEffectivenessIndex cei = CollectionEffectivenessIndex.builder()
 *     .beginningReceivables(Money.parse("USD 6200.00"))
 *     .creditSales(Money.parse("USD 10890.00")).months(3) // S = 3,630
 *     .endingReceivables(Money.parse("USD 6340.00"))
 *     .endingCurrentReceivables(Money.parse("USD 3590.00"))
 *     .build();
 * cei.value();   // Optional[0.5593]: 3,490 / 6,240
 * cei.percent(); // Optional[55.93]
 * }</pre>
 *
 * <p>This is the accounting form, times 100 in most texts; variants published as {@code (B − E) ÷
 * (B − S)} measure something else and are not offered. The result is a fraction (0.5593 is 55.93%),
 * computed exactly (S is not rounded) and rounded once to {@link #scale()} decimals (4, {@code
 * HALF_EVEN} unless set on the builder or with {@link #withRounding(int, RoundingMode)}). It is at
 * most 1, and negative when the ending receivables exceed {@code B + S}. It is undefined when
 * {@code B + S − C} is zero or negative: nothing was collectible.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CollectionEffectivenessIndex extends RateMetric {

  CollectionEffectivenessIndex() {}

  /**
   * Returns the total receivables at the start of the period (B).
   *
   * @return zero or positive
   */
  public abstract Money beginningReceivables();

  /**
   * Returns the credit sales of the whole period; S is these divided by {@link #months()}.
   *
   * @return zero or positive, in the currency of the receivables
   */
  public abstract Money creditSales();

  /**
   * Returns the number of months the period spans (N), by which the credit sales are divided.
   *
   * @return positive; 1 unless set otherwise
   */
  @Value.Default
  public int months() {
    return 1;
  }

  /**
   * Returns the total receivables at the end of the period (E).
   *
   * @return zero or positive
   */
  public abstract Money endingReceivables();

  /**
   * Returns the receivables not yet past due at the end of the period (C).
   *
   * @return zero or positive, at most {@link #endingReceivables()}
   */
  public abstract Money endingCurrentReceivables();

  /**
   * Returns a builder of collection effectiveness indexes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CollectionEffectivenessIndex}; every amount is required, the months default to
   * 1 and the rounding to {@link Metric#DEFAULT_SCALE} decimals {@link
   * Metric#DEFAULT_ROUNDING_MODE}. {@code build()} throws {@link IllegalArgumentException} if an
   * amount is negative, the current receivables exceed the ending receivables, the months are not
   * positive or the rounding is invalid, and {@link
   * dev.collections.core.money.MixedCurrencyException} if the currencies differ.
   */
  public static final class Builder extends ImmutableCollectionEffectivenessIndex.Builder {
    Builder() {}
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
  public CollectionEffectivenessIndex withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableCollectionEffectivenessIndex)
            ImmutableCollectionEffectivenessIndex.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    // Times N: (N·B + sales − N·E) / (N·B + sales − N·C), exact, for S = sales / N.
    BigDecimal n = BigDecimal.valueOf(months());
    BigDecimal collectible =
        n.multiply(beginningReceivables().getAmount()).add(creditSales().getAmount());
    BigDecimal denominator =
        collectible.subtract(n.multiply(endingCurrentReceivables().getAmount()));
    if (denominator.signum() < 0) {
      return Outcome.undefined(
          "beginning receivables plus average monthly sales less ending current receivables is"
              + " negative");
    }
    return quotient(
        collectible.subtract(n.multiply(endingReceivables().getAmount())),
        denominator,
        "beginning receivables plus average monthly sales less ending current receivables is"
            + " zero");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(
        beginningReceivables(), beginningReceivables().getCurrencyUnit(), "beginning receivables");
    Inputs.nonNegative(creditSales(), beginningReceivables().getCurrencyUnit(), "credit sales");
    Inputs.nonNegative(
        endingReceivables(), beginningReceivables().getCurrencyUnit(), "ending receivables");
    Inputs.nonNegative(
        endingCurrentReceivables(),
        beginningReceivables().getCurrencyUnit(),
        "ending current receivables");
    Inputs.positive(months(), "months");
    Inputs.notMore(
        endingCurrentReceivables(),
        endingReceivables(),
        "ending current receivables",
        "ending receivables");
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code
   * CollectionEffectivenessIndex{beginningReceivables=USD 6200.00, creditSales=USD 10890.00,
   * months=3, endingReceivables=USD 6340.00, endingCurrentReceivables=USD 3590.00, scale=4,
   * roundingMode=HALF_EVEN, value=0.5593 (55.93%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "CollectionEffectivenessIndex",
        "beginningReceivables="
            + beginningReceivables()
            + ", creditSales="
            + creditSales()
            + ", months="
            + months()
            + ", endingReceivables="
            + endingReceivables()
            + ", endingCurrentReceivables="
            + endingCurrentReceivables());
  }
}
