package dev.collections.core.receivable;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A consumer's direction for one debt when paying several: "put 50.00 towards the hospital bill",
 * or "pay off the phone bill". A debt collector must follow such directions where applicable (15
 * U.S.C. 1692h).
 *
 * <pre>{@code
 * PaymentDirection.of(ReceivableId.of("HOSP-7"), Money.parse("USD 50.00"));
 * PaymentDirection.ofWholeBalance(ReceivableId.of("TEL-2"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentDirection {

  PaymentDirection() {}

  /**
   * Returns the debt the consumer names.
   *
   * @return the receivable's identifier
   */
  @Value.Parameter
  public abstract ReceivableId receivableId();

  /**
   * Returns the amount the consumer wants applied to the debt.
   *
   * @return a positive amount, or empty for as much as the debt needs
   */
  @Value.Parameter
  public abstract Optional<Money> amount();

  /**
   * Returns the direction to apply a given amount to a debt.
   *
   * @param receivableId the debt
   * @param amount the amount, positive; a policy applies less when the payment or the debt is
   *     smaller
   * @return the direction
   * @throws IllegalArgumentException if {@code amount} is not positive
   * @throws NullPointerException if an argument is null
   */
  public static PaymentDirection of(ReceivableId receivableId, Money amount) {
    return ImmutablePaymentDirection.of(
        receivableId, Optional.of(Objects.requireNonNull(amount, "amount")));
  }

  /**
   * Returns the direction to apply as much of the payment as the debt needs to be paid off.
   *
   * @param receivableId the debt
   * @return the direction, without an amount
   * @throws NullPointerException if {@code receivableId} is null
   */
  public static PaymentDirection ofWholeBalance(ReceivableId receivableId) {
    return ImmutablePaymentDirection.of(receivableId, Optional.empty());
  }

  @Value.Check
  void check() {
    amount()
        .ifPresent(
            a -> {
              if (!a.isPositive()) {
                throw new IllegalArgumentException(
                    "direction amount must be positive: " + a + " to " + receivableId());
              }
            });
  }
}
