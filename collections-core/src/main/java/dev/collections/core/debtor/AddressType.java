package dev.collections.core.debtor;

/**
 * The kind of a postal address.
 *
 * <p>Immutable and thread-safe.
 */
public enum AddressType {
  /** Where the person lives. */
  HOME,
  /** The person's place of employment. */
  WORK,
  /** An address used only for mail, such as a post office box. */
  MAILING,
  /** Any other address. */
  OTHER
}
