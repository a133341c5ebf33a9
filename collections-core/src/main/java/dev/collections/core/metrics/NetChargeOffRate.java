package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The net charge-off rate of a loan portfolio over a period: net charge-offs (gross charge-offs
 * less recoveries) divided by the average loans outstanding in the period, with its annualized
 * equivalent.
 *
 * <pre>{@code
 * NetChargeOffRate nco = NetChargeOffRate.builder()
 *     .grossChargeOffs(Money.parse("USD 1200000.00"))
 *     .recoveries(Money.parse("USD 200000.00"))
 *     .averageLoans(Money.parse("USD 50000000.00"))
 *     .period(ReportingPeriod.QUARTER)
 *     .build();
 * nco.netChargeOffs();       // USD 1000000.00
 * nco.value();               // Optional[0.0200]: 2.00% for the quarter
 * nco.annualized();          // Optional[0.0800]: 8.00% a year
 * }</pre>
 *
 * <p>Both rates are fractions (0.02 is 2%), computed exactly and each rounded once to {@link
 * #scale()} decimals (4, {@code HALF_EVEN} unless set on the builder or with {@link
 * #withRounding(int, RoundingMode)}): the annualized rate is the exact period rate times {@link
 * ReportingPeriod#periodsPerYear()}, then rounded, so it may differ from the rounded period rate
 * times that factor by a few units in the last place. Both are negative when recoveries exceed the
 * charge-offs, and undefined when the average loans outstanding are zero.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NetChargeOffRate extends RateMetric {

  NetChargeOffRate() {}

  /**
   * Returns the loans charged off in the period.
   *
   * @return zero or positive
   */
  public abstract Money grossChargeOffs();

  /**
   * Returns the amounts recovered in the period on loans charged off before or during it.
   *
   * @return zero or positive, in the currency of the charge-offs
   */
  public abstract Money recoveries();

  /**
   * Returns the average loans outstanding over the period.
   *
   * @return zero or positive, in the currency of the charge-offs
   */
  public abstract Money averageLoans();

  /**
   * Returns the length of the period the charge-offs and recoveries cover.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns a builder of net charge-off rates.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NetChargeOffRate}; every amount and the period are required, the rounding
   * defaults to {@link Metric#DEFAULT_SCALE} decimals {@link Metric#DEFAULT_ROUNDING_MODE}. {@code
   * build()} throws {@link IllegalArgumentException} if an amount is negative or the rounding is
   * invalid, and {@link dev.collections.core.money.MixedCurrencyException} if the currencies
   * differ.
   */
  public static final class Builder extends ImmutableNetChargeOffRate.Builder {
    Builder() {}
  }

  /**
   * Returns this metric with its rates rounded another way.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   * @throws NullPointerException if {@code roundingMode} is null
   */
  public NetChargeOffRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableNetChargeOffRate) ImmutableNetChargeOffRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  /**
   * Returns the net charge-offs: gross charge-offs less recoveries.
   *
   * @return negative when the recoveries exceed the charge-offs
   */
  public Money netChargeOffs() {
    return grossChargeOffs().minus(recoveries());
  }

  /**
   * Returns the rate for a year: the exact period rate times {@link
   * ReportingPeriod#periodsPerYear()}, rounded once to {@link #scale()} decimals with {@link
   * #roundingMode()}.
   *
   * @return the annualized rate, a fraction; empty when the average loans are zero
   */
  public Optional<BigDecimal> annualized() {
    return Optional.ofNullable(annualizedOutcome().value());
  }

  /**
   * Returns the annualized rate as a percentage: {@link #annualized()} times 100, exactly.
   *
   * @return the annualized percentage; empty when the average loans are zero
   */
  public Optional<BigDecimal> annualizedPercent() {
    return annualized().map(v -> v.movePointRight(2));
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(
        netChargeOffs().getAmount(),
        averageLoans().getAmount(),
        "average loans outstanding are zero");
  }

  @Value.Lazy
  Outcome annualizedOutcome() {
    return quotient(
        netChargeOffs().getAmount().multiply(BigDecimal.valueOf(period().periodsPerYear())),
        averageLoans().getAmount(),
        "average loans outstanding are zero");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(grossChargeOffs(), grossChargeOffs().getCurrencyUnit(), "gross charge-offs");
    Inputs.nonNegative(recoveries(), grossChargeOffs().getCurrencyUnit(), "recoveries");
    Inputs.nonNegative(averageLoans(), grossChargeOffs().getCurrencyUnit(), "average loans");
  }

  /**
   * Returns the inputs, the rounding and the results, as in {@code
   * NetChargeOffRate{grossChargeOffs=USD 1200000.00, recoveries=USD 200000.00, averageLoans=USD
   * 50000000.00, period=QUARTER, netChargeOffs=USD 1000000.00, annualized=0.0800, scale=4,
   * roundingMode=HALF_EVEN, value=0.0200 (2.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "NetChargeOffRate",
        "grossChargeOffs="
            + grossChargeOffs()
            + ", recoveries="
            + recoveries()
            + ", averageLoans="
            + averageLoans()
            + ", period="
            + period()
            + ", netChargeOffs="
            + netChargeOffs()
            + ", annualized="
            + annualized().map(BigDecimal::toPlainString).orElse("undefined"));
  }
}
