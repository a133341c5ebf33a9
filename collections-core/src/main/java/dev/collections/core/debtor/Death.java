package dev.collections.core.debtor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The collector learned that the consumer has died.
 *
 * <p>A deceased consumer is still a consumer (12 CFR 1006.2(e)); from {@link #knownAt()} the
 * collector may communicate about the debt only with the persons 1006.6(a) treats as the consumer —
 * a surviving spouse, the parent of a deceased minor, a guardian, the estate's executor,
 * administrator or personal representative, a confirmed successor in interest — and everyone else
 * is a third party. A death stays known; it has no end.
 *
 * <pre>{@code
 * Death death = Death.builder()
 *     .dateOfDeath(LocalDate.of(2024, 6, 1))
 *     .knownAt(Instant.parse("2024-06-20T10:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Death extends StatusEvent {

  Death() {}

  /**
   * Returns the date of death.
   *
   * @return the date, or empty when not known
   */
  public abstract Optional<LocalDate> dateOfDeath();

  /**
   * Returns a builder of deaths.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Death}; the known instant is required, the date of death optional. */
  public static final class Builder extends ImmutableDeath.Builder {
    Builder() {}
  }

  /**
   * Returns {@link StatusEventKind#DEATH}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.DEATH;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return true;
  }
}
