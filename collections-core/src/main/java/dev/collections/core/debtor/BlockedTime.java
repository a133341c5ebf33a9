package dev.collections.core.debtor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A recurring stretch of local time a person said is inconvenient: some days of the week, a time of
 * day on those days (or the whole day), and optionally only between two dates.
 *
 * <p>The time window is half-open, {@link #startInclusive()} to {@link #endExclusive()}, on each
 * listed day; an end of {@code 00:00} means midnight at the end of the day, so {@code [17:00,
 * 00:00)} is the rest of the evening and {@code [00:00, 00:00)} the whole day. A window never
 * crosses midnight: "10 p.m. to 6 a.m." is two blocked times. The dates, when given, are a closed
 * range: {@link #firstDate()} and {@link #lastDate()} both inclusive, either open-ended when
 * absent. The times are local times; whose zone they are read in is said by the {@link
 * InconvenientTimes} designation that holds them.
 *
 * <pre>{@code
 * // "Weekdays, not between 3 and 5 p.m.": Monday to Friday, [15:00, 17:00).
 * BlockedTime afternoons = BlockedTime.ofWeekly(
 *     EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(15, 0), LocalTime.of(17, 0));
 * // "Not on Tuesdays or Thursdays until the end of the year."
 * BlockedTime tueThu = BlockedTime.builder()
 *     .addDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
 *     .lastDate(LocalDate.of(2020, 12, 31))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BlockedTime {

  BlockedTime() {}

  /**
   * Returns the days of the week blocked.
   *
   * @return at least one day
   */
  public abstract Set<DayOfWeek> days();

  /**
   * Returns the time of day the block starts on each listed day.
   *
   * @return the start, inclusive; {@code 00:00} unless set
   */
  @Value.Default
  public LocalTime startInclusive() {
    return LocalTime.MIDNIGHT;
  }

  /**
   * Returns the time of day the block ends on each listed day; {@code 00:00} is midnight at the end
   * of the day.
   *
   * @return the end, exclusive, after the start unless it is {@code 00:00}; {@code 00:00} unless
   *     set
   */
  @Value.Default
  public LocalTime endExclusive() {
    return LocalTime.MIDNIGHT;
  }

  /**
   * Returns the first date on which the block applies.
   *
   * @return the first date, inclusive; empty when the block applies from any date
   */
  public abstract Optional<LocalDate> firstDate();

  /**
   * Returns the last date on which the block applies.
   *
   * @return the last date, inclusive, not before the first; empty when the block has no end date
   */
  public abstract Optional<LocalDate> lastDate();

  /**
   * Returns a block of a time window on some days of every week.
   *
   * @param days the days of the week, at least one
   * @param startInclusive the time of day the window starts
   * @param endExclusive the time of day it ends, after the start, or {@code 00:00} for midnight at
   *     the end of the day
   * @return the blocked time
   * @throws IllegalArgumentException if {@code days} is empty or the window ends before it starts
   * @throws NullPointerException if an argument is null
   */
  public static BlockedTime ofWeekly(
      Set<DayOfWeek> days, LocalTime startInclusive, LocalTime endExclusive) {
    return builder()
        .addAllDays(days)
        .startInclusive(startInclusive)
        .endExclusive(endExclusive)
        .build();
  }

  /**
   * Returns a block of whole days of every week.
   *
   * @param days the days of the week, at least one
   * @return the blocked time
   * @throws IllegalArgumentException if {@code days} is empty
   * @throws NullPointerException if {@code days} is null
   */
  public static BlockedTime ofWholeDays(Set<DayOfWeek> days) {
    return builder().addAllDays(days).build();
  }

  /**
   * Returns a block of every day, all day, from one date to another.
   *
   * @param firstDate the first date, inclusive
   * @param lastDate the last date, inclusive, not before {@code firstDate}
   * @return the blocked time
   * @throws IllegalArgumentException if {@code lastDate} is before {@code firstDate}
   * @throws NullPointerException if an argument is null
   */
  public static BlockedTime ofDates(LocalDate firstDate, LocalDate lastDate) {
    return builder()
        .addAllDays(EnumSet.allOf(DayOfWeek.class))
        .firstDate(firstDate)
        .lastDate(lastDate)
        .build();
  }

  /**
   * Returns a builder, for blocks that combine days, a time window and dates.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BlockedTime}: at least one day with {@code addDay}; the window defaults to the
   * whole day, the dates to none.
   */
  public static final class Builder extends ImmutableBlockedTime.Builder {
    Builder() {}
  }

  /**
   * Checks whether the block covers whole days.
   *
   * @return true when the window runs from {@code 00:00} to midnight
   */
  public boolean isWholeDay() {
    return startInclusive().equals(LocalTime.MIDNIGHT) && endExclusive().equals(LocalTime.MIDNIGHT);
  }

  /**
   * Checks whether a local date and time falls in the block: on a listed day, within the dates, and
   * within the time window.
   *
   * @param localDateTime the date and time, read in the zone the designation says
   * @return true if it is blocked
   * @throws NullPointerException if {@code localDateTime} is null
   */
  public boolean contains(LocalDateTime localDateTime) {
    Objects.requireNonNull(localDateTime, "localDateTime");
    LocalDate date = localDateTime.toLocalDate();
    if (firstDate().map(date::isBefore).orElse(false)
        || lastDate().map(date::isAfter).orElse(false)
        || !days().contains(date.getDayOfWeek())) {
      return false;
    }
    LocalTime time = localDateTime.toLocalTime();
    return !time.isBefore(startInclusive())
        && (endExclusive().equals(LocalTime.MIDNIGHT) || time.isBefore(endExclusive()));
  }

  @Value.Check
  void check() {
    if (days().isEmpty()) {
      throw new IllegalArgumentException(
          "a blocked time needs at least one day of the week: " + days());
    }
    if (!endExclusive().equals(LocalTime.MIDNIGHT) && !endExclusive().isAfter(startInclusive())) {
      throw new IllegalArgumentException(
          "a blocked time must end after it starts, or at midnight (00:00): "
              + startInclusive()
              + " then "
              + endExclusive());
    }
    if (firstDate().isPresent()
        && lastDate().isPresent()
        && lastDate().get().isBefore(firstDate().get())) {
      throw new IllegalArgumentException(
          "a blocked time must not end before it starts: "
              + firstDate().get()
              + " then "
              + lastDate().get());
    }
  }
}
