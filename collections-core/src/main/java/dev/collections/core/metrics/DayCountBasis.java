package dev.collections.core.metrics;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How many days a month counts for in a countback DSO: its calendar days, or a flat 30.
 *
 * <p>Practitioners use both: calendar days (31 for January, 28 or 29 for February) follow the
 * calendar exactly; thirty-day months make months of equal sales count equally.
 *
 * <p>Immutable and thread-safe.
 */
public enum DayCountBasis {
  /** Each month counts its calendar days: 31, 30, 29 or 28. */
  CALENDAR_DAYS,
  /** Each month counts 30 days, whatever its length. */
  THIRTY_DAY_MONTHS;

  /**
   * Returns the number of days a month counts for on this basis.
   *
   * @param month the month
   * @return from 28 to 31 for {@link #CALENDAR_DAYS}; 30 for {@link #THIRTY_DAY_MONTHS}
   * @throws NullPointerException if {@code month} is null
   */
  public int daysIn(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return switch (this) {
      case CALENDAR_DAYS -> month.lengthOfMonth();
      case THIRTY_DAY_MONTHS -> 30;
    };
  }
}
