package dev.collections.core.receivable;

import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Amounts removed from components as uncollectible: a charge-off, or the forgiven part of a
 * settlement. Recoveries after a write-off are recorded as payments. A write-off takes away at most
 * what was charged to each component, net of earlier write-offs and reductions, on its effective
 * date: the {@link Receivable} rejects a ledger where it would take more, since that would invent a
 * credit for the debtor.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WriteOff extends LedgerEntry {

  WriteOff() {}

  /**
   * Returns the currency of the amounts written off.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the amount written off each component.
   *
   * @return positive parts, at least one
   */
  public abstract Map<Component, Money> allocation();

  /**
   * Returns the total written off.
   *
   * @return the sum of {@link #allocation()}
   */
  public Money amount() {
    Money total = Money.zero(currency());
    for (Money part : allocation().values()) {
      total = total.plus(part);
    }
    return total;
  }

  /**
   * Returns a write-off posted on its effective date.
   *
   * @param id the entry identifier
   * @param effectiveDate the date it takes effect, and is posted
   * @param allocation the amount written off each component: positive, at least one, one currency
   * @return the write-off
   * @throws IllegalArgumentException if the allocation is empty, a part is not positive, or the
   *     parts are in different currencies
   * @throws NullPointerException if an argument is null
   */
  public static WriteOff of(EntryId id, LocalDate effectiveDate, Map<Component, Money> allocation) {
    if (allocation.isEmpty()) {
      throw new IllegalArgumentException("write-off allocation must not be empty: entry " + id);
    }
    return builder()
        .id(id)
        .effectiveDate(effectiveDate)
        .currency(allocation.values().iterator().next().getCurrencyUnit())
        .putAllAllocation(allocation)
        .build();
  }

  /**
   * Returns a builder, for a write-off posted on another day than it takes effect.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteOff}; the posting date defaults to the effective date. */
  public static final class Builder extends ImmutableWriteOff.Builder {
    Builder() {}
  }

  /**
   * Returns {@link EntryKind#WRITE_OFF}.
   *
   * @return the kind
   */
  @Override
  public final EntryKind kind() {
    return EntryKind.WRITE_OFF;
  }

  @Override
  void addTo(long[] columns) {
    Entries.addAllocation(allocation(), columns, -1);
  }

  @Value.Check
  void check() {
    if (allocation().isEmpty()) {
      throw new IllegalArgumentException("write-off allocation must not be empty: entry " + id());
    }
    Entries.checkAllocation(allocation(), currency(), id(), "write-off allocation");
  }
}
