package dev.collections.core.receivable;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A signed correction of one component: positive adds to what is owed, negative takes away (a
 * waived fee, a corrected interest accrual). A negative adjustment, like a write-off, may take away
 * at most what was charged to the component by its effective date; the {@link Receivable} rejects a
 * ledger where it would take more.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Adjustment extends LedgerEntry {

  Adjustment() {}

  /**
   * Returns the component adjusted.
   *
   * @return the component
   */
  public abstract Component component();

  /**
   * Returns the signed amount of the adjustment.
   *
   * @return a non-zero amount; negative reduces the component
   */
  public abstract Money amount();

  /**
   * Returns an adjustment posted on its effective date.
   *
   * @param id the entry identifier
   * @param effectiveDate the date it takes effect, and is posted
   * @param component the component adjusted
   * @param amount the signed amount, not zero
   * @return the adjustment
   * @throws IllegalArgumentException if the amount is zero
   * @throws NullPointerException if an argument is null
   */
  public static Adjustment of(
      EntryId id, LocalDate effectiveDate, Component component, Money amount) {
    return builder()
        .id(id)
        .effectiveDate(effectiveDate)
        .component(component)
        .amount(amount)
        .build();
  }

  /**
   * Returns a builder, for an adjustment posted on another day than it takes effect.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Adjustment}; the posting date defaults to the effective date. */
  public static final class Builder extends ImmutableAdjustment.Builder {
    Builder() {}
  }

  /**
   * Returns {@link EntryKind#ADJUSTMENT}.
   *
   * @return the kind
   */
  @Override
  public final EntryKind kind() {
    return EntryKind.ADJUSTMENT;
  }

  @Override
  void addTo(long[] columns) {
    columns[column(component())] += Entries.units(amount());
  }

  @Value.Check
  void check() {
    if (amount().isZero()) {
      throw new IllegalArgumentException("adjustment amount must not be zero: entry " + id());
    }
  }
}
