package dev.collections.core.debtor;

/**
 * The role of a person the collector communicates with about a debt, as Regulation F sorts them.
 *
 * <p>The consumer and the persons 12 CFR 1006.6(a) treats as the consumer ({@link #isConsumer()})
 * may be communicated with about the debt; the consumer's attorney, a consumer reporting agency,
 * the creditor and the attorneys of the creditor and collector may be too, and calls to them do not
 * count toward the call-frequency presumptions (1006.14(b)(3)(iii)); anyone else is a third party
 * (1006.6(d)).
 *
 * <p>Immutable and thread-safe.
 */
public enum PersonRole {

  /** The consumer who owes or allegedly owes the debt. */
  CONSUMER,
  /** The consumer's spouse, including a surviving spouse (1006.6(a)(1)). */
  SPOUSE,
  /** A parent of a consumer who is a minor, including of a deceased minor (1006.6(a)(2)). */
  PARENT_OF_MINOR,
  /** The consumer's legal guardian (1006.6(a)(3)). */
  GUARDIAN,
  /**
   * The executor, administrator or personal representative of a deceased consumer's estate
   * (1006.6(a)(4)).
   */
  ESTATE_REPRESENTATIVE,
  /** A confirmed successor in interest (1006.6(a)(5)). */
  CONFIRMED_SUCCESSOR_IN_INTEREST,
  /** The consumer's attorney. */
  CONSUMER_ATTORNEY,
  /** A consumer reporting agency. */
  CONSUMER_REPORTING_AGENCY,
  /** The creditor. */
  CREDITOR,
  /** The creditor's attorney. */
  CREDITOR_ATTORNEY,
  /** The debt collector's attorney. */
  COLLECTOR_ATTORNEY,
  /** Anyone else: a neighbour, an employer, a relative outside 1006.6(a). */
  THIRD_PARTY;

  /**
   * Checks whether the person counts as the consumer under 12 CFR 1006.6(a): the consumer, a
   * spouse, a parent of a minor, a guardian, an estate representative or a confirmed successor.
   *
   * @return true for the persons treated as the consumer
   */
  public boolean isConsumer() {
    return switch (this) {
      case CONSUMER,
          SPOUSE,
          PARENT_OF_MINOR,
          GUARDIAN,
          ESTATE_REPRESENTATIVE,
          CONFIRMED_SUCCESSOR_IN_INTEREST ->
          true;
      default -> false;
    };
  }

  /**
   * Checks whether calls to a person in this role are excluded from the call-frequency presumptions
   * of 12 CFR 1006.14(b)(3)(iii): the consumer's attorney, a consumer reporting agency, the
   * creditor, and the creditor's or the collector's attorney.
   *
   * @return true for the roles whose calls are never counted
   */
  public boolean isExcludedFromCallFrequency() {
    return switch (this) {
      case CONSUMER_ATTORNEY,
          CONSUMER_REPORTING_AGENCY,
          CREDITOR,
          CREDITOR_ATTORNEY,
          COLLECTOR_ATTORNEY ->
          true;
      default -> false;
    };
  }

  /**
   * Checks whether the person is a third party under 12 CFR 1006.6(d): neither the consumer (as
   * 1006.6(a) defines it) nor one of the persons the collector may always communicate with.
   *
   * @return true only for {@link #THIRD_PARTY}
   */
  public boolean isThirdParty() {
    return this == THIRD_PARTY;
  }
}
