package dev.collections.core.receivable;

import java.util.Map;
import org.joda.money.Money;

/**
 * The shape {@link Payment} and {@link Credit} share: an amount, the parts of it applied to
 * components, and the rest left unapplied (a credit balance until applied).
 */
abstract class AppliedEntry extends LedgerEntry {

  AppliedEntry() {}

  /**
   * Returns the whole amount received or credited.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * Returns the parts of the amount applied to each component; components not listed receive
   * nothing.
   *
   * @return positive parts summing to at most {@link #amount()}
   */
  public abstract Map<Component, Money> allocation();

  /**
   * Returns the part of the amount not applied to any component: an overpayment, or money held
   * until it is applied. It counts as a credit balance.
   *
   * @return {@code amount()} minus the allocated parts, zero or positive
   */
  public Money unapplied() {
    Money applied = Money.zero(amount().getCurrencyUnit());
    for (Money part : allocation().values()) {
      applied = applied.plus(part);
    }
    return amount().minus(applied);
  }

  @Override
  void addTo(long[] columns) {
    Entries.addAllocation(allocation(), columns, -1);
    columns[UNAPPLIED] -= Entries.units(unapplied());
  }

  void checkApplied(String what) {
    Entries.requirePositive(amount(), what + " amount", id());
    Money applied =
        Entries.checkAllocation(
            allocation(), amount().getCurrencyUnit(), id(), what + " allocation");
    if (applied.isGreaterThan(amount())) {
      throw new IllegalArgumentException(
          what
              + " allocation must not exceed the amount: "
              + applied
              + " > "
              + amount()
              + " in entry "
              + id());
    }
  }
}
