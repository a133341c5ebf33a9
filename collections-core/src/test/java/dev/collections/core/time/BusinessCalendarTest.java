package dev.collections.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final BusinessCalendar WEEKENDS = BusinessCalendar.weekendsOnly();
  private static final BusinessCalendar STATUTORY = BusinessCalendar.usFederalStatutory();
  private static final BusinessCalendar OBSERVED = BusinessCalendar.usFederalObserved();
  private static final LocalDate FRIDAY_2024_08_30 = LocalDate.of(2024, 8, 30);
  private static final LocalDate SATURDAY_2024_08_31 = LocalDate.of(2024, 8, 31);
  private static final LocalDate LABOR_DAY_2024 = LocalDate.of(2024, 9, 2);
  private static final LocalDate TUESDAY_2024_09_03 = LocalDate.of(2024, 9, 3);

  @Test
  void weekendsOnly_weekdaysOpen_weekendsClosed() {
    assertTrue(WEEKENDS.isBusinessDay(FRIDAY_2024_08_30));
    assertFalse(WEEKENDS.isBusinessDay(SATURDAY_2024_08_31));
    assertTrue(WEEKENDS.isBusinessDay(LABOR_DAY_2024));
  }

  @Test
  void usFederal_laborDayClosed() {
    assertFalse(STATUTORY.isBusinessDay(LABOR_DAY_2024));
    assertFalse(OBSERVED.isBusinessDay(LABOR_DAY_2024));
    assertEquals(TUESDAY_2024_09_03, OBSERVED.nextBusinessDay(FRIDAY_2024_08_30));
  }

  @Test
  void statutoryAndObserved_differOnAWeekendHoliday() {
    LocalDate friday = LocalDate.of(2021, 6, 18);
    LocalDate monday = LocalDate.of(2022, 12, 26);
    assertTrue(STATUTORY.isBusinessDay(friday));
    assertFalse(OBSERVED.isBusinessDay(friday));
    assertTrue(STATUTORY.isBusinessDay(monday));
    assertFalse(OBSERVED.isBusinessDay(monday));
  }

  @Test
  void federalReserve_sundayHolidayMovesToMonday_saturdayHolidayDoesNotMove() {
    BusinessCalendar fed = BusinessCalendar.usFederalReserve();
    LocalDate fridayBeforeSaturdayJuly4th2026 = LocalDate.of(2026, 7, 3);
    assertTrue(fed.isBusinessDay(fridayBeforeSaturdayJuly4th2026));
    assertFalse(OBSERVED.isBusinessDay(fridayBeforeSaturdayJuly4th2026));
    LocalDate mondayAfterSundayChristmas2022 = LocalDate.of(2022, 12, 26);
    assertFalse(fed.isBusinessDay(mondayAfterSundayChristmas2022));
    assertFalse(fed.isBusinessDay(LABOR_DAY_2024));
    assertTrue(fed.isBusinessDay(TUESDAY_2024_09_03));
    assertEquals("BusinessCalendar.usFederalReserve()", fed.toString());
  }

  @Test
  void nextAndPrevious_areStrict() {
    assertEquals(LocalDate.of(2024, 9, 2), WEEKENDS.nextBusinessDay(FRIDAY_2024_08_30));
    assertEquals(LocalDate.of(2024, 8, 29), WEEKENDS.previousBusinessDay(FRIDAY_2024_08_30));
    assertEquals(FRIDAY_2024_08_30, OBSERVED.previousBusinessDay(TUESDAY_2024_09_03));
  }

  @Test
  void plusBusinessDays_forwardBackwardAndZero() {
    assertEquals(TUESDAY_2024_09_03, OBSERVED.plusBusinessDays(FRIDAY_2024_08_30, 1));
    assertEquals(FRIDAY_2024_08_30, OBSERVED.plusBusinessDays(TUESDAY_2024_09_03, -1));
    assertEquals(SATURDAY_2024_08_31, OBSERVED.plusBusinessDays(SATURDAY_2024_08_31, 0));
    assertEquals(TUESDAY_2024_09_03, OBSERVED.plusBusinessDays(SATURDAY_2024_08_31, 1));
  }

  @Test
  void plusBusinessDays_fiveExcludingHolidays_validationReceiptExample() {
    // A letter mailed Wednesday 2024-11-06: five days excluding weekends and legal public holidays
    // skips Veterans Day (Monday 11-11), so the fifth such day is Thursday 2024-11-14.
    assertEquals(
        LocalDate.of(2024, 11, 14), STATUTORY.plusBusinessDays(LocalDate.of(2024, 11, 6), 5));
  }

  @Test
  void businessDaysBetween_excludesStartIncludesEnd() {
    assertEquals(1, WEEKENDS.businessDaysBetween(FRIDAY_2024_08_30, LABOR_DAY_2024));
    assertEquals(-1, WEEKENDS.businessDaysBetween(LABOR_DAY_2024, FRIDAY_2024_08_30));
    assertEquals(0, WEEKENDS.businessDaysBetween(FRIDAY_2024_08_30, FRIDAY_2024_08_30));
    assertEquals(1, OBSERVED.businessDaysBetween(FRIDAY_2024_08_30, TUESDAY_2024_09_03));
    assertEquals(22, WEEKENDS.businessDaysBetween(LocalDate.of(2024, 7, 31), SATURDAY_2024_08_31));
  }

  @Test
  void union_closesWhatEitherCloses() {
    LocalDate companyHoliday = LocalDate.of(2024, 12, 24);
    BusinessCalendar company = WEEKENDS.withHolidays(Set.of(companyHoliday));
    BusinessCalendar both = company.union(OBSERVED);
    assertFalse(both.isBusinessDay(companyHoliday));
    assertFalse(both.isBusinessDay(LABOR_DAY_2024));
    assertTrue(both.isBusinessDay(TUESDAY_2024_09_03));
    assertTrue(OBSERVED.isBusinessDay(companyHoliday));
  }

  @Test
  void calendarWithNoBusinessDay_failsLoudly() {
    BusinessCalendar closed = date -> false;
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> closed.nextBusinessDay(FRIDAY_2024_08_30));
    assertEquals("calendar has no business day within 3660 days after: 2024-08-30", e.getMessage());
    assertThrows(IllegalStateException.class, () -> closed.previousBusinessDay(FRIDAY_2024_08_30));
  }

  @Test
  void calendars_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(WEEKENDS, BusinessCalendar.weekendsOnly())
        .addEqualityGroup(STATUTORY)
        .addEqualityGroup(OBSERVED)
        .addEqualityGroup(WEEKENDS.union(OBSERVED), WEEKENDS.union(OBSERVED))
        .addEqualityGroup(OBSERVED.union(WEEKENDS))
        .addEqualityGroup(
            WEEKENDS.withHolidays(List.of(FRIDAY_2024_08_30)),
            WEEKENDS.withHolidays(Set.of(FRIDAY_2024_08_30)))
        .testEquals();
  }

  @Test
  void toString_readsAsTheFactoryCalls() {
    assertEquals(
        "BusinessCalendar.weekendsOnly().withHolidays([2024-08-30])",
        WEEKENDS.withHolidays(List.of(FRIDAY_2024_08_30)).toString());
  }

  @Test
  void methods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(LocalDate.class, FRIDAY_2024_08_30);
    tester.testAllPublicInstanceMethods(WEEKENDS);
    tester.testAllPublicInstanceMethods(OBSERVED.union(WEEKENDS));
    tester.testAllPublicInstanceMethods(WEEKENDS.withHolidays(List.of()));
    tester.testAllPublicStaticMethods(UsFederalHoliday.class);
  }
}
