package dev.collections.core.debtor;

/**
 * The chapter of title 11 of the United States Code under which a bankruptcy petition was filed.
 *
 * <p>Immutable and thread-safe.
 */
public enum BankruptcyChapter {
  /** Chapter 7: liquidation. */
  CHAPTER_7,
  /** Chapter 11: reorganization, mostly of businesses. */
  CHAPTER_11,
  /** Chapter 12: adjustment of debts of a family farmer or fisherman. */
  CHAPTER_12,
  /** Chapter 13: adjustment of debts of an individual with regular income. */
  CHAPTER_13
}
