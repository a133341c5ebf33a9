package dev.collections.core.aging;

import dev.collections.core.money.Currencies;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One bucket's line of an {@link AgingReport} in one currency: the open balances aged into the
 * bucket, how many items they are, and how much of that is disputed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgingLine {

  AgingLine() {}

  /**
   * Returns the bucket.
   *
   * @return the bucket
   */
  @Value.Parameter
  public abstract AgingBucket bucket();

  /**
   * Returns the total open balance in the bucket, disputed items included.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns how many items are in the bucket, disputed items included.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract long count();

  /**
   * Returns the part of {@link #amount()} that is disputed, flagged apart because it may not be
   * collected until the dispute is resolved.
   *
   * @return zero or positive, at most {@link #amount()}
   */
  @Value.Parameter
  public abstract Money disputedAmount();

  /**
   * Returns how many of the items are disputed.
   *
   * @return zero or more, at most {@link #count()}
   */
  @Value.Parameter
  public abstract long disputedCount();

  /**
   * Returns the undisputed part of the bucket.
   *
   * @return {@code amount() - disputedAmount()}
   */
  public Money undisputedAmount() {
    return amount().minus(disputedAmount());
  }

  /**
   * Returns an aging line.
   *
   * @param bucket the bucket
   * @param amount the total open balance, zero or positive
   * @param count the number of items, zero or more
   * @param disputedAmount the disputed part, between zero and {@code amount}
   * @param disputedCount the disputed items, between zero and {@code count}
   * @return the line
   * @throws IllegalArgumentException if a figure is negative or the disputed part exceeds the total
   * @throws dev.collections.core.money.MixedCurrencyException if the amounts' currencies differ
   */
  public static AgingLine of(
      AgingBucket bucket, Money amount, long count, Money disputedAmount, long disputedCount) {
    return ImmutableAgingLine.of(bucket, amount, count, disputedAmount, disputedCount);
  }

  @Value.Check
  void check() {
    Currencies.requireCurrency(disputedAmount(), amount().getCurrencyUnit(), "disputedAmount");
    if (amount().isNegative()
        || disputedAmount().isNegative()
        || count() < 0
        || disputedCount() < 0
        || disputedAmount().isGreaterThan(amount())
        || disputedCount() > count()) {
      throw new IllegalArgumentException(
          "an aging line needs 0 <= disputed <= total: "
              + bucket().label()
              + " "
              + amount()
              + " ("
              + count()
              + ") with "
              + disputedAmount()
              + " ("
              + disputedCount()
              + ") disputed");
    }
  }
}
