package dev.collections.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How often a payment recurs: weekly, every two weeks, twice a month on two chosen days, monthly,
 * quarterly or annually; it generates the dates of a schedule from its first date, the anchor.
 *
 * <p>The {@code n}-th date is always computed from the anchor, never from the date before it, so a
 * day of month never drifts: monthly from 2024-01-31 gives 01-31, 02-29, 03-31, 04-30 (chaining
 * would give 03-29, 04-29). A day past the end of a month is clamped to the month's last day. With
 * {@linkplain #withEndOfMonthSticky(boolean) end-of-month stickiness} an anchor on the last day of
 * its month keeps every date on the last day of its month: monthly from 2024-02-29 gives 03-31,
 * 04-30, where the plain rule gives 03-29, 04-29.
 *
 * <pre>{@code
 * PaymentFrequency.semiMonthly(15, PaymentFrequency.LAST_DAY_OF_MONTH)
 *     .dates(LocalDate.of(2024, 2, 1), 3); // [2024-02-15, 2024-02-29, 2024-03-15]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentFrequency {

  /** The day number that means "the last day of the month" for {@link #semiMonthly(int, int)}. */
  public static final int LAST_DAY_OF_MONTH = 31;

  /** The recurrence of a {@link PaymentFrequency}. */
  public enum Kind {
    /** Every 7 days, on the anchor's weekday. */
    WEEKLY(52),
    /** Every 14 days, on the anchor's weekday. */
    BIWEEKLY(26),
    /** Twice a month, on two chosen days of the month. */
    SEMI_MONTHLY(24),
    /** Every month, on the anchor's day of month. */
    MONTHLY(12),
    /** Every three months, on the anchor's day of month. */
    QUARTERLY(4),
    /** Every year, on the anchor's month and day. */
    ANNUALLY(1);

    private final int periodsPerYear;

    Kind(int periodsPerYear) {
      this.periodsPerYear = periodsPerYear;
    }

    /**
     * Returns how many payments a year this recurrence makes, as used to turn an annual rate into a
     * periodic one (52 for weekly, 26 for biweekly, 24 for semi-monthly).
     *
     * @return the payments per year
     */
    public int periodsPerYear() {
      return periodsPerYear;
    }
  }

  PaymentFrequency() {}

  /**
   * Returns the recurrence.
   *
   * @return the kind of frequency
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the two days of the month of a semi-monthly frequency, in increasing order; {@link
   * #LAST_DAY_OF_MONTH} (31) stands for each month's last day, and days past a month's end are
   * clamped to it.
   *
   * @return the two days for {@link Kind#SEMI_MONTHLY}, an empty list for every other kind
   */
  @Value.Parameter
  public abstract List<Integer> daysOfMonth();

  /**
   * Checks whether an anchor on the last day of its month keeps every date on the last day of its
   * month. Only monthly, quarterly and annual frequencies can be sticky.
   *
   * @return true if end-of-month stickiness is on
   */
  @Value.Parameter
  public abstract boolean isEndOfMonthSticky();

  /**
   * Returns the weekly frequency: every 7 days from the anchor.
   *
   * @return the weekly frequency
   */
  public static PaymentFrequency weekly() {
    return ImmutablePaymentFrequency.of(Kind.WEEKLY, List.of(), false);
  }

  /**
   * Returns the biweekly frequency: every 14 days from the anchor (26 payments a year, so some
   * months have three).
   *
   * @return the biweekly frequency
   */
  public static PaymentFrequency biweekly() {
    return ImmutablePaymentFrequency.of(Kind.BIWEEKLY, List.of(), false);
  }

  /**
   * Returns the semi-monthly frequency: two payments each month, on {@code firstDay} and {@code
   * secondDay} (24 a year), such as the 1st and 15th, or the 15th and the last day.
   *
   * @param firstDay the earlier day of the month, 1 to 27 (so it stays before the later day in
   *     every month)
   * @param secondDay the later day of the month, after {@code firstDay}, up to {@link
   *     #LAST_DAY_OF_MONTH}; days past a month's end are clamped to its last day
   * @return the semi-monthly frequency
   * @throws IllegalArgumentException if the days are out of range or not increasing
   */
  public static PaymentFrequency semiMonthly(int firstDay, int secondDay) {
    return ImmutablePaymentFrequency.of(Kind.SEMI_MONTHLY, List.of(firstDay, secondDay), false);
  }

  /**
   * Returns the monthly frequency: the anchor's day of every month, clamped to the month's end.
   *
   * @return the monthly frequency
   */
  public static PaymentFrequency monthly() {
    return ImmutablePaymentFrequency.of(Kind.MONTHLY, List.of(), false);
  }

  /**
   * Returns the quarterly frequency: the anchor's day every three months, clamped to the month's
   * end.
   *
   * @return the quarterly frequency
   */
  public static PaymentFrequency quarterly() {
    return ImmutablePaymentFrequency.of(Kind.QUARTERLY, List.of(), false);
  }

  /**
   * Returns the annual frequency: the anchor's month and day every year; February 29 becomes
   * February 28 in common years.
   *
   * @return the annual frequency
   */
  public static PaymentFrequency annually() {
    return ImmutablePaymentFrequency.of(Kind.ANNUALLY, List.of(), false);
  }

  /**
   * Returns this frequency with end-of-month stickiness switched on or off.
   *
   * @param sticky true to keep an anchor on a month's last day on every month's last day
   * @return the changed frequency
   * @throws IllegalArgumentException if {@code sticky} is true for a weekly, biweekly or
   *     semi-monthly frequency, where it means nothing
   */
  public PaymentFrequency withEndOfMonthSticky(boolean sticky) {
    return ImmutablePaymentFrequency.of(kind(), daysOfMonth(), sticky);
  }

  /**
   * Returns how many payments a year this frequency makes.
   *
   * @return the payments per year, as {@link Kind#periodsPerYear()}
   */
  public int periodsPerYear() {
    return kind().periodsPerYear();
  }

  /**
   * Returns the {@code index}-th date of the schedule that starts at {@code anchor}, computed from
   * the anchor directly. Index 0 is the anchor itself, except for a semi-monthly frequency, whose
   * index 0 is the first of its days on or after the anchor.
   *
   * @param anchor the first date of the schedule
   * @param index the position in the schedule, from 0
   * @return the date; dates strictly increase with {@code index}
   * @throws IllegalArgumentException if {@code index} is negative
   * @throws java.time.DateTimeException if the date is beyond {@link LocalDate}'s range
   * @throws NullPointerException if {@code anchor} is null
   */
  public LocalDate date(LocalDate anchor, int index) {
    Objects.requireNonNull(anchor, "anchor");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    return switch (kind()) {
      case WEEKLY -> anchor.plusWeeks(index);
      case BIWEEKLY -> anchor.plusWeeks(2L * index);
      case SEMI_MONTHLY -> semiMonthlyDate(anchor, index);
      case MONTHLY -> plusMonths(anchor, index);
      case QUARTERLY -> plusMonths(anchor, 3L * index);
      case ANNUALLY -> plusMonths(anchor, 12L * index);
    };
  }

  /**
   * Returns the first {@code count} dates of the schedule that starts at {@code anchor}.
   *
   * @param anchor the first date of the schedule
   * @param count how many dates, at least 0
   * @return the dates {@code date(anchor, 0)} to {@code date(anchor, count - 1)}, strictly
   *     increasing
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws java.time.DateTimeException if a date is beyond {@link LocalDate}'s range
   * @throws NullPointerException if {@code anchor} is null
   */
  public List<LocalDate> dates(LocalDate anchor, int count) {
    Objects.requireNonNull(anchor, "anchor");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<LocalDate> dates = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      dates.add(date(anchor, i));
    }
    return List.copyOf(dates);
  }

  private LocalDate plusMonths(LocalDate anchor, long months) {
    LocalDate date = anchor.plusMonths(months);
    if (isEndOfMonthSticky() && anchor.getDayOfMonth() == anchor.lengthOfMonth()) {
      return date.withDayOfMonth(date.lengthOfMonth());
    }
    return date;
  }

  private LocalDate semiMonthlyDate(LocalDate anchor, int index) {
    YearMonth month = YearMonth.from(anchor);
    int first = Math.min(daysOfMonth().get(0), month.lengthOfMonth());
    int second = Math.min(daysOfMonth().get(1), month.lengthOfMonth());
    long slot;
    if (anchor.getDayOfMonth() <= first) {
      slot = 0;
    } else if (anchor.getDayOfMonth() <= second) {
      slot = 1;
    } else {
      slot = 2;
    }
    slot += index;
    YearMonth target = month.plusMonths(slot / 2);
    int day = daysOfMonth().get((int) (slot % 2));
    return target.atDay(Math.min(day, target.lengthOfMonth()));
  }

  @Value.Check
  void check() {
    if (kind() == Kind.SEMI_MONTHLY) {
      if (daysOfMonth().size() != 2) {
        throw new IllegalArgumentException(
            "a semi-monthly frequency needs two days of the month: " + daysOfMonth());
      }
      int first = daysOfMonth().get(0);
      int second = daysOfMonth().get(1);
      if (first < 1 || first > 27) {
        throw new IllegalArgumentException(
            "the first semi-monthly day must be from 1 to 27: " + first);
      }
      if (second <= first || second > LAST_DAY_OF_MONTH) {
        throw new IllegalArgumentException(
            "the second semi-monthly day must be after the first and at most 31: "
                + first
                + " then "
                + second);
      }
    } else if (!daysOfMonth().isEmpty()) {
      throw new IllegalArgumentException(
          "only a semi-monthly frequency has days of the month: " + kind() + " " + daysOfMonth());
    }
    if (isEndOfMonthSticky()
        && (kind() == Kind.WEEKLY || kind() == Kind.BIWEEKLY || kind() == Kind.SEMI_MONTHLY)) {
      throw new IllegalArgumentException(
          "end-of-month stickiness applies to monthly, quarterly and annual frequencies: "
              + kind());
    }
  }

  /**
   * Returns the frequency as the factory call that makes it, such as {@code semiMonthly(15, 31)} or
   * {@code monthly().withEndOfMonthSticky(true)}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    String base =
        switch (kind()) {
          case WEEKLY -> "weekly()";
          case BIWEEKLY -> "biweekly()";
          case SEMI_MONTHLY ->
              "semiMonthly(" + daysOfMonth().get(0) + ", " + daysOfMonth().get(1) + ")";
          case MONTHLY -> "monthly()";
          case QUARTERLY -> "quarterly()";
          case ANNUALLY -> "annually()";
        };
    return isEndOfMonthSticky() ? base + ".withEndOfMonthSticky(true)" : base;
  }
}
