package dev.collections.core.contact;

/**
 * How a telephone call ended, as the dialer or the collector records it: the input from which
 * follow whether the call connected to the dialed number, whether it was a conversation, and which
 * debts it counts toward under 12 CFR 1006.14(b).
 *
 * <p>Only {@link #BUSY} and {@link #NOT_IN_SERVICE} are unconnected: 1006.14(b)(3)(ii) excludes a
 * call that does not connect to the dialed number, and comment 14(b)(3)(ii)-1 names a busy signal
 * and a "not in service" indication as the examples, while a call that rings unanswered, is
 * answered and drops, or reaches a voicemail or any recorded message, even with no ring and even
 * when no message could be left, is connected and counts. A call that ends in a conversation and
 * then drops is recorded as {@link #CONVERSATION}: an answered call in which any debt was discussed
 * is a conversation, so {@link #ANSWERED_DROPPED} never carries debts discussed.
 *
 * <p>Immutable and thread-safe.
 */
public enum CallOutcome {
  /**
   * A busy signal: the call did not connect to the dialed number and never counts (comment
   * 14(b)(3)(ii)-1).
   */
  BUSY,
  /**
   * A "number not in service" indication: the call did not connect to the dialed number and never
   * counts (comment 14(b)(3)(ii)-1).
   */
  NOT_IN_SERVICE,
  /** The phone rang and nobody answered: connected, so it counts (comment 14(b)(3)(ii)-1). */
  NO_ANSWER,
  /**
   * Someone answered and the line dropped before any debt was discussed: connected, so it counts
   * (comment 14(b)(3)(ii)-1), toward the debts the collector allocates it to, since it names none
   * (comment 14(b)(4)-1.i). A call that drops after a debt was discussed is a {@link #CONVERSATION}
   * (comment 14(b)(2)(ii)-2.iv).
   */
  ANSWERED_DROPPED,
  /**
   * The call reached a voicemail box or a recorded message and no message was left, or none could
   * be: connected, so it counts, even when the phone never rang (comment 14(b)(3)(ii)-1).
   */
  VOICEMAIL_NO_MESSAGE,
  /**
   * A voicemail was left that is not a limited-content message, so it may name debts; on an inbound
   * call, the person left a message for the collector. Connected; a message about a debt counts
   * toward that debt (comment 14(b)(4)-1).
   */
  VOICEMAIL_LEFT,
  /**
   * A limited-content message was left (12 CFR 1006.2(j)): a business name that does not indicate
   * debt collection, a request to reply, a person to contact and a number to call, nothing about
   * any debt. It is an attempt to communicate, so the call counts, toward a debt the collector
   * allocates (comment 14(b)(4)-2.ii). Only the collector leaves one.
   */
  LIMITED_CONTENT_MESSAGE,
  /**
   * A telephone conversation with the person sought, whoever placed the call: it counts toward
   * every debt discussed, whoever raised it (comment 14(b)(4)-1), and starts the seven-day period
   * of 1006.14(b)(2)(i)(B), also when the consumer called (comment 14(b)(2)(i)-1.ii). A
   * conversation that drops is still one (comment 14(b)(2)(ii)-2.iv).
   */
  CONVERSATION,
  /**
   * Someone other than the person sought answered: the call connected to the dialed number. Whether
   * it counts as a call to the person, for a number later learned not to be theirs, is for the
   * rules (comment 14(b)(2)(i)-3).
   */
  WRONG_PARTY;

  /**
   * Checks whether a call with this outcome connected to the dialed number, so that it counts
   * toward the call-frequency presumptions (12 CFR 1006.14(b)(3)(ii), comment 14(b)(3)(ii)-1).
   *
   * @return false for {@link #BUSY} and {@link #NOT_IN_SERVICE}, true otherwise
   */
  public boolean isConnected() {
    return this != BUSY && this != NOT_IN_SERVICE;
  }

  /**
   * Checks whether anything could have been said about a debt on a call with this outcome: never
   * when nobody answered and no message was left, never in a limited-content message, and never on
   * a call that dropped before a conversation, since one in which a debt was discussed is a
   * conversation.
   */
  boolean canDiscussDebts() {
    return switch (this) {
      case VOICEMAIL_LEFT, CONVERSATION, WRONG_PARTY -> true;
      case BUSY,
          NOT_IN_SERVICE,
          NO_ANSWER,
          ANSWERED_DROPPED,
          VOICEMAIL_NO_MESSAGE,
          LIMITED_CONTENT_MESSAGE ->
          false;
    };
  }
}
