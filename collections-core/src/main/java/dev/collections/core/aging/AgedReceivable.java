package dev.collections.core.aging;

import dev.collections.core.debtor.DebtorId;
import dev.collections.core.receivable.ReceivableId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One row of an {@link AgingDetail}: a receivable's net balance, age and bucket as of the detail's
 * date.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgedReceivable {

  /** Where a receivable stands on the date. */
  public enum Status {
    /** A positive balance, aged into its bucket. */
    OPEN,
    /** A negative balance: the debtor is in credit; not aged. */
    CREDIT,
    /** A zero balance: nothing owed, no credit. */
    SETTLED
  }

  AgedReceivable() {}

  /**
   * Returns the receivable's identifier.
   *
   * @return the identifier
   */
  public abstract ReceivableId receivableId();

  /**
   * Returns the debtor's identifier.
   *
   * @return the identifier
   */
  public abstract DebtorId debtorId();

  /**
   * Returns the net balance on the date.
   *
   * @return positive when owed, negative in credit, zero when settled
   */
  public abstract Money balance();

  /**
   * Returns the age on the date under the scheme's basis.
   *
   * @return days past due (or since issue); negative before the due (or issue) date
   */
  public abstract long age();

  /**
   * Returns the bucket the age falls in. Only an {@link Status#OPEN} row is counted in it; the
   * bucket of the others is shown for reference.
   *
   * @return the bucket
   */
  public abstract AgingBucket bucket();

  /**
   * Checks whether the receivable is disputed.
   *
   * @return true if disputed
   */
  public abstract boolean isDisputed();

  /**
   * Returns where the receivable stands, from the sign of its balance.
   *
   * @return open, credit or settled
   */
  public Status status() {
    if (balance().isPositive()) {
      return Status.OPEN;
    }
    return balance().isNegative() ? Status.CREDIT : Status.SETTLED;
  }

  /** Returns a builder of rows; rows are made by {@link AgingDetail} only. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgedReceivable}. */
  static final class Builder extends ImmutableAgedReceivable.Builder {
    Builder() {}
  }
}
