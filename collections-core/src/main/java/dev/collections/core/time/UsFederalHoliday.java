package dev.collections.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), each computed by its rule for any year.
 *
 * <p>Today's rules are applied to every year, with two exceptions: the Birthday of Martin Luther
 * King, Jr. exists from 1986 (its first observance) and Juneteenth National Independence Day from
 * 2021. Earlier changes of the statute (such as the Monday holidays of 1971) are not modelled, so
 * dates before 1971 follow today's rules. Inauguration Day (6103(c)) is not a holiday of 6103(a)
 * and is not listed.
 *
 * <p>The <em>statutory</em> date is the date the statute names. The <em>observed</em> date follows
 * 6103(b) and Executive Order 11582: a holiday on a Saturday is observed the Friday before, one on
 * a Sunday the Monday after. Only the five fixed-date holidays can move; New Year's Day 2022 (a
 * Saturday) is observed on Friday 2021-12-31.
 *
 * <p>Immutable and thread-safe.
 */
public enum UsFederalHoliday {

  /** New Year's Day, January 1. */
  NEW_YEARS_DAY("New Year's Day"),
  /** Birthday of Martin Luther King, Jr., the third Monday in January, from 1986. */
  MARTIN_LUTHER_KING_JR_DAY("Birthday of Martin Luther King, Jr."),
  /** Washington's Birthday, the third Monday in February. */
  WASHINGTONS_BIRTHDAY("Washington's Birthday"),
  /** Memorial Day, the last Monday in May. */
  MEMORIAL_DAY("Memorial Day"),
  /** Juneteenth National Independence Day, June 19, from 2021. */
  JUNETEENTH("Juneteenth National Independence Day"),
  /** Independence Day, July 4. */
  INDEPENDENCE_DAY("Independence Day"),
  /** Labor Day, the first Monday in September. */
  LABOR_DAY("Labor Day"),
  /** Columbus Day, the second Monday in October. */
  COLUMBUS_DAY("Columbus Day"),
  /** Veterans Day, November 11. */
  VETERANS_DAY("Veterans Day"),
  /** Thanksgiving Day, the fourth Thursday in November. */
  THANKSGIVING_DAY("Thanksgiving Day"),
  /** Christmas Day, December 25. */
  CHRISTMAS_DAY("Christmas Day");

  private final String statutoryName;

  UsFederalHoliday(String statutoryName) {
    this.statutoryName = statutoryName;
  }

  /**
   * Returns the holiday's name as 5 U.S.C. 6103(a) writes it.
   *
   * @return for example {@code "Washington's Birthday"}
   */
  public String statutoryName() {
    return statutoryName;
  }

  /**
   * Checks whether the holiday falls on a fixed calendar date (and so can fall on a weekend and be
   * observed on another day), as New Year's Day does and Labor Day does not.
   *
   * @return true for New Year's Day, Juneteenth, Independence Day, Veterans Day and Christmas Day
   */
  public boolean isFixedDate() {
    return switch (this) {
      case NEW_YEARS_DAY, JUNETEENTH, INDEPENDENCE_DAY, VETERANS_DAY, CHRISTMAS_DAY -> true;
      default -> false;
    };
  }

