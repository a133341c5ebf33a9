package dev.collections.core.debtor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The collector learned that the consumer is, or was, a servicemember on active duty, as written
 * notice with orders or a Defense Manpower Data Center record shows.
 *
 * <p>The period of active duty is a closed range of dates: from {@link #activeDutyFirstDay()} to
 * {@link #activeDutyLastDay()}, both inclusive, the last day open while service continues. The
 * Servicemembers Civil Relief Act caps interest at 6% during service (and for a year after it, for
 * mortgages), on notice given up to 180 days after release (50 U.S.C. 3937); those periods and
 * amounts are for the rules.
 *
 * <pre>{@code
 * MilitaryService service = MilitaryService.builder()
 *     .activeDutyFirstDay(LocalDate.of(2024, 1, 15))
 *     .knownAt(Instant.parse("2024-02-01T12:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilitaryService extends StatusEvent {

  MilitaryService() {}

  /**
   * Returns the first day of active duty.
   *
   * @return the first day, inclusive
   */
  public abstract LocalDate activeDutyFirstDay();

  /**
   * Returns the last day on active duty.
   *
   * @return the last day, inclusive, not before the first; empty while service continues
   */
  public abstract Optional<LocalDate> activeDutyLastDay();

  /**
   * Returns a builder of military service records.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MilitaryService}; the last day of active duty is optional. */
  public static final class Builder extends ImmutableMilitaryService.Builder {
    Builder() {}
  }

  /**
   * Checks whether the consumer is on active duty on a date: between the first and the last day,
   * both inclusive.
   *
   * @param date the date
   * @return true on a day of active duty
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isActiveDutyOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(activeDutyFirstDay())
        && activeDutyLastDay().map(last -> !date.isAfter(last)).orElse(true);
  }

  /**
   * Returns {@link StatusEventKind#MILITARY_SERVICE}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.MILITARY_SERVICE;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return true;
  }

  @Value.Check
  void check() {
    activeDutyLastDay()
        .ifPresent(
            last -> {
              if (last.isBefore(activeDutyFirstDay())) {
                throw new IllegalArgumentException(
                    "active duty must not end before it starts: "
                        + activeDutyFirstDay()
                        + " then "
                        + last);
              }
            });
  }
}
