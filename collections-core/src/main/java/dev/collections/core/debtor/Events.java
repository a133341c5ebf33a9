package dev.collections.core.debtor;

import java.time.Instant;
import java.util.Optional;

/** Checks shared by the status events, so each rule is worded the same way everywhere. */
final class Events {

  private Events() {}

  /** Whether an optional end instant has not yet come at {@code instant} (ends are exclusive). */
  static boolean notEndedAt(Optional<Instant> end, Instant instant) {
    return end.isEmpty() || instant.isBefore(end.get());
  }

  /**
   * Rejects a later instant that is before an earlier one, with the message {@code "<rule>:
   * <earlier> then <later>"}.
   */
  static void requireNotBefore(Optional<Instant> later, Instant earlier, String rule) {
    if (later.isPresent() && later.get().isBefore(earlier)) {
      throw new IllegalArgumentException(rule + ": " + earlier + " then " + later.get());
    }
  }

  /**
   * Rejects a contact point that cannot carry a medium: telephone calls and texts go to a phone
   * number, email to an email address, mail and visits to a postal address, and a social-media
   * message to no contact point of this package. The message names the kind of contact point, never
   * the contact point itself.
   */
  static void requireCarries(Medium medium, ContactPoint contactPoint, String what) {
    boolean carries =
        switch (medium) {
          case TELEPHONE, TEXT_MESSAGE -> contactPoint instanceof Phone;
          case EMAIL -> contactPoint instanceof Email;
          case POSTAL_MAIL, IN_PERSON -> contactPoint instanceof PostalAddress;
          case SOCIAL_MEDIA -> false;
        };
    if (!carries) {
      throw new IllegalArgumentException(
          what + " through " + medium + " cannot name " + describe(contactPoint));
    }
  }

  /** The kind of a contact point with its article, for messages. */
  static String describe(ContactPoint contactPoint) {
    if (contactPoint instanceof Phone) {
      return "a phone number";
    }
    if (contactPoint instanceof Email) {
      return "an email address";
    }
    return "a postal address";
  }
}