  /**
   * Returns the date the statute names for this holiday in {@code year}.
   *
   * @param year the year, as in {@link LocalDate#getYear()}
   * @return the date, or empty for years before the holiday existed (Juneteenth before 2021, the
   *     Birthday of Martin Luther King, Jr. before 1986)
   * @throws java.time.DateTimeException if {@code year} is outside {@link LocalDate}'s range
   */
  public Optional<LocalDate> dateIn(int year) {
    if ((this == JUNETEENTH && year < 2021) || (this == MARTIN_LUTHER_KING_JR_DAY && year < 1986)) {
      return Optional.empty();
    }
    LocalDate date =
        switch (this) {
          case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
          case MARTIN_LUTHER_KING_JR_DAY -> nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY);
          case WASHINGTONS_BIRTHDAY -> nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY);
          case MEMORIAL_DAY ->
              LocalDate.of(year, Month.MAY, 31)
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case JUNETEENTH -> LocalDate.of(year, Month.JUNE, 19);
          case INDEPENDENCE_DAY -> LocalDate.of(year, Month.JULY, 4);
          case LABOR_DAY -> nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY);
          case COLUMBUS_DAY -> nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY);
          case VETERANS_DAY -> LocalDate.of(year, Month.NOVEMBER, 11);
          case THANKSGIVING_DAY -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
          case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
        };
    return Optional.of(date);
  }

  /**
   * Returns the date on which this holiday of {@code year} is observed: the statutory date, moved
   * to the Friday before when it is a Saturday and to the Monday after when it is a Sunday. The
   * observed date may fall in the year before (New Year's Day 2022 is observed 2021-12-31).
   *
   * @param year the year of the statutory date
   * @return the observed date, or empty for years before the holiday existed
   * @throws java.time.DateTimeException if {@code year} is outside {@link LocalDate}'s range
   */
  public Optional<LocalDate> observedDateIn(int year) {
    return dateIn(year).map(UsFederalHoliday::observed);
  }

  /**
   * Returns the holiday whose statutory date is {@code date}, if any.
   *
   * @param date the date
   * @return the holiday falling on that date, or empty
   * @throws NullPointerException if {@code date} is null
   */
  public static Optional<UsFederalHoliday> on(LocalDate date) {
    return Optional.ofNullable(statutoryOn(Objects.requireNonNull(date, "date")));
  }

  /**
   * Returns the holiday observed on {@code date}, if any: a weekday holiday on its date, a Saturday
   * holiday on the Friday before, a Sunday holiday on the Monday after.
   *
   * @param date the date
   * @return the holiday observed on that date, or empty (always empty on a weekend)
   * @throws NullPointerException if {@code date} is null
   */
  public static Optional<UsFederalHoliday> observedOn(LocalDate date) {
    return Optional.ofNullable(observedOnOrNull(Objects.requireNonNull(date, "date")));
  }

  /** The statutory holiday on {@code date}, or null; the calendars' fast path. */
  static @Nullable UsFederalHoliday statutoryOn(LocalDate date) {
    int day = date.getDayOfMonth();
    DayOfWeek weekday = date.getDayOfWeek();
    return switch (date.getMonthValue()) {
      case 1 -> {
        if (day == 1) {
          yield NEW_YEARS_DAY;
        }
        boolean thirdMonday = weekday == DayOfWeek.MONDAY && day >= 15 && day <= 21;
        yield thirdMonday && date.getYear() >= 1986 ? MARTIN_LUTHER_KING_JR_DAY : null;
      }
      case 2 -> weekday == DayOfWeek.MONDAY && day >= 15 && day <= 21 ? WASHINGTONS_BIRTHDAY : null;
      case 5 -> weekday == DayOfWeek.MONDAY && day >= 25 ? MEMORIAL_DAY : null;
      case 6 -> day == 19 && date.getYear() >= 2021 ? JUNETEENTH : null;
      case 7 -> day == 4 ? INDEPENDENCE_DAY : null;
      case 9 -> weekday == DayOfWeek.MONDAY && day <= 7 ? LABOR_DAY : null;
      case 10 -> weekday == DayOfWeek.MONDAY && day >= 8 && day <= 14 ? COLUMBUS_DAY : null;
      case 11 -> {
        if (day == 11) {
          yield VETERANS_DAY;
        }
        yield weekday == DayOfWeek.THURSDAY && day >= 22 && day <= 28 ? THANKSGIVING_DAY : null;
      }
      case 12 -> day == 25 ? CHRISTMAS_DAY : null;
      default -> null;
    };
  }

  /** The holiday observed on {@code date}, or null; the calendars' fast path. */
  static @Nullable UsFederalHoliday observedOnOrNull(LocalDate date) {
    DayOfWeek weekday = date.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      return null;
    }
    @Nullable UsFederalHoliday statutory = statutoryOn(date);
    if (statutory != null) {
      return statutory;
    }
    if (weekday == DayOfWeek.FRIDAY) {
      @Nullable UsFederalHoliday saturday = statutoryOn(date.plusDays(1));
      return saturday != null && saturday.isFixedDate() ? saturday : null;
    }
    if (weekday == DayOfWeek.MONDAY) {
      @Nullable UsFederalHoliday sunday = statutoryOn(date.minusDays(1));
      return sunday != null && sunday.isFixedDate() ? sunday : null;
    }
    return null;
  }

  private static LocalDate observed(LocalDate date) {
    return switch (date.getDayOfWeek()) {
      case SATURDAY -> date.minusDays(1);
      case SUNDAY -> date.plusDays(1);
      default -> date;
    };
  }

  private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek weekday) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
  }
}
