package dev.collections.core.receivable;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The undoing of an earlier entry of the same ledger, from its own effective date on: a returned
 * (NSF) payment restores exactly what the payment paid, a reversed charge removes the charge.
 *
 * <p>A reversal may not reverse another reversal, may not reverse an entry twice, and may not take
 * effect before the entry it reverses; the {@link Receivable} checks this against its ledger.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reversal extends LedgerEntry {

  Reversal() {}

  /**
   * Returns the identifier of the entry reversed.
   *
   * @return the reversed entry's identifier
   */
  public abstract EntryId reverses();

  /**
   * Returns a reversal posted on its effective date.
   *
   * @param id the entry identifier
   * @param effectiveDate the date it takes effect, and is posted
   * @param reverses the identifier of the entry reversed
   * @return the reversal
   * @throws IllegalArgumentException if the reversal names itself
   * @throws NullPointerException if an argument is null
   */
  public static Reversal of(EntryId id, LocalDate effectiveDate, EntryId reverses) {
    return builder().id(id).effectiveDate(effectiveDate).reverses(reverses).build();
  }

  /**
   * Returns a builder, for a reversal posted on another day than it takes effect.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reversal}; the posting date defaults to the effective date. */
  public static final class Builder extends ImmutableReversal.Builder {
    Builder() {}
  }

  /**
   * Returns {@link EntryKind#REVERSAL}.
   *
   * @return the kind
   */
  @Override
  public final EntryKind kind() {
    return EntryKind.REVERSAL;
  }

  /** Does nothing: the receivable applies the negation of the reversed entry instead. */
  @Override
  void addTo(long[] columns) {}

  @Value.Check
  void check() {
    if (reverses().equals(id())) {
      throw new IllegalArgumentException("an entry must not reverse itself: " + id());
    }
  }
}
