package dev.collections.core.contact;

import dev.collections.core.debtor.Medium;

/**
 * The channel of a contact attempt: how the collector tried to reach the person, or how the person
 * reached the collector.
 *
 * <p>Regulation F counts only telephone calls toward its call-frequency presumptions, and a
 * ringless voicemail is a telephone call while a text message or an email is not, even when it
 * arrives on a phone (comment 14(b)-1). Each channel belongs to one {@link Medium}, the unit in
 * which a consumer may ask the collector to stop (12 CFR 1006.14(h)).
 *
 * <p>Immutable and thread-safe.
 */
public enum Channel {
  /** A telephone call, placed or received, whatever its {@link CallOutcome}. */
  CALL(Medium.TELEPHONE),
  /**
   * A voicemail delivered to a phone's mailbox without ringing it; a telephone call for Regulation
   * F (comment 14(b)-1).
   */
  RINGLESS_VOICEMAIL(Medium.TELEPHONE),
  /** A text message (SMS or MMS) to or from a phone number. */
  SMS(Medium.TEXT_MESSAGE),
  /** An email. */
  EMAIL(Medium.EMAIL),
  /** A letter or other postal mail. */
  LETTER(Medium.POSTAL_MAIL),
  /** A visit in person, at an address. */
  VISIT(Medium.IN_PERSON),
  /**
   * A private message on a social media platform; public posts are never allowed (12 CFR
   * 1006.22(f)(4)).
   */
  SOCIAL_DM(Medium.SOCIAL_MEDIA);

  private final Medium medium;

  Channel(Medium medium) {
    this.medium = medium;
  }

  /**
   * Returns the medium of communication this channel belongs to, as a consumer's request to stop
   * using a medium names it: both telephone channels are {@link Medium#TELEPHONE}.
   *
   * @return the medium
   */
  public Medium medium() {
    return medium;
  }

  /**
   * Checks whether an attempt on this channel is a telephone call for the call-frequency
   * presumptions of 12 CFR 1006.14(b): a call or a ringless voicemail, never a text message or an
   * email (comment 14(b)-1).
   *
   * @return true for {@link #CALL} and {@link #RINGLESS_VOICEMAIL}
   */
  public boolean isTelephoneCall() {
    return this == CALL || this == RINGLESS_VOICEMAIL;
  }
}
