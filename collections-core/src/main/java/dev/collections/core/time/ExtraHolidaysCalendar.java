package dev.collections.core.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** A calendar with some dates closed as well. */
record ExtraHolidaysCalendar(BusinessCalendar base, Set<LocalDate> holidays)
    implements BusinessCalendar {

  @Override
  public boolean isBusinessDay(LocalDate date) {
    return base.isBusinessDay(date) && !holidays.contains(Objects.requireNonNull(date, "date"));
  }

  @Override
  public String toString() {
    return base + ".withHolidays(" + holidays.stream().sorted().toList() + ")";
  }
}
