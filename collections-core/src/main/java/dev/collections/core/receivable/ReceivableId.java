package dev.collections.core.receivable;

import dev.collections.core.Identifier;
import dev.collections.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Identifies a receivable: one debt (an invoice, an account) as the host names it.
 *
 * <p>Immutable and thread-safe; ordered and equal by the identifier text.
 */
@Value.Immutable
public abstract class ReceivableId extends Identifier<ReceivableId> {

  ReceivableId() {}

  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * Returns the receivable identifier with the given text.
   *
   * @param value the identifier: not blank, no surrounding whitespace, no control characters, at
   *     most 256 characters
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} breaks a rule
   * @throws NullPointerException if {@code value} is null
   */
  public static ReceivableId of(String value) {
    return ImmutableReceivableId.of(value);
  }

  @Value.Check
  void check() {
    Checks.identifier(value(), "receivable id");
  }
}
