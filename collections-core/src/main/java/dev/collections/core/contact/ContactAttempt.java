package dev.collections.core.contact;

import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.receivable.ReceivableId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One attempt to communicate about a debtor's debts, in either direction: a call placed or
 * received, a ringless voicemail, a text, an email, a letter, a visit, a private social media
 * message.
 *
 * <p>An attempt records facts; what they mean for Regulation F's call-frequency presumptions (12
 * CFR 1006.14(b)) follows from them here, and what is permitted is decided by collections-rules:
 *
 * <ul>
 *   <li>{@link #isConnected()}: whether a telephone call connected to the dialed number (only a
 *       busy signal or a "not in service" indication does not, comment 14(b)(3)(ii)-1);
 *   <li>{@link #isPlacedTelephoneCall()}: whether the collector placed a telephone call, the only
 *       attempts counted toward the seven-calls-in-seven-days presumption;
 *   <li>{@link #isConversation()}: whether it was a telephone conversation with the person, in
 *       either direction, which starts the seven-day quiet period;
 *   <li>{@link #countedDebts()} and {@link #conversationDebts()}: the particular debts the call and
 *       the conversation count toward (1006.14(b)(4), comment 14(b)(4)-1).
 * </ul>
 *
 * <pre>{@code
 * ContactAttempt call = ContactAttempt.builder()
 *     .id(ContactAttemptId.of("A-1"))
 *     .instant(Instant.parse("2020-04-01T14:00:00Z"))
 *     .channel(Channel.CALL).direction(Direction.OUTBOUND)
 *     .debtorId(DebtorId.of("D-1"))
 *     .personId(PersonId.of("P-1")).personRole(PersonRole.CONSUMER)
 *     .callOutcome(CallOutcome.LIMITED_CONTENT_MESSAGE)
 *     .addAllocatedDebt(ReceivableId.of("R-1"))
 *     .build();
 * call.countedDebts(); // [R-1]: a limited-content message names no debt, so the allocation decides
 * }</pre>
 *
 * <p>The shape is checked at construction: a call outcome only on a telephone channel, and always
 * on a call; a destination of the kind the channel uses; debts discussed only when something could
 * be said; consent only when the person communicated; and, since comment 14(b)(4)-1 counts every
 * such call toward at least one particular debt, a connected call the collector placed and a
 * telephone conversation in either direction count toward at least one debt, discussed or
 * allocated. Business judgement (whether a person may be called) belongs to the rules. Immutable
 * and thread-safe; equal when every attribute is equal. {@code toString} shows the destination's
 * kind, never its number or address.
 */
@Value.Immutable
public abstract class ContactAttempt {

  ContactAttempt() {}

  /**
   * Returns the attempt's identifier, unique within a {@link ContactHistory}.
   *
   * @return the identifier
   */
  public abstract ContactAttemptId id();

  /**
   * Returns when the attempt was made: when the call was placed or received, the message sent (an
   * electronic message is timed by when it is sent, comment 6(b)(1)(i)-1), the letter mailed, the
   * visit made.
   *
   * @return the instant
   */
  public abstract Instant instant();

  /**
   * Returns the channel of the attempt.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * Returns who initiated the attempt.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the debtor whose debts the attempt concerns.
   *
   * @return the debtor's identifier
   */
  public abstract DebtorId debtorId();

  /**
   * Returns the person reached or sought: the one the collector tried to reach, or the one who
   * reached the collector. Call frequency is counted per person (1006.14(b)(2)).
   *
   * @return the person's identifier
   */
  public abstract PersonId personId();

  /**
   * Returns the role of that person with respect to the debts, as the collector knew it at the
   * time.
   *
   * @return the role
   */
  public abstract PersonRole personRole();

  /**
   * Returns the contact point used: the phone dialed or texted, the email address written to, the
   * postal address mailed or visited. A {@link Phone} for {@link Channel#CALL}, {@link
   * Channel#RINGLESS_VOICEMAIL} and {@link Channel#SMS}; an {@link Email} for {@link
   * Channel#EMAIL}; a {@link PostalAddress} for {@link Channel#LETTER} and {@link Channel#VISIT};
   * none for {@link Channel#SOCIAL_DM}.
   *
   * @return the destination, or empty when not recorded
   */
  public abstract Optional<ContactPoint> destination();

  /**
   * Returns every debt discussed in the conversation or named in the message, whoever raised it
   * (comment 14(b)(4)-1.ii). A call nobody heard ({@link CallOutcome#BUSY}, {@link
   * CallOutcome#NOT_IN_SERVICE}, {@link CallOutcome#NO_ANSWER}, {@link
   * CallOutcome#VOICEMAIL_NO_MESSAGE}) discusses none, nor does a call that dropped before a
   * conversation ({@link CallOutcome#ANSWERED_DROPPED}; one that dropped after a debt was discussed
   * is a {@link CallOutcome#CONVERSATION}), nor a limited-content message, which by definition
   * names no debt (1006.2(j)).
   *
   * @return the debts discussed, possibly empty
   */
  public abstract Set<ReceivableId> discussedDebts();

  /**
   * Returns the debts among {@link #discussedDebts()} that the person raised, not the collector.
   * The conversation is about them, but a call the collector placed does not count toward them
   * (comment 14(b)(4)-2.vi).
   *
   * @return the debts the person raised, a subset of the debts discussed; empty unless the attempt
   *     is a {@linkplain #isConversation() telephone conversation}
   */
  public abstract Set<ReceivableId> personRaisedDebts();

  /**
   * Returns the debts the collector allocated the attempt to: the collector's choice of the debts
   * an unanswered call, a limited-content message or a conversation in which no debt was discussed
   * counts toward (comment 14(b)(4)-1). The allocation decides only when no debt was discussed, or,
   * for a call the collector placed, only debts the person raised. Regulation F counts such a call
   * toward at least one debt, so a connected call the collector placed that discussed no debt the
   * collector raised, and a conversation that discussed none, need at least one.
   *
   * @return the allocated debts, possibly empty
   */
  public abstract Set<ReceivableId> allocatedDebts();

  /**
   * Returns how the call ended: required for {@link Channel#CALL}; optional for {@link
   * Channel#RINGLESS_VOICEMAIL}, where only {@link CallOutcome#VOICEMAIL_LEFT} and {@link
   * CallOutcome#LIMITED_CONTENT_MESSAGE} apply; absent on every other channel.
   *
   * @return the outcome, or empty for an attempt that is not a call
   */
  public abstract Optional<CallOutcome> callOutcome();

  /**
   * Checks whether the person gave consent during this attempt, for instance by asking to be called
   * back on a given day. Only an attempt in which the person communicated can carry it: a telephone
   * conversation, a voicemail the person left on a call they placed, a visit, or any other attempt
   * the person initiated. Whether the consent excludes later calls from the count
   * (1006.14(b)(3)(i)) is for the rules to decide.
   *
   * @return true if the attempt carries the person's consent; false by default
   */
  @Value.Default
  public boolean isConsentBearing() {
    return false;
  }

  /**
   * Returns a builder of contact attempts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContactAttempt}. The identifier, instant, channel, direction, debtor, person
   * and role are required; a call also needs its outcome. Debts are added with {@code
   * addDiscussedDebt}, {@code addPersonRaisedDebt} and {@code addAllocatedDebt}; consent is set
   * with {@code consentBearing(true)}.
   */
  public static final class Builder extends ImmutableContactAttempt.Builder {
    Builder() {}
  }

  /**
   * Checks whether this is a telephone call the collector placed: an outbound {@link Channel#CALL}
   * or {@link Channel#RINGLESS_VOICEMAIL}. Only such calls count toward the presumption of
   * 1006.14(b)(2)(i)(A); calls the person places do not.
   *
   * @return true for an outbound telephone call
   */
  public boolean isPlacedTelephoneCall() {
    return direction() == Direction.OUTBOUND && channel().isTelephoneCall();
  }

  /**
   * Checks whether the attempt connected to the dialed number (1006.14(b)(3)(ii)): a call connected
   * unless it got a busy signal or a "not in service" indication, so a call that rang unanswered,
   * was answered and dropped, or reached a voicemail or any recorded message, even with no message
   * left, is connected (comment 14(b)(3)(ii)-1); a ringless voicemail is delivered to the mailbox,
   * so it is connected. Connection is a telephone notion: an attempt on any other channel is never
   * connected.
   *
   * @return true for a connected telephone call or ringless voicemail
   */
  public boolean isConnected() {
    return switch (channel()) {
      case CALL -> callOutcome().map(CallOutcome::isConnected).orElse(false);
      case RINGLESS_VOICEMAIL -> true;
      case SMS, EMAIL, LETTER, VISIT, SOCIAL_DM -> false;
    };
  }

  /**
   * Checks whether the attempt was a telephone conversation with the person: a call whose outcome
   * is {@link CallOutcome#CONVERSATION}, whoever placed it. A conversation the consumer initiated
   * also starts the seven-day period of 1006.14(b)(2)(i)(B) (comment 14(b)(2)(i)-1.ii). A visit is
   * not a telephone conversation.
   *
   * @return true for a telephone conversation
   */
  public boolean isConversation() {
    return callOutcome().filter(CallOutcome.CONVERSATION::equals).isPresent();
  }

  /**
   * Returns the particular debts the attempt counts toward as an attempt the collector made, as 12
   * CFR 1006.14(b)(2)(i)(A) counts a placed call (comment 14(b)(4)-1.i): the debts discussed or
   * named in a message, less those only the person raised (comment 14(b)(4)-2.vi); when there are
   * none (an unanswered call, a limited-content message, a conversation about no particular debt,
   * or a debt only the person raised), the debts the collector allocated it to. The same
   * attribution applies on every channel; whether an attempt counts at all (placed, connected, a
   * telephone call, not excluded) is a separate question.
   *
   * @return the debts counted; never empty for a {@linkplain #isConnected() connected} {@linkplain
   *     #isPlacedTelephoneCall() call the collector placed}, possibly empty for other attempts
   */
  public Set<ReceivableId> countedDebts() {
    if (personRaisedDebts().isEmpty()) {
      return discussedDebts().isEmpty() ? allocatedDebts() : discussedDebts();
    }
    Set<ReceivableId> raisedByCollector = new LinkedHashSet<>(discussedDebts());
    raisedByCollector.removeAll(personRaisedDebts());
    return raisedByCollector.isEmpty()
        ? allocatedDebts()
        : Collections.unmodifiableSet(raisedByCollector);
  }

  /**
   * Returns the particular debts a telephone conversation is in connection with, as 12 CFR
   * 1006.14(b)(2)(i)(B) counts it: every debt discussed, whoever raised it; when no debt was
   * discussed, the debts the collector allocated the conversation to (comment 14(b)(4)-1.ii).
   *
   * @return the debts, at least one for a {@linkplain #isConversation() conversation}; empty when
   *     the attempt is not one
   */
  public Set<ReceivableId> conversationDebts() {
    if (!isConversation()) {
      return Set.of();
    }
    return discussedDebts().isEmpty() ? allocatedDebts() : discussedDebts();
  }

  @Value.Check
  void check() {
    checkOutcome();
    destination().ifPresent(this::checkDestination);
    checkDebts();
    if (isConsentBearing() && !personCommunicated()) {
      throw new IllegalArgumentException(
          "consent is given by the person, so it needs a conversation or an inbound attempt: "
              + kind());
    }
    checkCountsTowardADebt();
  }

  /**
   * Rejects a conversation or a connected call the collector placed that counts toward no debt:
   * comment 14(b)(4)-1 counts an unanswered call, a call or voicemail that names no debt and a
   * conversation about no particular debt toward at least one debt the collector picks.
   */
  private void checkCountsTowardADebt() {
    if (isConversation() && conversationDebts().isEmpty()) {
      throw new IllegalArgumentException(
          "a telephone conversation counts toward at least one debt (comment 14(b)(4)-1), so"
              + " record the debts discussed or allocate the conversation to at least one debt: "
              + id()
              + " "
              + kind());
    }
    if (isPlacedTelephoneCall() && isConnected() && countedDebts().isEmpty()) {
      throw new IllegalArgumentException(
          "a connected call the collector placed counts toward at least one debt (comment"
              + " 14(b)(4)-1), so record the debts discussed or allocate the call to at least one"
              + " debt: "
              + id()
              + " "
              + kind());
    }
  }

  /** The direction, channel and outcome, as messages show them: {@code OUTBOUND CALL NO_ANSWER}. */
  private String kind() {
    return direction() + " " + channel() + callOutcome().map(o -> " " + o).orElse("");
  }

  private void checkOutcome() {
    Optional<CallOutcome> outcome = callOutcome();
    switch (channel()) {
      case CALL -> {
        if (outcome.isEmpty()) {
          throw new IllegalArgumentException("a call must have a call outcome: none");
        }
      }
      case RINGLESS_VOICEMAIL -> {
        if (outcome.isPresent()
            && outcome.get() != CallOutcome.VOICEMAIL_LEFT
            && outcome.get() != CallOutcome.LIMITED_CONTENT_MESSAGE) {
          throw new IllegalArgumentException(
              "a ringless voicemail can only leave a message or a limited-content message: "
                  + outcome.get());
        }
      }
      case SMS, EMAIL, LETTER, VISIT, SOCIAL_DM -> {
        if (outcome.isPresent()) {
          throw new IllegalArgumentException("a call outcome applies only to calls: " + channel());
        }
      }
    }
    if (outcome.filter(CallOutcome.LIMITED_CONTENT_MESSAGE::equals).isPresent()
        && direction() == Direction.INBOUND) {
      throw new IllegalArgumentException(
          "a limited-content message is left only by the collector: " + direction());
    }
  }

  private void checkDestination(ContactPoint destination) {
    String needed =
        switch (channel()) {
          case CALL, RINGLESS_VOICEMAIL, SMS -> destination instanceof Phone ? "" : "a Phone";
          case EMAIL -> destination instanceof Email ? "" : "an Email";
          case LETTER, VISIT -> destination instanceof PostalAddress ? "" : "a PostalAddress";
          case SOCIAL_DM -> "no contact point";
        };
    if (!needed.isEmpty()) {
      throw new IllegalArgumentException(
          "a destination must fit the channel: " + channel() + " takes " + needed);
    }
  }

  private void checkDebts() {
    Optional<CallOutcome> outcome = callOutcome();
    if (!discussedDebts().isEmpty() && outcome.equals(Optional.of(CallOutcome.ANSWERED_DROPPED))) {
      throw new IllegalArgumentException(
          "a call that dropped after debts were discussed is a CONVERSATION, not ANSWERED_DROPPED: "
              + id());
    }
    if (!discussedDebts().isEmpty() && outcome.isPresent() && !outcome.get().canDiscussDebts()) {
      throw new IllegalArgumentException(
          "debts can only be discussed in a conversation or a message that may name them: "
              + outcome.get());
    }
    if (personRaisedDebts().isEmpty()) {
      return;
    }
    if (!isConversation()) {
      throw new IllegalArgumentException(
          "only a telephone conversation has debts the person raised: "
              + outcome.map(String::valueOf).orElse(channel().toString()));
    }
    for (ReceivableId raised : personRaisedDebts()) {
      if (!discussedDebts().contains(raised)) {
        throw new IllegalArgumentException(
            "debts the person raised must be among the debts discussed: " + raised);
      }
    }
  }

  /** Whether the person said or wrote something during the attempt, so could give consent. */
  private boolean personCommunicated() {
    return switch (channel()) {
      case CALL -> {
        CallOutcome outcome = callOutcome().orElseThrow();
        yield outcome == CallOutcome.CONVERSATION
            || (direction() == Direction.INBOUND && outcome == CallOutcome.VOICEMAIL_LEFT);
      }
      case VISIT -> true;
      case RINGLESS_VOICEMAIL, SMS, EMAIL, LETTER, SOCIAL_DM -> direction() == Direction.INBOUND;
    };
  }
}
