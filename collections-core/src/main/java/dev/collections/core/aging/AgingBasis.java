package dev.collections.core.aging;

/**
 * The date an item's age is counted from.
 *
 * <p>Due-date aging shows only genuinely late items as past due; invoice-date aging shows how old
 * the paper is, so a long-terms invoice looks old before it is late. An item with no separate due
 * date has its due date equal to its issue date, and both bases agree.
 *
 * <p>Immutable and thread-safe.
 */
public enum AgingBasis {
  /** Age is the days past the due date: the due date itself is day 0, still current. */
  DUE_DATE,
  /** Age is the days since the issue (invoice) date: the issue date is day 0. */
  INVOICE_DATE
}
