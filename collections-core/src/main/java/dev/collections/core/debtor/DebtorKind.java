package dev.collections.core.debtor;

/**
 * Whether a debtor is a consumer or a business, which decides whether the consumer-protection rules
 * apply at all.
 *
 * <p>Immutable and thread-safe.
 */
public enum DebtorKind {
  /**
   * A natural person owing, or allegedly owing, a debt incurred primarily for personal, family or
   * household purposes: the FDCPA and Regulation F protect such a consumer (12 CFR 1006.2(e), (h)),
   * living or deceased.
   */
  CONSUMER,
  /**
   * A business owing a commercial debt: the FDCPA does not apply, though some state laws and the
   * host's own policies may.
   */
  COMMERCIAL
}
