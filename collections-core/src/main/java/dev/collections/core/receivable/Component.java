package dev.collections.core.receivable;

/**
 * A part of what a debtor owes, itemized as Regulation F's validation notice itemizes it (12 CFR
 * 1006.34(c)(2)): the principal, and the interest, fees and costs added since.
 *
 * <p>Immutable and thread-safe.
 */
public enum Component {
  /** The amount owed before interest, fees and costs. */
  PRINCIPAL,
  /** Interest accrued. */
  INTEREST,
  /** Fees charged: late fees, returned-payment fees, service charges. */
  FEES,
  /** Costs of collection, such as court costs, where the contract or law allows them. */
  COSTS
}
