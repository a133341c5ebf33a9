package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.WEEKDAYS;
import static dev.collections.core.debtor.Fixtures.WEEKEND;
import static dev.collections.core.debtor.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockedTimeTest {

  /** Wednesday 2020-04-01 at a time of day. */
  private static LocalDateTime wednesday(int hour, int minute, int second) {
    return LocalDateTime.of(date(4, 1), LocalTime.of(hour, minute, second));
  }

  @Test
  void ofWeekly_windowIsHalfOpen() {
    BlockedTime afternoons = Fixtures.afternoons();
    assertFalse(afternoons.contains(wednesday(14, 59, 59)));
    assertTrue(afternoons.contains(wednesday(15, 0, 0)));
    assertTrue(afternoons.contains(wednesday(16, 59, 59)));
    assertFalse(afternoons.contains(wednesday(17, 0, 0)));
    // Saturday 2020-04-04 is not a listed day.
    assertFalse(afternoons.contains(LocalDateTime.of(date(4, 4), LocalTime.of(16, 0))));
    assertFalse(afternoons.isWholeDay());
  }

  @Test
  void endAtMidnight_runsToTheEndOfTheDay() {
    BlockedTime evenings =
        BlockedTime.ofWeekly(
            EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(19, 0), LocalTime.MIDNIGHT);
    assertFalse(evenings.contains(wednesday(18, 59, 59)));
    assertTrue(evenings.contains(wednesday(23, 59, 59).withNano(999_999_999)));
    // Thursday just after midnight is not Wednesday evening.
    assertFalse(evenings.contains(LocalDateTime.of(date(4, 2), LocalTime.MIDNIGHT)));
    assertFalse(evenings.isWholeDay());
  }

  @Test
  void ofWholeDays_everyTimeOfThoseDays() {
    BlockedTime weekends = BlockedTime.ofWholeDays(WEEKEND);
    assertTrue(weekends.isWholeDay());
    assertTrue(weekends.contains(LocalDateTime.of(date(4, 4), LocalTime.MIDNIGHT)));
    assertTrue(weekends.contains(LocalDateTime.of(date(4, 5), LocalTime.MAX)));
    assertFalse(weekends.contains(LocalDateTime.of(date(4, 6), LocalTime.MIDNIGHT)));
  }

  @Test
  void ofDates_closedRangeOfDates() {
    BlockedTime holidays = BlockedTime.ofDates(date(12, 24), date(12, 26));
    assertEquals(EnumSet.allOf(DayOfWeek.class), holidays.days());
    assertFalse(holidays.contains(LocalDateTime.of(date(12, 23), LocalTime.MAX)));
    assertTrue(holidays.contains(LocalDateTime.of(date(12, 24), LocalTime.MIDNIGHT)));
    assertTrue(holidays.contains(LocalDateTime.of(date(12, 26), LocalTime.MAX)));
    assertFalse(holidays.contains(LocalDateTime.of(date(12, 27), LocalTime.MIDNIGHT)));
  }

  @Test
  void daysThroughADate_tuesdaysAndThursdaysUntilTheEndOfTheYear() {
    BlockedTime tueThu =
        BlockedTime.builder()
            .addDays(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)
            .lastDate(date(12, 31))
            .build();
    assertEquals(Optional.empty(), tueThu.firstDate());
    assertTrue(tueThu.contains(LocalDateTime.of(date(12, 31), LocalTime.NOON))); // Thursday
    assertFalse(tueThu.contains(LocalDateTime.of(date(12, 30), LocalTime.NOON))); // Wednesday
    // Tuesday 2021-01-05 is past the last date.
    assertFalse(tueThu.contains(LocalDateTime.of(2021, 1, 5, 12, 0)));
    BlockedTime fromApril =
        BlockedTime.builder().addDay(DayOfWeek.WEDNESDAY).firstDate(date(4, 8)).build();
    assertFalse(fromApril.contains(wednesday(12, 0, 0)));
    assertTrue(fromApril.contains(LocalDateTime.of(date(4, 8), LocalTime.NOON)));
  }

  @Test
  void noDays_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BlockedTime.ofWholeDays(Set.of()));
    assertEquals("a blocked time needs at least one day of the week: []", e.getMessage());
  }

  @Test
  void windowEndingBeforeItStarts_rejected() {
    IllegalArgumentException reversed =
        assertThrows(
            IllegalArgumentException.class,
            () -> BlockedTime.ofWeekly(WEEKDAYS, LocalTime.of(22, 0), LocalTime.of(6, 0)));
    assertEquals(
        "a blocked time must end after it starts, or at midnight (00:00): 22:00 then 06:00",
        reversed.getMessage());
    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () -> BlockedTime.ofWeekly(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(9, 0)));
    assertEquals(
        "a blocked time must end after it starts, or at midnight (00:00): 09:00 then 09:00",
        empty.getMessage());
  }

  @Test
  void lastDateBeforeFirstDate_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BlockedTime.ofDates(date(12, 31), date(12, 1)));
    assertEquals(
        "a blocked time must not end before it starts: 2020-12-31 then 2020-12-01", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            Fixtures.afternoons(),
            BlockedTime.ofWeekly(
                EnumSet.copyOf(WEEKDAYS), LocalTime.of(15, 0), LocalTime.of(17, 0)))
        .addEqualityGroup(
            BlockedTime.ofWholeDays(WEEKDAYS),
            BlockedTime.ofWeekly(WEEKDAYS, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
        .addEqualityGroup(BlockedTime.ofDates(date(12, 24), date(12, 26)))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester()
        .setDefault(Set.class, WEEKDAYS)
        .testAllPublicStaticMethods(BlockedTime.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Fixtures.afternoons());
  }
}
