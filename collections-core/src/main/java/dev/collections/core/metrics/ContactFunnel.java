package dev.collections.core.metrics;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * The contact and promise funnel of a period: how many calls were dialled, connected and reached
 * the debtor (right-party contacts, RPC), how many promises to pay those conversations produced,
 * and how many of the promises due in the period were kept; with every rate between them as a
 * {@link FunnelRate}.
 *
 * <pre>{@code
 * ContactFunnel funnel = ContactFunnel.builder()
 *     .dialAttempts(10_000).connects(1_200).rightPartyContacts(600)
 *     .promisesMade(180).promisesDue(180).promisesKept(117)
 *     .build();
 * funnel.rightPartyContactsPerAttempt().percent(); // Optional[6.00]
 * funnel.rightPartyContactsPerConnect().percent(); // Optional[50.00]
 * funnel.promisesPerRightPartyContact().percent(); // Optional[30.00]
 * funnel.keptPerPromiseDue().percent();            // Optional[65.00]
 * }</pre>
 *
 * <p>The period, and what counts as a connect or a right-party contact, are the caller's choice.
 * The counts nest: connects never exceed dial attempts, right-party contacts never exceed connects,
 * and promises kept never exceed promises due. Promises made and promises due are not tied to each
 * other: promises made in the period may fall due after it, and promises due in it may have been
 * made before. Promises made may exceed right-party contacts when one conversation yields promises
 * on several debts. Each rate is rounded to {@link Metric#DEFAULT_SCALE} decimals with {@link
 * Metric#DEFAULT_ROUNDING_MODE} ({@link FunnelRate#withRounding(int, java.math.RoundingMode)}
 * rounds it another way) and is undefined when its denominator is zero. Funnels of collectors,
 * teams or days add up with {@link #plus(ContactFunnel)}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContactFunnel {

  ContactFunnel() {}

  /**
   * Returns the number of outbound calls dialled in the period, whether or not they connected.
   *
   * @return zero or positive
   */
  public abstract long dialAttempts();

  /**
   * Returns the number of dial attempts that connected, as the caller counts a connect (answered by
   * a person only, or by an answering machine too).
   *
   * @return from zero to {@link #dialAttempts()}
   */
  public abstract long connects();

  /**
   * Returns the number of connects that reached the debtor, or someone entitled to discuss the
   * debt: the right-party contacts (RPC).
   *
   * @return from zero to {@link #connects()}
   */
  public abstract long rightPartyContacts();

  /**
   * Returns the number of promises to pay made in the period.
   *
   * @return zero or positive; may exceed {@link #rightPartyContacts()} when one conversation yields
   *     promises on several debts
   */
  public abstract long promisesMade();

  /**
   * Returns the number of promises to pay that fell due in the period, whenever they were made.
   *
   * @return zero or positive
   */
  public abstract long promisesDue();

  /**
   * Returns the number of the promises due in the period that were kept.
   *
   * @return from zero to {@link #promisesDue()}
   */
  public abstract long promisesKept();

  /**
   * Returns a builder of contact funnels.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContactFunnel}; every count is required and may be set once. {@code build()}
   * throws {@link IllegalStateException} if a count is not set, and {@link
   * IllegalArgumentException} if a count is negative, the connects exceed the dial attempts, the
   * right-party contacts exceed the connects, or the promises kept exceed the promises due.
   */
  public static final class Builder extends ImmutableContactFunnel.Builder {
    Builder() {}
  }

  /**
   * Returns the rate of one stage of the funnel.
   *
   * @param stage the stage: which count is divided by which
   * @return the rate, rounded to {@link Metric#DEFAULT_SCALE} decimals with {@link
   *     Metric#DEFAULT_ROUNDING_MODE}; undefined when its denominator is zero
   * @throws NullPointerException if {@code stage} is null
   */
  public FunnelRate rate(FunnelStage stage) {
    return switch (Objects.requireNonNull(stage, "stage")) {
      case CONNECTS_PER_ATTEMPT -> FunnelRate.of(stage, connects(), dialAttempts());
      case RIGHT_PARTY_CONTACTS_PER_ATTEMPT ->
          FunnelRate.of(stage, rightPartyContacts(), dialAttempts());
      case RIGHT_PARTY_CONTACTS_PER_CONNECT ->
          FunnelRate.of(stage, rightPartyContacts(), connects());
      case PROMISES_PER_RIGHT_PARTY_CONTACT ->
          FunnelRate.of(stage, promisesMade(), rightPartyContacts());
      case KEPT_PER_PROMISE_DUE -> FunnelRate.of(stage, promisesKept(), promisesDue());
    };
  }

  /**
   * Returns the connect rate: connects ÷ dial attempts.
   *
   * @return the rate, from 0 to 1; undefined when no dial attempts were made
   */
  public FunnelRate connectsPerAttempt() {
    return rate(FunnelStage.CONNECTS_PER_ATTEMPT);
  }

  /**
   * Returns the right-party contact rate over dial attempts: right-party contacts ÷ dial attempts,
   * the connect rate times the right-party contact rate over connects.
   *
   * @return the rate, from 0 to 1; undefined when no dial attempts were made
   */
  public FunnelRate rightPartyContactsPerAttempt() {
    return rate(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT);
  }

  /**
   * Returns the right-party contact rate over connects: right-party contacts ÷ connects.
   *
   * @return the rate, from 0 to 1; undefined when no call connected
   */
  public FunnelRate rightPartyContactsPerConnect() {
    return rate(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT);
  }

  /**
   * Returns the promise-to-pay rate: promises made ÷ right-party contacts.
   *
   * @return the rate, zero or positive and possibly above 1; undefined when no right-party contact
   *     was made
   */
  public FunnelRate promisesPerRightPartyContact() {
    return rate(FunnelStage.PROMISES_PER_RIGHT_PARTY_CONTACT);
  }

  /**
   * Returns the kept-promise rate: promises kept ÷ promises due in the period.
   *
   * @return the rate, from 0 to 1; undefined when no promise fell due in the period
   */
  public FunnelRate keptPerPromiseDue() {
    return rate(FunnelStage.KEPT_PER_PROMISE_DUE);
  }

  /**
   * Returns the funnel of this one and another added together, count by count: the funnel of two
   * collectors, two teams or two days, whose rates lie between the two funnels' rates.
   *
   * @param other the funnel to add
   * @return the combined funnel
   * @throws ArithmeticException if a count overflows a {@code long}
   * @throws NullPointerException if {@code other} is null
   */
  public ContactFunnel plus(ContactFunnel other) {
    Objects.requireNonNull(other, "other");
    return builder()
        .dialAttempts(Math.addExact(dialAttempts(), other.dialAttempts()))
        .connects(Math.addExact(connects(), other.connects()))
        .rightPartyContacts(Math.addExact(rightPartyContacts(), other.rightPartyContacts()))
        .promisesMade(Math.addExact(promisesMade(), other.promisesMade()))
        .promisesDue(Math.addExact(promisesDue(), other.promisesDue()))
        .promisesKept(Math.addExact(promisesKept(), other.promisesKept()))
        .build();
  }

  @Value.Check
  void check() {
    Inputs.nonNegative(dialAttempts(), "dial attempts");
    Inputs.nonNegative(connects(), "connects");
    Inputs.nonNegative(rightPartyContacts(), "right-party contacts");
    Inputs.nonNegative(promisesMade(), "promises made");
    Inputs.nonNegative(promisesDue(), "promises due");
    Inputs.nonNegative(promisesKept(), "promises kept");
    FunnelRate.notMore(connects(), dialAttempts(), "connects", "dial attempts");
    FunnelRate.notMore(rightPartyContacts(), connects(), "right-party contacts", "connects");
    FunnelRate.notMore(promisesKept(), promisesDue(), "promises kept", "promises due");
  }
}
