package dev.collections.core.metrics;

/**
 * A step of the contact and promise funnel, measured as a {@link FunnelRate}: which count of a
 * {@link ContactFunnel} is divided by which.
 *
 * <p>The right-party contact (RPC) rate is quoted in practice over dial attempts or over connects,
 * two figures that differ by the connect rate; both are offered, each under its own name, so a
 * report always says which it shows. Every stage but {@link #PROMISES_PER_RIGHT_PARTY_CONTACT}
 * divides a count by a count it is part of, so its rate lies between 0 and 1.
 *
 * <pre>{@code
 * FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 600, 1200).percent();
 * // Optional[50.00]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum FunnelStage {
  /** Connects ÷ dial attempts: the share of dial attempts that connected to someone. */
  CONNECTS_PER_ATTEMPT("connects", "dial attempts", "no dial attempts were made", true),
  /** Right-party contacts ÷ dial attempts: the RPC rate over every dial attempt. */
  RIGHT_PARTY_CONTACTS_PER_ATTEMPT(
      "right-party contacts", "dial attempts", "no dial attempts were made", true),
  /**
   * Right-party contacts ÷ connects: the RPC rate over the calls that connected, the share of
   * connected calls that reached the debtor.
   */
  RIGHT_PARTY_CONTACTS_PER_CONNECT("right-party contacts", "connects", "no call connected", true),
  /**
   * Promises to pay made ÷ right-party contacts: the promise-to-pay (PTP) rate. It may exceed 1
   * when one conversation yields promises on several debts.
   */
  PROMISES_PER_RIGHT_PARTY_CONTACT(
      "promises made", "right-party contacts", "no right-party contact was made", false),
  /**
   * Promises kept ÷ promises due in the period: the kept-promise rate, counting only the promises
   * that fell due, whenever they were made.
   */
  KEPT_PER_PROMISE_DUE(
      "promises kept", "promises due", "no promise to pay fell due in the period", true);

  private final String numeratorName;
  private final String denominatorName;
  private final String undefinedReason;
  private final boolean partOfWhole;

  FunnelStage(
      String numeratorName, String denominatorName, String undefinedReason, boolean partOfWhole) {
    this.numeratorName = numeratorName;
    this.denominatorName = denominatorName;
    this.undefinedReason = undefinedReason;
    this.partOfWhole = partOfWhole;
  }

  /**
   * Checks whether the stage's numerator counts a part of its denominator, so that the numerator
   * never exceeds the denominator and the rate lies between 0 and 1.
   *
   * @return false only for {@link #PROMISES_PER_RIGHT_PARTY_CONTACT}
   */
  public boolean isPartOfWhole() {
    return partOfWhole;
  }

  /** The numerator's name in messages, as in "right-party contacts". */
  String numeratorName() {
    return numeratorName;
  }

  /** The denominator's name in messages, as in "connects". */
  String denominatorName() {
    return denominatorName;
  }

  /** Why the rate is undefined when the denominator is zero. */
  String undefinedReason() {
    return undefinedReason;
  }
}
