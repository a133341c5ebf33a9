package dev.collections.core;

/**
 * The common shape of the library's identifiers ({@code DebtorId}, {@code ReceivableId}, {@code
 * EntryId}…): a text chosen by the host, compared and ordered by that text, and printed as it is.
 *
 * <p>Each identifier type is its own class, so a debtor id can never be passed where a receivable
 * id is expected. Identifiers may appear in exception messages and logs; they must not carry
 * personal data.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <T> the identifier type itself
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  /** Creates the identifier; only the library's identifier types extend this class. */
  protected Identifier() {}

  /**
   * Returns the identifier text.
   *
   * @return the text: not blank, no surrounding whitespace, no control characters
   */
  public abstract String value();

  /**
   * Orders identifiers of one type by their text.
   *
   * @param other the other identifier
   * @return negative, zero or positive as this text sorts before, with or after the other
   */
  @Override
  public final int compareTo(T other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the identifier text.
   *
   * @return {@link #value()}
   */
  @Override
  public final String toString() {
    return value();
  }
}
