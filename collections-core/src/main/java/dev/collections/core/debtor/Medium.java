package dev.collections.core.debtor;

/**
 * A medium of communication, as a consumer may restrict one (12 CFR 1006.14(h)): a request to stop
 * using a medium, or a consent, names a medium or one address or number within it.
 *
 * <p>Immutable and thread-safe.
 */
public enum Medium {
  /** Telephone calls, including ringless voicemails. */
  TELEPHONE,
  /** Text messages (SMS, MMS) to a phone number. */
  TEXT_MESSAGE,
  /** Email. */
  EMAIL,
  /** Letters and other postal mail. */
  POSTAL_MAIL,
  /** Visits in person. */
  IN_PERSON,
  /** Private messages on a social media platform. */
  SOCIAL_MEDIA
}
