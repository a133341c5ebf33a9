package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The cure rate by number of accounts: of the accounts delinquent at the start of a window, the
 * share that are current at its end, {@code cured ÷ delinquent}.
 *
 * <pre>{@code
 * CureRate.of(120, 200).value(); // Optional[0.6000]: 120 of 200 accounts 30 days past due cured
 * }</pre>
 *
 * <p>The window (a month, or twelve months for a sustained cure) and the delinquency stage counted
 * are the caller's choice. The result is a fraction (0.6 is 60%), rounded once to {@link #scale()}
 * decimals (4, {@code HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}); it lies
 * between 0 and 1, and is undefined when no account was delinquent. {@link BalanceCureRate} weighs
 * the accounts by balance.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CureRate extends RateMetric {

  CureRate() {}

  /**
   * Returns the number of accounts delinquent at the start of the window that are current at its
   * end.
   *
   * @return from zero to {@link #delinquentAccounts()}
   */
  @Value.Parameter
  public abstract long curedAccounts();

  /**
   * Returns the number of accounts delinquent at the start of the window.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract long delinquentAccounts();

  /**
   * Returns the cure rate of a number of delinquent accounts, rounded to {@link
   * Metric#DEFAULT_SCALE} decimals with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param curedAccounts how many of the delinquent accounts are current at the end of the window,
   *     from zero to {@code delinquentAccounts}
   * @param delinquentAccounts how many accounts were delinquent at the start of the window, zero or
   *     positive
   * @return the metric; undefined when {@code delinquentAccounts} is zero
   * @throws IllegalArgumentException if a count is negative or more accounts cured than were
   *     delinquent
   */
  public static CureRate of(long curedAccounts, long delinquentAccounts) {
    return ImmutableCureRate.of(curedAccounts, delinquentAccounts);
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
  public CureRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableCureRate) ImmutableCureRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(
        BigDecimal.valueOf(curedAccounts()),
        BigDecimal.valueOf(delinquentAccounts()),
        "no account was delinquent at the start of the window");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(curedAccounts(), "cured accounts");
    Inputs.nonNegative(delinquentAccounts(), "delinquent accounts");
    if (curedAccounts() > delinquentAccounts()) {
      throw new IllegalArgumentException(
          "cured accounts must not exceed the delinquent accounts: "
              + curedAccounts()
              + " of "
              + delinquentAccounts());
    }
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code CureRate{curedAccounts=120,
   * delinquentAccounts=200, scale=4, roundingMode=HALF_EVEN, value=0.6000 (60.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "CureRate",
        "curedAccounts=" + curedAccounts() + ", delinquentAccounts=" + delinquentAccounts());
  }
}
