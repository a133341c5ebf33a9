package dev.collections.core.receivable;

/**
 * The kind of debt, which decides rules that apply to it: all student loans serviced under one
 * account number are one debt for call-frequency purposes (12 CFR 1006.14(b)(4)), medical debt has
 * its own credit-reporting treatment, commercial invoices are not consumer debts.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReceivableType {
  /** A credit card account. */
  CREDIT_CARD,
  /** A medical bill. */
  MEDICAL,
  /** A student loan; carries the servicing account number it was obtained under. */
  STUDENT_LOAN,
  /** An automobile loan or lease. */
  AUTO_LOAN,
  /** A mortgage or home-equity loan. */
  MORTGAGE,
  /** An unsecured personal loan. */
  PERSONAL_LOAN,
  /** A utility bill: power, water, gas. */
  UTILITY,
  /** A telecommunications bill: phone, internet, television. */
  TELECOM,
  /** Rent or a residential lease. */
  RENT,
  /** An invoice to a business customer: not a consumer debt. */
  COMMERCIAL_INVOICE,
  /** Any other kind of debt. */
  OTHER;

  /**
   * Checks whether the debt is owed by a consumer for personal, family or household purposes, as
   * the FDCPA's definition of a debt requires; only {@link #COMMERCIAL_INVOICE} is not.
   *
   * @return false only for commercial invoices
   */
  public boolean isConsumerDebt() {
    return this != COMMERCIAL_INVOICE;
  }
}
