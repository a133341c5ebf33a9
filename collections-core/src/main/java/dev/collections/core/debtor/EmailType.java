package dev.collections.core.debtor;

/**
 * The kind of an email address. Regulation F restricts using an address the collector knows the
 * consumer's employer provides (comment 6(d)(4)(ii)(D)-1).
 *
 * <p>Immutable and thread-safe.
 */
public enum EmailType {
  /** A personal address. */
  PERSONAL,
  /** An address provided by the person's employer. */
  WORK
}
