package dev.collections.core.contact;

import dev.collections.core.Identifier;
import dev.collections.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Identifies a contact attempt, as the host's dialer, mailer or case system names it.
 *
 * <p>Immutable and thread-safe; ordered and equal by the identifier text.
 */
@Value.Immutable
public abstract class ContactAttemptId extends Identifier<ContactAttemptId> {

  ContactAttemptId() {}

  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * Returns the contact attempt identifier with the given text.
   *
   * @param value the identifier: not blank, no surrounding whitespace, no control characters, at
   *     most 256 characters
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} breaks a rule
   * @throws NullPointerException if {@code value} is null
   */
  public static ContactAttemptId of(String value) {
    return ImmutableContactAttemptId.of(value);
  }

  @Value.Check
  void check() {
    Checks.identifier(value(), "contact attempt id");
  }
}
