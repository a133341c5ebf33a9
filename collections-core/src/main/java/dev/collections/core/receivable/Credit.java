package dev.collections.core.receivable;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A credit memo: a reduction of what is owed that is not money received (a goodwill credit, a
 * returned item, a billing correction), applied to components like a {@link Payment}; any part not
 * applied is held as a credit balance. Metrics that count cash collected ignore credits.
 *
 * <pre>{@code
 * Credit.of(EntryId.of("C-1"), LocalDate.of(2024, 4, 5), Money.parse("USD 25.00"),
 *     Map.of(Component.FEES, Money.parse("USD 25.00")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Credit extends AppliedEntry {

  Credit() {}

  /**
   * Returns a payment posted on its effective date.
   *
   * @param id the entry identifier
   * @param effectiveDate the date it takes effect, and is posted
   * @param amount the amount credited, positive
   * @param allocation the parts applied to components, positive, summing to at most {@code amount};
   *     the rest is unapplied
   * @return the payment
   * @throws IllegalArgumentException if the amount is not positive, a part is not positive or in
   *     another currency, or the parts exceed the amount
   * @throws NullPointerException if an argument is null
   */
  public static Credit of(
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

  /** Builds a {@link Credit}; the posting date defaults to the effective date. */
  public static final class Builder extends ImmutableCredit.Builder {
    Builder() {}
  }

  /**
   * Returns {@link EntryKind#CREDIT}.
   *
   * @return the kind
   */
  @Override
  public final EntryKind kind() {
    return EntryKind.CREDIT;
  }

  @Value.Check
  void check() {
    checkApplied("credit");
  }
}
