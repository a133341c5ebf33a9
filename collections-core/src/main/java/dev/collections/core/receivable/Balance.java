package dev.collections.core.receivable;

import dev.collections.core.money.Currencies;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What a receivable's ledger says is owed on a date, itemized by component, with any credit balance
 * reported on its own line.
 *
 * <p>No component is ever negative: when payments, credits or adjustments exceed a component, the
 * excess is a credit balance ({@link #credit()}), as is a payment's unapplied part. The {@link
 * #net()} balance is what is owed after the credit: negative when the debtor has overpaid.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Balance {

  Balance() {}

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  @Value.Parameter
  public abstract CurrencyUnit currency();

  /**
   * Returns the principal outstanding.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money principal();

  /**
   * Returns the interest outstanding.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money interest();

  /**
   * Returns the fees outstanding.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money fees();

  /**
   * Returns the costs outstanding.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money costs();

  /**
   * Returns the credit balance: unapplied payments and credits, and anything paid beyond a
   * component.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money credit();

  /**
   * Returns a balance from its parts.
   *
   * @param principal the principal outstanding, zero or positive
   * @param interest the interest outstanding, zero or positive
   * @param fees the fees outstanding, zero or positive
   * @param costs the costs outstanding, zero or positive
   * @param credit the credit balance, zero or positive
   * @return the balance
   * @throws IllegalArgumentException if a part is negative
   * @throws dev.collections.core.money.MixedCurrencyException if the parts' currencies differ
   * @throws NullPointerException if an argument is null
   */
  public static Balance of(Money principal, Money interest, Money fees, Money costs, Money credit) {
    Objects.requireNonNull(principal, "principal");
    return ImmutableBalance.of(
        principal.getCurrencyUnit(), principal, interest, fees, costs, credit);
  }

  /**
   * Returns the balance of nothing owed and no credit.
   *
   * @param currency the currency
   * @return the zero balance
   */
  public static Balance zero(CurrencyUnit currency) {
    Money zero = Money.zero(currency);
    return ImmutableBalance.of(currency, zero, zero, zero, zero, zero);
  }

  /**
   * Returns the amount outstanding on one component.
   *
   * @param component the component
   * @return zero or positive
   * @throws NullPointerException if {@code component} is null
   */
  public Money outstanding(Component component) {
    return switch (Objects.requireNonNull(component, "component")) {
      case PRINCIPAL -> principal();
      case INTEREST -> interest();
      case FEES -> fees();
      case COSTS -> costs();
    };
  }

  /**
   * Returns the amount outstanding on each component, in the order of {@link Component}.
   *
   * @return every component with its amount, zero included
   */
  public Map<Component, Money> outstandingByComponent() {
    Map<Component, Money> result = new EnumMap<>(Component.class);
    for (Component component : Component.values()) {
      result.put(component, outstanding(component));
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  /**
   * Returns the total outstanding before the credit balance: the sum of the components.
   *
   * @return zero or positive
   */
  public Money gross() {
    return principal().plus(interest()).plus(fees()).plus(costs());
  }

  /**
   * Returns what is owed after the credit balance: {@link #gross()} minus {@link #credit()}.
   *
   * @return positive when owed, negative when the debtor is in credit
   */
  public Money net() {
    return gross().minus(credit());
  }

  /**
   * Checks whether the debtor is in credit: the credit balance exceeds what is outstanding.
   *
   * @return true when {@link #net()} is negative
   */
  public boolean isCreditBalance() {
    return net().isNegative();
  }

  /**
   * Checks whether nothing is outstanding and there is no credit: the receivable is settled.
   *
   * @return true when every part is zero
   */
  public boolean isZero() {
    return gross().isZero() && credit().isZero();
  }

  @Value.Check
  void check() {
    check(principal(), "principal");
    check(interest(), "interest");
    check(fees(), "fees");
    check(costs(), "costs");
    check(credit(), "credit");
  }

  private void check(Money part, String field) {
    Currencies.requireCurrency(part, currency(), field);
    if (part.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + part);
    }
  }
}
