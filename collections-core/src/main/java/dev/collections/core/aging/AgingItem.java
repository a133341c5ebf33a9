package dev.collections.core.aging;

import dev.collections.core.receivable.ReceivableId;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One open item to age that is not a whole receivable: an unpaid installment of a payment plan,
 * aged by its own due date, or a line of another system's open-items list.
 *
 * <pre>{@code
 * AgingItem.of(ReceivableId.of("PLAN-7"), LocalDate.of(2024, 3, 1), Money.parse("USD 250.00"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgingItem {

  AgingItem() {}

  /**
   * Returns the receivable the item belongs to.
   *
   * @return the receivable's identifier
   */
  public abstract ReceivableId receivableId();

  /**
   * Returns the item's due date, from which due-date aging counts.
   *
   * @return the due date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the item's issue date, from which invoice-date aging counts; the due date unless set.
   *
   * @return the issue date, not after the due date
   */
  @Value.Default
  public LocalDate issueDate() {
    return dueDate();
  }

  /**
   * Returns the open amount: positive when owed, negative for a credit.
   *
   * @return the open amount
   */
  public abstract Money openAmount();

  /**
   * Checks whether the item is disputed.
   *
   * @return true if disputed; false unless set
   */
  @Value.Default
  public boolean isDisputed() {
    return false;
  }

  /**
   * Returns an undisputed item issued on its due date.
   *
   * @param receivableId the receivable it belongs to
   * @param dueDate its due date
   * @param openAmount its open amount; negative for a credit
   * @return the item
   */
  public static AgingItem of(ReceivableId receivableId, LocalDate dueDate, Money openAmount) {
    return builder().receivableId(receivableId).dueDate(dueDate).openAmount(openAmount).build();
  }

  /**
   * Returns a builder, for an item with an issue date or a dispute.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgingItem}. */
  public static final class Builder extends ImmutableAgingItem.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (issueDate().isAfter(dueDate())) {
      throw new IllegalArgumentException(
          "an aging item must not be due before it is issued: "
              + issueDate()
              + " then "
              + dueDate()
              + " for "
              + receivableId());
    }
  }
}
