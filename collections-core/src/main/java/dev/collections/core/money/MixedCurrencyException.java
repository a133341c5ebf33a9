package dev.collections.core.money;

import java.util.Objects;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;

/**
 * Thrown when an amount is not in the currency its context requires: a payment in EUR against a USD
 * receivable, or a USD 10.00 weight in a split of JPY 1,000.
 *
 * <p>It is a Joda-Money {@link CurrencyMismatchException} (and so an {@link
 * IllegalArgumentException}), with the name of the offending argument or field added. {@link
 * #getFirstCurrency()} is the currency required, {@link #getSecondCurrency()} the one found. The
 * message reads {@code "payment must be in USD: EUR"}. Every module reports a currency mismatch
 * with this exception, through {@link Currencies}.
 *
 * <p>Immutable once thrown.
 */
public final class MixedCurrencyException extends CurrencyMismatchException {

  @java.io.Serial private static final long serialVersionUID = 1L;

  /** The name of the argument or field that held the wrong currency. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param field the name of the argument or field holding the wrong currency, e.g. {@code
   *     "weights[2]"}
   * @param required the currency required
   * @param found the currency found
   * @throws NullPointerException if any argument is null
   */
  public MixedCurrencyException(String field, CurrencyUnit required, CurrencyUnit found) {
    super(Objects.requireNonNull(required, "required"), Objects.requireNonNull(found, "found"));
    this.field = Objects.requireNonNull(field, "field");
  }

  /**
   * Returns the name of the argument or field that held the wrong currency.
   *
   * @return the field name, e.g. {@code "weights[2]"}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the currency the context requires.
   *
   * @return the required currency
   */
  public CurrencyUnit required() {
    return Objects.requireNonNull(getFirstCurrency());
  }

  /**
   * Returns the currency found instead.
   *
   * @return the offending currency
   */
  public CurrencyUnit found() {
    return Objects.requireNonNull(getSecondCurrency());
  }

  /**
   * Returns the message: the field, the currency required, then the currency found.
   *
   * @return for example {@code "payment must be in USD: EUR"}
   */
  @Override
  public String getMessage() {
    return field + " must be in " + required().getCode() + ": " + found().getCode();
  }
}
