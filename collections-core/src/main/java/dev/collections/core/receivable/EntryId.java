package dev.collections.core.receivable;

import dev.collections.core.Identifier;
import dev.collections.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Identifies one entry of a receivable's ledger; unique within that ledger.
 *
 * <p>Immutable and thread-safe; ordered and equal by the identifier text.
 */
@Value.Immutable
public abstract class EntryId extends Identifier<EntryId> {

  EntryId() {}

  @Value.Parameter
  @Override
  public abstract String value();

  /**
   * Returns the entry identifier with the given text.
   *
   * @param value the identifier: not blank, no surrounding whitespace, no control characters, at
   *     most 256 characters
   * @return the identifier
   * @throws IllegalArgumentException if {@code value} breaks a rule
   * @throws NullPointerException if {@code value} is null
   */
  public static EntryId of(String value) {
    return ImmutableEntryId.of(value);
  }

  @Value.Check
  void check() {
    Checks.identifier(value(), "entry id");
  }
}
