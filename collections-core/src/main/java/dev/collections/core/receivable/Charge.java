package dev.collections.core.receivable;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An amount added to one component of a receivable: the original principal, accrued interest, a
 * late fee, court costs.
 *
 * <pre>{@code
 * Charge.of(EntryId.of("E-1"), LocalDate.of(2024, 1, 2), Component.PRINCIPAL,
 *     Money.parse("USD 1000.00"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Charge extends LedgerEntry {

  Charge() {}

  /**
   * Returns the component charged.
   *
   * @return the component
   */
  public abstract Component component();

  /**
   * Returns the amount charged.
   *
   * @return a positive amount
   */
  public abstract Money amount();

  /**
   * Returns a charge posted on its effective date.
   *
   * @param id the entry identifier
   * @param effectiveDate the date it takes effect, and is posted
   * @param component the component charged
   * @param amount the amount, positive
   * @return the charge
   * @throws IllegalArgumentException if the amount is not positive
   * @throws NullPointerException if an argument is null
   */
  public static Charge of(EntryId id, LocalDate effectiveDate, Component component, Money amount) {
    return builder()
        .id(id)
        .effectiveDate(effectiveDate)
        .component(component)
        .amount(amount)
        .build();
  }

  /**
   * Returns a builder, for a charge posted on another day than it takes effect.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Charge}; the posting date defaults to the effective date. */
  public static final class Builder extends ImmutableCharge.Builder {
    Builder() {}
  }

  /**
   * Returns {@link EntryKind#CHARGE}.
   *
   * @return the kind
   */
  @Override
  public final EntryKind kind() {
    return EntryKind.CHARGE;
  }

  @Override
  void addTo(long[] columns) {
    columns[column(component())] += Entries.units(amount());
  }

  @Value.Check
  void check() {
    Entries.requirePositive(amount(), "charge amount", id());
  }
}
