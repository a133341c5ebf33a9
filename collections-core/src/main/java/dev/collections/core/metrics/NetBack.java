package dev.collections.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a creditor nets from a placement after the agency's contingency fee: the fee is the amount
 * collected times the fee rate, the net is the amount collected less the fee, and the net-back rate
 * is the net divided by the amount placed.
 *
 * <pre>{@code
 * NetBack back = NetBack.of(Money.parse("USD 40000.00"), Money.parse("USD 100000.00"),
 *     new BigDecimal("0.15")); // 40% recovered at a 15% fee
 * back.fee();   // USD 6000.00
 * back.net();   // USD 34000.00
 * back.value(); // Optional[0.3400]
 * }</pre>
 *
 * <p>The fee is rounded to the currency's minor unit with {@link #FEE_ROUNDING} ({@code HALF_UP},
 * as an invoice rounds), and the net is exact, so {@code net + fee == collected} to the minor unit.
 * The net-back rate is a fraction (0.34 is 34%), rounded once to {@link #scale()} decimals (4,
 * {@code HALF_EVEN} unless set with {@link #withRounding(int, RoundingMode)}); it is undefined when
 * nothing was placed, while the fee and the net are always defined.
 *
 * <p>Immutable and thread-safe. The fee rate is compared by value: 0.15 and 0.150 are one rate.
 */
@Value.Immutable
public abstract class NetBack extends RateMetric {

  /** How the fee is rounded to the currency's minor unit: {@link RoundingMode#HALF_UP}. */
  public static final RoundingMode FEE_ROUNDING = RoundingMode.HALF_UP;

  NetBack() {}

  /**
   * Returns the amount collected on the placement.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money collected();

  /**
   * Returns the amount placed for collection.
   *
   * @return zero or positive, in the currency collected
   */
  @Value.Parameter
  public abstract Money placed();

  /**
   * Returns the agency's contingency fee as a fraction of the amount collected.
   *
   * @return from 0 to 1, without trailing zeros: 0.15 for 15%
   */
  @Value.Parameter
  public abstract BigDecimal feeRate();

  /**
   * Returns the net-back of a placement, its rate rounded to {@link Metric#DEFAULT_SCALE} decimals
   * with {@link Metric#DEFAULT_ROUNDING_MODE}.
   *
   * @param collected the amount collected, zero or positive
   * @param placed the amount placed for collection, zero or positive, in the same currency
   * @param feeRate the contingency fee as a fraction of the amount collected, from 0 to 1: 0.15 for
   *     15%
   * @return the metric; its rate is undefined when {@code placed} is zero
   * @throws IllegalArgumentException if an amount is negative or the fee rate is outside 0 to 1
   * @throws dev.collections.core.money.MixedCurrencyException if the currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static NetBack of(Money collected, Money placed, BigDecimal feeRate) {
    return ImmutableNetBack.of(
        collected, placed, Objects.requireNonNull(feeRate, "feeRate").stripTrailingZeros());
  }

  /**
   * Returns this metric with its rate rounded another way; the fee and the net do not change.
   *
   * @param scale the number of decimal places, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode the rounding, not {@link RoundingMode#UNNECESSARY}
   * @return the metric with the same inputs
   * @throws IllegalArgumentException if the scale is out of range or the mode does not round
   * @throws NullPointerException if {@code roundingMode} is null
   */
  public NetBack withRounding(int scale, RoundingMode roundingMode) {
    return ((ImmutableNetBack) ImmutableNetBack.copyOf(this))
        .withRoundingMode(roundingMode)
        .withScale(scale);
  }

  /**
   * Returns the agency's fee: the amount collected times the fee rate, rounded to the currency's
   * minor unit with {@link #FEE_ROUNDING}.
   *
   * @return from zero to {@link #collected()}
   */
  public Money fee() {
    return collected().multipliedBy(feeRate(), FEE_ROUNDING);
  }

  /**
   * Returns what the creditor keeps: the amount collected less the {@link #fee()}, exactly.
   *
   * @return from zero to {@link #collected()}
   */
  public Money net() {
    return collected().minus(fee());
  }

  /**
   * Returns the liquidation rate of the same placement, gross of the fee, rounded the same way.
   *
   * @return the amount collected over the amount placed
   */
  public LiquidationRate liquidationRate() {
    return LiquidationRate.of(collected(), placed()).withRounding(scale(), roundingMode());
  }

  @Value.Lazy
  @Override
  Outcome outcome() {
    return quotient(net().getAmount(), placed().getAmount(), "nothing was placed for collection");
  }

  @Value.Check
  void check() {
    checkRounding();
    Inputs.nonNegative(collected(), collected().getCurrencyUnit(), "collected");
    Inputs.nonNegative(placed(), collected().getCurrencyUnit(), "placed");
    if (feeRate().signum() < 0 || feeRate().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "fee rate must be between 0 and 1: " + feeRate().toPlainString());
    }
  }

  /**
   * Returns the inputs, the fee and the net, the rounding and the result, as in {@code
   * NetBack{collected=USD 40000.00, placed=USD 100000.00, feeRate=0.15, fee=USD 6000.00, net=USD
   * 34000.00, scale=4, roundingMode=HALF_EVEN, value=0.3400 (34.00%)}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return describe(
        "NetBack",
        "collected="
            + collected()
            + ", placed="
            + placed()
            + ", feeRate="
            + feeRate().toPlainString()
            + ", fee="
            + fee()
            + ", net="
            + net());
  }
}
