package dev.collections.core.time;

import java.time.LocalDate;

/** A day is a business day only when both calendars say so. */
record UnionCalendar(BusinessCalendar first, BusinessCalendar second) implements BusinessCalendar {

  @Override
  public boolean isBusinessDay(LocalDate date) {
    return first.isBusinessDay(date) && second.isBusinessDay(date);
  }

  @Override
  public String toString() {
    return first + ".union(" + second + ")";
  }
}
