package dev.collections.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Says how a date that is not a business day is moved to one: the five conventions of the ISDA 2006
 * Definitions (section 4.12), as schedules use them for due dates that fall on a weekend or a
 * holiday.
 *
 * <p>For Saturday 2024-08-31 in a weekends-only calendar: {@link #NONE} keeps 08-31, {@link
 * #FOLLOWING} gives 09-02, {@link #MODIFIED_FOLLOWING} 08-30 (09-02 is in the next month), {@link
 * #PRECEDING} 08-30 and {@link #MODIFIED_PRECEDING} 08-30. A business day is never moved.
 *
 * <p>Immutable and thread-safe.
 */
public enum BusinessDayConvention {

  /** The date is kept as it is, business day or not. */
  NONE,

  /** The date moves to the next business day. */
  FOLLOWING,

  /**
   * The date moves to the next business day, unless that is in the next month; then to the previous
   * business day.
   */
  MODIFIED_FOLLOWING,

  /** The date moves to the previous business day. */
  PRECEDING,

  /**
   * The date moves to the previous business day, unless that is in the previous month; then to the
   * next business day.
   */
  MODIFIED_PRECEDING;

  /**
   * Returns {@code date} adjusted by this convention in {@code calendar}.
   *
   * @param date the unadjusted date
   * @param calendar the calendar that says which days are business days
   * @return {@code date} if it is a business day or the convention is {@link #NONE}; otherwise the
   *     business day the convention chooses
   * @throws IllegalStateException if the calendar has no business day near {@code date}
   * @throws NullPointerException if an argument is null
   */
  public LocalDate adjust(LocalDate date, BusinessCalendar calendar) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(calendar, "calendar");
    if (this == NONE || calendar.isBusinessDay(date)) {
      return date;
    }
    return switch (this) {
      case NONE -> date;
      case FOLLOWING -> calendar.nextBusinessDay(date);
      case PRECEDING -> calendar.previousBusinessDay(date);
      case MODIFIED_FOLLOWING -> {
        LocalDate next = calendar.nextBusinessDay(date);
        yield sameMonth(next, date) ? next : calendar.previousBusinessDay(date);
      }
      case MODIFIED_PRECEDING -> {
        LocalDate previous = calendar.previousBusinessDay(date);
        yield sameMonth(previous, date) ? previous : calendar.nextBusinessDay(date);
      }
    };
  }

  private static boolean sameMonth(LocalDate a, LocalDate b) {
    return a.getMonthValue() == b.getMonthValue() && a.getYear() == b.getYear();
  }
}
