package dev.collections.core.debtor;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Consent} permits: each scope lifts one restriction, and only that one. Consent to
 * more frequent calls does not permit calls at inconvenient times or through an opted-out medium
 * (comment 14(b)(3)(i)-1).
 *
 * <p>The Regulation F consents must be given directly to the collector (consent given to the
 * creditor or to an earlier collector does not count, comment 6(b)(4)(i)-2); that, and limits such
 * as the seven-day cap on call-frequency consent, are for the rules.
 *
 * <p>Immutable and thread-safe.
 */
public enum ConsentScope {

  /**
   * Calls placed with the person's consent, within at most seven consecutive days from its receipt,
   * do not count toward the call-frequency presumptions (12 CFR 1006.14(b)(3)(i)). Per person and
   * per debt.
   */
  CALL_FREQUENCY(null, false),

  /**
   * Communicating at a time otherwise inconvenient, including before 8 a.m. or after 9 p.m.
   * (1006.6(b)(4)(i) lifting 1006.6(b)(1)(i)).
   */
  INCONVENIENT_TIME(null, false),

  /** Communicating at a place otherwise inconvenient (1006.6(b)(4)(i) lifting 1006.6(b)(1)(ii)). */
  INCONVENIENT_PLACE(null, false),

  /**
   * Communicating at the consumer's place of employment although the employer prohibits it
   * (1006.6(b)(4)(i) lifting 1006.6(b)(3)).
   */
  PLACE_OF_EMPLOYMENT(null, false),

  /**
   * Communicating directly with a consumer represented by an attorney: the attorney's consent
   * (1006.6(b)(2)(ii)) or the consumer's (1006.6(b)(4)(i)).
   */
  DIRECT_COMMUNICATION_WHILE_REPRESENTED(null, false),

  /**
   * Communicating with a named third party about the debt, with the consumer's consent given
   * directly to the collector (1006.6(d)(2)(ii)); the consent names the {@linkplain
   * Consent#thirdPartyId() third party}.
   */
  THIRD_PARTY_COMMUNICATION(null, false),

  /**
   * Using an email address to communicate about the debt (1006.6(d)(4)(i)(B)); the consent names
   * the address.
   */
  EMAIL_ADDRESS(Medium.EMAIL, true),

  /**
   * Texting a telephone number about the debt (1006.6(d)(5)(ii)), which the collector must renew or
   * confirm every 60 days; the consent names the number.
   */
  TEXT_MESSAGE_NUMBER(Medium.TEXT_MESSAGE, true),

  /**
   * Prior express consent under the TCPA to calls made with an automatic telephone dialing system
   * or an artificial or prerecorded voice (47 U.S.C. 227(b)(1)(A)(iii)); the consent names the
   * number.
   */
  AUTODIALED_OR_PRERECORDED_CALLS(Medium.TELEPHONE, true),

  /**
   * Prior express consent under the TCPA to text messages, which the TCPA treats as calls; the
   * consent names the number.
   */
  TEXT_MESSAGES(Medium.TEXT_MESSAGE, true);

  private final Optional<Medium> impliedMedium;
  private final boolean namesContactPoint;

  ConsentScope(@Nullable Medium impliedMedium, boolean namesContactPoint) {
    this.impliedMedium = Optional.ofNullable(impliedMedium);
    this.namesContactPoint = namesContactPoint;
  }

  /**
   * Returns the medium the scope is about, if it is about one.
   *
   * @return the medium, or empty for a scope that applies to any medium
   */
  public Optional<Medium> impliedMedium() {
    return impliedMedium;
  }

  /**
   * Checks whether a consent of this scope must name the address or number it covers.
   *
   * @return true for the scopes about one email address or one number
   */
  public boolean namesContactPoint() {
    return namesContactPoint;
  }
}
