package dev.collections.core.receivable;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The itemization date of a debt (12 CFR 1006.34(b)(3)): the reference date from which a validation
 * notice itemizes interest, fees, payments and credits, chosen among five kinds and used
 * consistently.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ItemizationDate {

  /** The five reference dates Regulation F allows. */
  public enum Kind {
    /** The last statement provided by the creditor (1006.34(b)(3)(i)). */
    LAST_STATEMENT,
    /** The charge-off date (1006.34(b)(3)(ii)). */
    CHARGE_OFF,
    /** The last payment date (1006.34(b)(3)(iii)). */
    LAST_PAYMENT,
    /** The transaction date (1006.34(b)(3)(iv)). */
    TRANSACTION,
    /** The judgment date (1006.34(b)(3)(v)). */
    JUDGMENT
  }

  ItemizationDate() {}

  /**
   * Returns which reference date this is.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the date.
   *
   * @return the itemization date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns an itemization date.
   *
   * @param kind which reference date
   * @param date the date
   * @return the itemization date
   * @throws NullPointerException if an argument is null
   */
  public static ItemizationDate of(Kind kind, LocalDate date) {
    return ImmutableItemizationDate.of(kind, date);
  }
}
