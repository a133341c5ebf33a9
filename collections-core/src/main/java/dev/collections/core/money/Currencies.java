package dev.collections.core.money;

import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Checks that amounts are in the currency their context requires; every module of collections
 * checks currencies here, so a mismatch always reads the same way and is always a {@link
 * MixedCurrencyException}.
 *
 * <pre>{@code
 * Currencies.requireCurrency(payment, receivable.currency(), "payment");
 * // MixedCurrencyException: payment must be in USD: EUR
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class Currencies {

  private Currencies() {}

  /**
   * Returns {@code amount} if it is in {@code required}, and fails otherwise.
   *
   * @param amount the amount to check
   * @param required the currency the context requires
   * @param field the name of the argument or field, used in the message
   * @return {@code amount}, for use in assignments
   * @throws MixedCurrencyException if {@code amount} is in another currency
   * @throws NullPointerException if any argument is null
   */
  public static Money requireCurrency(Money amount, CurrencyUnit required, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(amount, field);
    Objects.requireNonNull(required, "required");
    if (!amount.getCurrencyUnit().equals(required)) {
      throw new MixedCurrencyException(field, required, amount.getCurrencyUnit());
    }
    return amount;
  }

  /**
   * Returns {@code currency} if it is {@code required}, and fails otherwise.
   *
   * @param currency the currency to check
   * @param required the currency the context requires
   * @param field the name of the argument or field, used in the message
   * @return {@code currency}, for use in assignments
   * @throws MixedCurrencyException if the currencies differ
   * @throws NullPointerException if any argument is null
   */
  public static CurrencyUnit requireCurrency(
      CurrencyUnit currency, CurrencyUnit required, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(currency, field);
    Objects.requireNonNull(required, "required");
    if (!currency.equals(required)) {
      throw new MixedCurrencyException(field, required, currency);
    }
    return currency;
  }

  /**
   * Checks that every amount of a list is in {@code required}; the message names the first
   * offending element by index, as in {@code "weights[2] must be in USD: EUR"}.
   *
   * @param amounts the amounts to check; may be empty
   * @param required the currency they must all be in
   * @param field the name of the list, used in the message
   * @return {@code amounts}, for use in assignments
   * @throws MixedCurrencyException if an amount is in another currency
   * @throws NullPointerException if an argument or an element is null
   */
  public static List<Money> requireCurrency(
      List<Money> amounts, CurrencyUnit required, String field) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(amounts, field);
    Objects.requireNonNull(required, "required");
    for (int i = 0; i < amounts.size(); i++) {
      requireCurrency(amounts.get(i), required, field + "[" + i + "]");
    }
    return amounts;
  }
}
