package dev.collections.core.debtor;

import dev.collections.core.Identifier;
import dev.collections.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Identifies a person the collector deals with about a debt: the consumer, a spouse, a guardian, an
 * attorney, a third party. Contact history is counted per person.
 *
 * <p>Immutable and thread-safe; ordered and equal by the identifier text.
 */
@Value.Immutable
public abstract class PersonId extends Identifier<PersonId> {

  PersonId() {}

  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * Returns the person identifier with the given text.
   *
   * @param value the identifier: not blank, no surrounding whitespace, no control characters, at
   *     most 256 characters
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} breaks a rule
   * @throws NullPointerException if {@code value} is null
   */
  public static PersonId of(String value) {
    return ImmutablePersonId.of(value);
  }

  @Value.Check
  void check() {
    Checks.identifier(value(), "person id");
  }
}
