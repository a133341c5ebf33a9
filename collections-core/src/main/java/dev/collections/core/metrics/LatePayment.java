package dev.collections.core.metrics;

import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One payment and how many days after its due date it was made, an input of {@link
 * AverageDaysLate}.
 *
 * <p>Days late are calendar days from the due date to the payment date: a payment on the due date,
 * or before it, is 0 days late.
 *
 * <pre>{@code
 * LatePayment.of(Money.parse("USD 3000.00"), 20); // 3,000 paid 20 days late
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LatePayment {

  LatePayment() {}

  /**
   * Returns the amount paid.
   *
   * @return positive
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns how many days after its due date the amount was paid.
   *
   * @return zero or positive; zero for a payment on or before the due date
   */
  @Value.Parameter
  public abstract long daysLate();

  /**
   * Returns a payment made some days after its due date.
   *
   * @param amount the amount paid, positive
   * @param daysLate the days from the due date to the payment, zero or positive (count a payment
   *     made early as 0)
   * @return the late payment
   * @throws IllegalArgumentException if the amount is not positive or the days are negative
   * @throws NullPointerException if {@code amount} is null
   */
  public static LatePayment of(Money amount, long daysLate) {
    return ImmutableLatePayment.of(amount, daysLate);
  }

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("payment amount must be positive: " + amount());
    }
    Inputs.nonNegative(daysLate(), "days late");
  }

  /**
   * Returns the amount and the days late, as in {@code USD 3000.00 paid 20 days late}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return amount() + " paid " + daysLate() + " days late";
  }
}
