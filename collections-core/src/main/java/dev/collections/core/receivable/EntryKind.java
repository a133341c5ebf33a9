package dev.collections.core.receivable;

/**
 * The kind of a {@link LedgerEntry}, for code that switches over entries.
 *
 * <p>Immutable and thread-safe.
 */
public enum EntryKind {
  /** A {@link Charge}: an amount added to one component. */
  CHARGE,
  /** A {@link Payment}: money received, applied to components, any rest unapplied. */
  PAYMENT,
  /** A {@link Credit}: a credit memo, applied like a payment but not money received. */
  CREDIT,
  /** An {@link Adjustment}: a signed correction of one component. */
  ADJUSTMENT,
  /** A {@link WriteOff}: amounts removed from components as uncollectible (a charge-off). */
  WRITE_OFF,
  /** A {@link Reversal}: the undoing of an earlier entry, such as a returned payment. */
  REVERSAL
}
