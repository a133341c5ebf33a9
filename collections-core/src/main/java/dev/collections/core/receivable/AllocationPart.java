package dev.collections.core.receivable;

import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of an {@link Allocation}: an amount of the payment applied to one component of one
 * receivable, such as "USD 105.00 to the fees of LOAN-1".
 *
 * <pre>{@code
 * AllocationPart.of(ReceivableId.of("LOAN-1"), Component.FEES, Money.parse("USD 105.00"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationPart {

  AllocationPart() {}

  /**
   * Returns the receivable the amount is applied to.
   *
   * @return the receivable's identifier
   */
  @Value.Parameter
  public abstract ReceivableId receivableId();

  /**
   * Returns the component the amount pays.
   *
   * @return the component
   */
  @Value.Parameter
  public abstract Component component();

  /**
   * Returns the amount applied.
   *
   * @return a positive amount
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns the part applying an amount to a component of a receivable.
   *
   * @param receivableId the receivable
   * @param component the component paid
   * @param amount the amount, positive
   * @return the part
   * @throws IllegalArgumentException if {@code amount} is not positive
   * @throws NullPointerException if an argument is null
   */
  public static AllocationPart of(ReceivableId receivableId, Component component, Money amount) {
    return ImmutableAllocationPart.of(receivableId, component, amount);
  }

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new IllegalArgumentException(
          "part amount must be positive: "
              + amount()
              + " to "
              + receivableId()
              + " "
              + component());
    }
  }
}
