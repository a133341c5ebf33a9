package dev.collections.core.debtor;

/**
 * The kind of a telephone number, which decides whether it is tied to a place and how the telephone
 * consumer protection rules treat it.
 *
 * <p>Immutable and thread-safe.
 */
public enum PhoneType {
  /** A mobile (cellular) number; not tied to a place. */
  MOBILE,
  /** A landline at a residence; tied to that place. */
  LANDLINE,
  /** A number at the person's place of employment; tied to it. */
  WORK,
  /** A voice-over-IP number; not tied to a place. */
  VOIP
}
