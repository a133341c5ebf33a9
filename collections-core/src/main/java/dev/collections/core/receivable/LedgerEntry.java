package dev.collections.core.receivable;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One entry of a receivable's ledger: a {@link Charge}, {@link Payment}, {@link Credit}, {@link
 * Adjustment}, {@link WriteOff} or {@link Reversal}.
 *
 * <p>Every entry has an identifier unique in its ledger, the date it was posted (recorded) and the
 * date it takes effect. Balances follow the <em>effective</em> date: an entry posted today but
 * effective last month (a backdated payment) changes the balance as of every date since last month,
 * and an entry effective after a date is ignored as of that date.
 *
 * <p>The subclasses are the library's own; all are immutable and thread-safe.
 */
public abstract class LedgerEntry {

  /** The column of a component's running total; the unapplied column follows the components. */
  static final int UNAPPLIED = Component.values().length;

  /** The number of running totals a ledger keeps: one per component, then unapplied. */
  static final int COLUMNS = UNAPPLIED + 1;

  LedgerEntry() {}

  /** The running-total column of a component. */
  static int column(Component component) {
    return switch (component) {
      case PRINCIPAL -> 0;
      case INTEREST -> 1;
      case FEES -> 2;
      case COSTS -> 3;
    };
  }

  /**
   * Returns the entry's identifier, unique within its ledger.
   *
   * @return the identifier
   */
  public abstract EntryId id();

  /**
   * Returns the date from which the entry counts in balances.
   *
   * @return the effective date
   */
  public abstract LocalDate effectiveDate();

  /**
   * Returns the date the entry was recorded; the effective date unless set otherwise.
   *
   * @return the posting date
   */
  @Value.Default
  public LocalDate postingDate() {
    return effectiveDate();
  }

  /**
   * Returns the kind of entry.
   *
   * @return the kind
   */
  public abstract EntryKind kind();

  /**
   * Adds this entry's changes, in minor units, to the running totals: one per {@link Component} in
   * declaration order, then the unapplied amount. A reversal has none of its own.
   */
  abstract void addTo(long[] columns);
}
