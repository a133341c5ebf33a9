package dev.collections.core.debtor;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * The consumer notified the collector in writing that they refuse to pay some debts or want the
 * collector to stop communicating about them (12 CFR 1006.6(c)).
 *
 * <p>The notice is effective when the collector receives it, {@link #knownAt()}, not when it was
 * mailed (comment 6(c)(1)-1), and it lasts: Regulation F provides no way to withdraw it. It is
 * written by definition, on paper or through an electronic medium the collector accepts; an oral
 * "stop calling" is not a cease request but a {@link MediumOptOut} of the telephone (comment
 * 14(h)(1)-3), so a cease request cannot arrive by {@link Medium#TELEPHONE}. The exceptions of
 * 1006.6(c)(2) (saying collection has ended, or notifying of a remedy) are for the rules.
 *
 * <pre>{@code
 * CeaseRequest cease = CeaseRequest.builder()
 *     .debts(DebtScope.allDebts())
 *     .medium(Medium.POSTAL_MAIL)
 *     .knownAt(Instant.parse("2020-08-06T14:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CeaseRequest extends StatusEvent {

  CeaseRequest() {}

  /**
   * Returns the debts the notice concerns.
   *
   * @return the debts covered
   */
  public abstract DebtScope debts();

  /**
   * Returns the medium through which the written notice arrived: a letter, an email, a text, a form
   * on the collector's website counted as {@link Medium#EMAIL} or the like, or hand delivery
   * ({@link Medium#IN_PERSON}).
   *
   * @return the medium, never {@link Medium#TELEPHONE}
   */
  public abstract Medium medium();

  /**
   * Returns a builder of cease requests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CeaseRequest}; every attribute is required. */
  public static final class Builder extends ImmutableCeaseRequest.Builder {
    Builder() {}
  }

  /**
   * Returns {@link StatusEventKind#CEASE_REQUEST}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.CEASE_REQUEST;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return true;
  }

  @Value.Check
  void check() {
    if (medium() == Medium.TELEPHONE) {
      throw new IllegalArgumentException(
          "a cease request is written and cannot arrive by TELEPHONE: record an oral request to"
              + " stop calling as a medium opt-out");
    }
  }
}
