package dev.collections.core.contact;

/**
 * Who initiated a contact attempt: the collector or the person.
 *
 * <p>Only calls the collector places count toward the call-frequency presumption of 12 CFR
 * 1006.14(b)(2)(i)(A); a conversation on a call the consumer placed still starts the seven-day
 * period of 1006.14(b)(2)(i)(B) (comment 14(b)(2)(i)-1.ii).
 *
 * <p>Immutable and thread-safe.
 */
public enum Direction {
  /** The collector initiated the attempt: placed the call, sent the message, made the visit. */
  OUTBOUND,
  /** The person initiated it: called the collector, wrote, visited. */
  INBOUND
}
