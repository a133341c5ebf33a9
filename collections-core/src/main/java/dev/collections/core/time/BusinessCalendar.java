package dev.collections.core.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Says which dates are business days, and does the date arithmetic that follows: the next and
 * previous business day, adding business days, counting them.
 *
 * <p>Standard calendars: {@link #weekendsOnly()}, and the US federal calendars {@link
 * #usFederalStatutory()} (Saturdays, Sundays and the holidays of 5 U.S.C. 6103(a) on the dates the
 * statute names, as Regulation F's validation period counts), {@link #usFederalObserved()} (the
 * same holidays moved off weekends as federal offices observe them) and {@link #usFederalReserve()}
 * (the Federal Reserve's holidays, which banks follow: a Sunday holiday moves to Monday, a Saturday
 * holiday is not moved). Calendars compose: {@link #union(BusinessCalendar)} closes a day either
 * calendar closes (the union of their closed days, so fewer business days), {@link
 * #withHolidays(Collection)} adds closures.
 *
 * <pre>{@code
 * BusinessCalendar us = BusinessCalendar.usFederalObserved();
 * us.plusBusinessDays(LocalDate.of(2024, 8, 30), 1); // 2024-09-03: the 2nd is Labor Day
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and deterministic, must give every date of
 * {@link LocalDate}'s range an answer, and should have a business day in every ten-year stretch
 * (the searches here give up after that, with an {@link IllegalStateException}). Implement {@code
 * equals} and {@code hashCode} by value if calendars are held in values that are compared; the
 * standard calendars and their compositions do.
 */
@FunctionalInterface
public interface BusinessCalendar {

  /** How far the searches for a business day look before deciding the calendar has none. */
  int SEARCH_LIMIT_DAYS = 3660;

  /**
   * Checks whether {@code date} is a business day in this calendar.
   *
   * @param date the date
   * @return true if business is done that day
   * @throws NullPointerException if {@code date} is null
   */
  boolean isBusinessDay(LocalDate date);

  /**
   * Returns the first business day strictly after {@code date}.
   *
   * @param date the date to start from; need not be a business day
   * @return the next business day, never {@code date} itself
   * @throws IllegalStateException if no business day follows within {@link #SEARCH_LIMIT_DAYS}
   * @throws java.time.DateTimeException if the search passes the end of {@link LocalDate}'s range
   * @throws NullPointerException if {@code date} is null
   */
  default LocalDate nextBusinessDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate candidate = date;
    for (int i = 0; i < SEARCH_LIMIT_DAYS; i++) {
      candidate = candidate.plusDays(1);
      if (isBusinessDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "calendar has no business day within " + SEARCH_LIMIT_DAYS + " days after: " + date);
  }

  /**
   * Returns the last business day strictly before {@code date}.
   *
   * @param date the date to start from; need not be a business day
   * @return the previous business day, never {@code date} itself
   * @throws IllegalStateException if no business day precedes within {@link #SEARCH_LIMIT_DAYS}
   * @throws java.time.DateTimeException if the search passes the start of {@link LocalDate}'s range
   * @throws NullPointerException if {@code date} is null
   */
  default LocalDate previousBusinessDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate candidate = date;
    for (int i = 0; i < SEARCH_LIMIT_DAYS; i++) {
      candidate = candidate.minusDays(1);
      if (isBusinessDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "calendar has no business day within " + SEARCH_LIMIT_DAYS + " days before: " + date);
  }

  /**
   * Returns the date {@code businessDays} business days after {@code date} (before it, when
   * negative): the business day reached after stepping over that many business days. Zero returns
   * {@code date} unchanged, even if it is not a business day; any other count returns a business
   * day. {@code businessDaysBetween(date, plusBusinessDays(date, n)) == n} for every {@code n}.
   *
   * @param date the date to start from; need not be a business day
   * @param businessDays how many business days to move; negative moves back
   * @return the date reached
   * @throws IllegalStateException if the calendar has no business day within {@link
   *     #SEARCH_LIMIT_DAYS} of a step
   * @throws NullPointerException if {@code date} is null
   */
  default LocalDate plusBusinessDays(LocalDate date, int businessDays) {
    Objects.requireNonNull(date, "date");
    LocalDate result = date;
    for (int i = 0; i < businessDays; i++) {
      result = nextBusinessDay(result);
    }
    for (int i = 0; i > businessDays; i--) {
      result = previousBusinessDay(result);
    }
    return result;
  }

  /**
   * Counts the business days passed in moving from {@code start} to {@code end}, excluding {@code
   * start} and including {@code end}; negative when {@code end} is before {@code start}. From a
   * Friday to the next Monday is 1 business day in a weekend calendar; from that Monday back to the
   * Friday is -1.
   *
   * @param start the date moved from; not counted
   * @param end the date moved to; counted if it is a business day
   * @return the signed count of business days in {@code (start, end]}, or minus the count in {@code
   *     [end, start)}
   * @throws NullPointerException if an argument is null
   */
  default long businessDaysBetween(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    long count = 0;
    if (!end.isBefore(start)) {
      for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
        if (isBusinessDay(d)) {
          count++;
        }
      }
      return count;
    }
    for (LocalDate d = end; d.isBefore(start); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        count--;
      }
    }
    return count;
  }

  /**
   * Returns the calendar in which a day is a business day only if it is one in both this calendar
   * and {@code other}: the union of their closed days (so the intersection of their business days),
   * as when a payment needs both the bank and the creditor's office open.
   *
   * @param other the other calendar
   * @return the combined calendar
   * @throws NullPointerException if {@code other} is null
   */
  default BusinessCalendar union(BusinessCalendar other) {
    return new UnionCalendar(this, Objects.requireNonNull(other, "other"));
  }

  /**
   * Returns this calendar with the given dates closed as well, for company holidays or a state's
   * own holidays.
   *
   * @param holidays the extra non-business days
   * @return the calendar with those dates closed
   * @throws NullPointerException if {@code holidays} or one of its dates is null
   */
  default BusinessCalendar withHolidays(Collection<LocalDate> holidays) {
    Objects.requireNonNull(holidays, "holidays");
    return new ExtraHolidaysCalendar(this, Set.copyOf(holidays));
  }

  /**
   * Returns the calendar whose only non-business days are Saturdays and Sundays.
   *
   * @return the weekends-only calendar
   */
  static BusinessCalendar weekendsOnly() {
    return StandardCalendar.WEEKENDS_ONLY;
  }

  /**
   * Returns the calendar closed on Saturdays, Sundays and the legal public holidays of 5 U.S.C.
   * 6103(a) on their statutory dates: a holiday on a weekend closes no weekday. This is the reading
   * of Regulation F's validation period (12 CFR 1006.34(b)(5)), which excludes "the legal public
   * holidays listed in 5 U.S.C. 6103(a)".
   *
   * @return the statutory US federal calendar
   * @see UsFederalHoliday#dateIn(int)
   */
  static BusinessCalendar usFederalStatutory() {
    return StandardCalendar.US_FEDERAL_STATUTORY;
  }

  /**
   * Returns the calendar closed on Saturdays, Sundays and the legal public holidays of 5 U.S.C.
   * 6103(a) on their observed dates: a Saturday holiday closes the Friday before, a Sunday holiday
   * the Monday after, as federal offices observe them (5 U.S.C. 6103(b), Executive Order 11582).
   * Banks do not close on the Friday: use {@link #usFederalReserve()} for settlement dates.
   *
   * @return the observed US federal calendar
   * @see UsFederalHoliday#observedDateIn(int)
   */
  static BusinessCalendar usFederalObserved() {
    return StandardCalendar.US_FEDERAL_OBSERVED;
  }

  /**
   * Returns the Federal Reserve's calendar, which US banks and payment systems follow: closed on
   * Saturdays, Sundays and the legal public holidays of 5 U.S.C. 6103(a), a holiday on a Sunday
   * moved to the Monday after, and a holiday on a Saturday not moved (the Friday before is a
   * business day: 2026-07-03 is open).
   *
   * @return the Federal Reserve calendar
   */
  static BusinessCalendar usFederalReserve() {
    return StandardCalendar.US_FEDERAL_RESERVE;
  }
}
