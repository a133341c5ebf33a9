package dev.collections.core.receivable;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Money received from the debtor, with the parts applied to each component; whatever is not applied
 * is an overpayment, held as a credit balance.
 *
 * <p>The component split is decided when the payment is posted, typically by an {@code
 * AllocationPolicy}, and is then part of the ledger: later backdated entries do not re-apply it. A
 * returned payment is recorded as a {@link Reversal} of it.
 *
 * <pre>{@code
 * Payment.of(EntryId.of("P-1"), LocalDate.of(2024, 4, 5), Money.parse("USD 400.00"),
 *     Map.of(Component.FEES, Money.parse("USD 25.00"), Component.PRINCIPAL,
 *         Money.parse("USD 375.00")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Payment extends AppliedEntry {

  Payment() {}

  /**
   * Returns a payment posted on its effective date.
   *
   * @param id the entry identifier
   * @param effectiveDate the date it takes effect, and is posted
   * @param amount the amount received, positive
   * @param allocation the parts applied to components, positive, summing to at most {@code amount};
   *     the rest is unapplied
   * @return the payment
   * @throws IllegalArgumentException if the amount is not positive, a part is not positive or in
   *     another currency, or the parts exceed the amount
   * @throws NullPointerException if an argument is null
   */
  public static Payment of(
      EntryId id, LocalDate effectiveDate, Money amount, Map<Component, Money> allocation) {
    return builder()
        .id(id)
        .effectiveDate(effectiveDate)
        .amount(amount)
        .putAllAllocation(allocation)
        .build();
  }

  /**
   * Returns a builder, for a payment posted on another day than it takes effect.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Payment}; the posting date defaults to the effective date. */
  public static final class Builder extends ImmutablePayment.Builder {
    Builder() {}
  }

  /**
   * Returns {@link EntryKind#PAYMENT}.
   *
   * @return the kind
   */
  @Override
  public final EntryKind kind() {
    return EntryKind.PAYMENT;
  }

  @Value.Check
  void check() {
    checkApplied("payment");
  }
}
