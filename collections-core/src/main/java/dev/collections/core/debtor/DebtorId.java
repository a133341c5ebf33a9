package dev.collections.core.debtor;

import dev.collections.core.Identifier;
import dev.collections.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Identifies a debtor: the consumer or business that owes, as the host's own systems name it.
 *
 * <p>Immutable and thread-safe; ordered and equal by the identifier text.
 */
@Value.Immutable
public abstract class DebtorId extends Identifier<DebtorId> {

  DebtorId() {}

  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * Returns the debtor identifier with the given text.
   *
   * @param value the identifier: not blank, no surrounding whitespace, no control characters, at
   *     most 256 characters
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} breaks a rule
   * @throws NullPointerException if {@code value} is null
   */
  public static DebtorId of(String value) {
    return ImmutableDebtorId.of(value);
  }

  @Value.Check
  void check() {
    Checks.identifier(value(), "debtor id");
  }
}
