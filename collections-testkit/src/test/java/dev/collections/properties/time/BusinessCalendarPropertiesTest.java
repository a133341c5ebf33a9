package dev.collections.properties.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.time.BusinessCalendar;
import dev.collections.core.time.BusinessDayConvention;
import dev.collections.core.time.UsFederalHoliday;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.time.TimeGens;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Business-day arithmetic is consistent, and conventions always land on business days. */
class BusinessCalendarPropertiesTest {

  record Step(LocalDate date, BusinessCalendar calendar, int days) {}

  private static final Gen<Step> STEPS =
      Gen.zip(TimeGens.dates(), TimeGens.businessCalendars(), Gen.integers(-400, 400), Step::new);

  @Test
  void plusBusinessDays_thenBusinessDaysBetween_givesTheCount() {
    Property.forAll(STEPS)
        .check(
            s -> {
              LocalDate reached = s.calendar().plusBusinessDays(s.date(), s.days());
              assertEquals(s.days(), s.calendar().businessDaysBetween(s.date(), reached));
            });
  }

  @Test
  void plusBusinessDays_nonZero_landsOnABusinessDayInTheRightDirection() {
    Property.forAll(STEPS.filter(s -> s.days() != 0))
        .check(
            s -> {
              LocalDate reached = s.calendar().plusBusinessDays(s.date(), s.days());
              assertTrue(s.calendar().isBusinessDay(reached));
              assertEquals(Integer.signum(s.days()), Integer.signum(reached.compareTo(s.date())));
            });
  }

  record Span(LocalDate from, LocalDate to, BusinessCalendar calendar) {}

  @Test
  void businessDaysBetween_reversedDiffersOnlyByTheEnds() {
    Gen<Span> spans =
        Gen.zip(
            TimeGens.dates(),
            Gen.integers(-3_000, 3_000),
            TimeGens.businessCalendars(),
            (from, days, calendar) -> new Span(from, from.plusDays(days), calendar));
    Property.forAll(spans)
        .check(
            s -> {
              BusinessCalendar calendar = s.calendar();
              long forward = calendar.businessDaysBetween(s.from(), s.to());
              long backward = calendar.businessDaysBetween(s.to(), s.from());
              // Forward counts (from, to], backward minus [from, to): they differ by the ends.
              int endsDifference =
                  (calendar.isBusinessDay(s.to()) ? 1 : 0)
                      - (calendar.isBusinessDay(s.from()) ? 1 : 0);
              int direction = s.from().compareTo(s.to()) < 0 ? 1 : s.from().equals(s.to()) ? 0 : -1;
              assertEquals((long) direction * endsDifference, forward + backward);
            });
  }

  @Test
  void nextAndPrevious_areTheNearestBusinessDays() {
    Property.forAll(
            Gen.zip(TimeGens.dates(), TimeGens.businessCalendars(), (d, c) -> new Object[] {d, c}))
        .check(
            args -> {
              LocalDate date = (LocalDate) args[0];
              BusinessCalendar calendar = (BusinessCalendar) args[1];
              LocalDate next = calendar.nextBusinessDay(date);
              LocalDate previous = calendar.previousBusinessDay(date);
              assertTrue(next.isAfter(date) && calendar.isBusinessDay(next));
              assertTrue(previous.isBefore(date) && calendar.isBusinessDay(previous));
              for (LocalDate d = date.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
                assertTrue(!calendar.isBusinessDay(d), d + " skipped");
              }
              for (LocalDate d = previous.plusDays(1); d.isBefore(date); d = d.plusDays(1)) {
                assertTrue(!calendar.isBusinessDay(d), d + " skipped");
              }
            });
  }

  @Test
  void adjust_everyConventionButNone_givesABusinessDay() {
    Property.forAll(
            Gen.zip(
                TimeGens.dates(),
                TimeGens.businessCalendars(),
                TimeGens.conventions(),
                (d, c, v) -> new Object[] {d, c, v}))
        .check(
            args -> {
              LocalDate date = (LocalDate) args[0];
              BusinessCalendar calendar = (BusinessCalendar) args[1];
              BusinessDayConvention convention = (BusinessDayConvention) args[2];
              LocalDate adjusted = convention.adjust(date, calendar);
              if (convention == BusinessDayConvention.NONE) {
                assertEquals(date, adjusted);
              } else {
                assertTrue(calendar.isBusinessDay(adjusted), convention + " of " + date);
              }
              if (calendar.isBusinessDay(date)) {
                assertEquals(date, adjusted);
              }
            });
  }

  @Test
  void modifiedConventions_stayInTheMonthWhenTheyCan() {
    Property.forAll(
            Gen.zip(TimeGens.dates(), TimeGens.businessCalendars(), (d, c) -> new Object[] {d, c}))
        .check(
            args -> {
              LocalDate date = (LocalDate) args[0];
              BusinessCalendar calendar = (BusinessCalendar) args[1];
              LocalDate following = BusinessDayConvention.MODIFIED_FOLLOWING.adjust(date, calendar);
              LocalDate preceding = BusinessDayConvention.MODIFIED_PRECEDING.adjust(date, calendar);
              assertEquals(date.getMonth(), following.getMonth());
              assertEquals(date.getMonth(), preceding.getMonth());
            });
  }

  @Test
  void usFederalCalendars_agreeWithTheHolidayRules() {
    Property.forAll(TimeGens.dates())
        .check(
            date -> {
              boolean weekend =
                  date.getDayOfWeek() == DayOfWeek.SATURDAY
                      || date.getDayOfWeek() == DayOfWeek.SUNDAY;
              boolean statutoryHoliday = false;
              boolean observedHoliday = false;
              for (UsFederalHoliday holiday : UsFederalHoliday.values()) {
                for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
                  Optional<LocalDate> statutory = holiday.dateIn(year);
                  statutoryHoliday |= statutory.equals(Optional.of(date));
                  observedHoliday |= holiday.observedDateIn(year).equals(Optional.of(date));
                }
              }
              assertEquals(
                  !weekend && !statutoryHoliday,
                  BusinessCalendar.usFederalStatutory().isBusinessDay(date));
              assertEquals(
                  !weekend && !observedHoliday,
                  BusinessCalendar.usFederalObserved().isBusinessDay(date));
              boolean mondayAfterSundayHoliday =
                  date.getDayOfWeek() == DayOfWeek.MONDAY
                      && UsFederalHoliday.on(date.minusDays(1)).isPresent();
              assertEquals(
                  !weekend && !statutoryHoliday && !mondayAfterSundayHoliday,
                  BusinessCalendar.usFederalReserve().isBusinessDay(date));
              assertEquals(statutoryHoliday, UsFederalHoliday.on(date).isPresent());
              assertEquals(observedHoliday, UsFederalHoliday.observedOn(date).isPresent());
            });
  }
}
