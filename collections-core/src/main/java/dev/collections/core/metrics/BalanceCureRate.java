package dev.collections.core.metrics;

import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The cure rate by balance: of the balance delinquent at the start of a window, the share held by
 * accounts that are current at its end, {@code cured balance ÷ delinquent balance}.
 *
 * <p>Both amounts are start-of-window balances: the cured balance is what the cured accounts owed
 * when the window opened, so payments made during the window do not shrink it and it never exceeds
 * the delinquent balance.
 *
 * <pre>{@code
 * BalanceCureRate.of(Money.parse("USD 30000.00"), Money.parse("USD 50000.00")).value();
 * // Optional[0.6000]
 * }</pre>
 *
 * <p>The result is a fraction (0.6 is 60%), rounded once to {@link #scale()} decimals (4, {@code
 * HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}); it lies between 0 and 1,
 * and is undefined when no balance was delinquent. {@link CureRate} counts accounts instead.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BalanceCureRate extends RateMetric {

  BalanceCureRate() {}

  /**
   * Returns the start-of-window balance of the delinquent accounts that are current at the end of
   * the window.
   *
   * @return from zero to {@link #delinquentBalance()}
   */
  @Value.Parameter
  public abstract Money curedBalance();

  /**
   * Returns the balance of the accounts delinquent at the start of the window.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money delinquentBalance();

  /**
   * Returns the cure rate of a delinquent balance, rounded to {@link Metric#DEFAULT_SCALE} decimals
   * with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param curedBalance the start-of-window balance of the accounts that cured, from zero to {@code
   *     delinquentBalance}
   * @param delinquentBalance the balance delinquent at the start of the window, zero or positive,
   *     in the same currency
   * @return the metric; undefined when {@code delinquentBalance} is zero
   * @throws IllegalArgumentException if an amount is negative or the cured balance exceeds the
   *     delinquent balance
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static BalanceCureRate of(Money curedBalance, Money delinquentBalance) {
    return ImmutableBalanceCureRate.of(curedBalance, delinquentBalance);
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
  public BalanceCureRate withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableBalanceCureRate) ImmutableBalanceCureRate.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(
        curedBalance().getAmount(),
        delinquentBalance().getAmount(),
        "no balance was delinquent at the start of the window");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(curedBalance(), curedBalance().getCurrencyUnit(), "cured balance");
    Inputs.nonNegative(delinquentBalance(), curedBalance().getCurrencyUnit(), "delinquent balance");
    Inputs.notMore(curedBalance(), delinquentBalance(), "cured balance", "delinquent balance");
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code BalanceCureRate{curedBalance=USD
   * 30000.00, delinquentBalance=USD 50000.00, scale=4, roundingMode=HALF_EVEN, value=0.6000
   * (60.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "BalanceCureRate",
        "curedBalance=" + curedBalance() + ", delinquentBalance=" + delinquentBalance());
  }
}
