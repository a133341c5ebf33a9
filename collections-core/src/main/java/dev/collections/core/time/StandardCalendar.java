package dev.collections.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/** The calendars of {@link BusinessCalendar}'s static factories. */
enum StandardCalendar implements BusinessCalendar {
  WEEKENDS_ONLY {
    @Override
    public boolean isBusinessDay(LocalDate date) {
      return !isWeekend(date);
    }
  },
  US_FEDERAL_STATUTORY {
    @Override
    public boolean isBusinessDay(LocalDate date) {
      return !isWeekend(date) && UsFederalHoliday.statutoryOn(date) == null;
    }
  },
  US_FEDERAL_OBSERVED {
    @Override
    public boolean isBusinessDay(LocalDate date) {
      return !isWeekend(date) && UsFederalHoliday.observedOnOrNull(date) == null;
    }
  },
  US_FEDERAL_RESERVE {
    @Override
    public boolean isBusinessDay(LocalDate date) {
      if (isWeekend(date) || UsFederalHoliday.statutoryOn(date) != null) {
        return false;
      }
      // A Sunday holiday is observed on the Monday after; a Saturday one is not moved.
      return date.getDayOfWeek() != DayOfWeek.MONDAY
          || UsFederalHoliday.statutoryOn(date.minusDays(1)) == null;
    }
  };

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek weekday = Objects.requireNonNull(date, "date").getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }

  @Override
  public String toString() {
    return switch (this) {
      case WEEKENDS_ONLY -> "BusinessCalendar.weekendsOnly()";
      case US_FEDERAL_STATUTORY -> "BusinessCalendar.usFederalStatutory()";
      case US_FEDERAL_OBSERVED -> "BusinessCalendar.usFederalObserved()";
      case US_FEDERAL_RESERVE -> "BusinessCalendar.usFederalReserve()";
    };
  }
}
