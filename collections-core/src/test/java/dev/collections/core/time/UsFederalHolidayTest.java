package dev.collections.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The holidays of 5 U.S.C. 6103(a), checked against the published 2024 and 2021-2023 dates. */
class UsFederalHolidayTest {

  @Test
  void dateIn_2024_matchesThePublishedSchedule() {
    Map<UsFederalHoliday, LocalDate> expected = new EnumMap<>(UsFederalHoliday.class);
    expected.put(UsFederalHoliday.NEW_YEARS_DAY, LocalDate.of(2024, 1, 1));
    expected.put(UsFederalHoliday.MARTIN_LUTHER_KING_JR_DAY, LocalDate.of(2024, 1, 15));
    expected.put(UsFederalHoliday.WASHINGTONS_BIRTHDAY, LocalDate.of(2024, 2, 19));
    expected.put(UsFederalHoliday.MEMORIAL_DAY, LocalDate.of(2024, 5, 27));
    expected.put(UsFederalHoliday.JUNETEENTH, LocalDate.of(2024, 6, 19));
    expected.put(UsFederalHoliday.INDEPENDENCE_DAY, LocalDate.of(2024, 7, 4));
    expected.put(UsFederalHoliday.LABOR_DAY, LocalDate.of(2024, 9, 2));
    expected.put(UsFederalHoliday.COLUMBUS_DAY, LocalDate.of(2024, 10, 14));
    expected.put(UsFederalHoliday.VETERANS_DAY, LocalDate.of(2024, 11, 11));
    expected.put(UsFederalHoliday.THANKSGIVING_DAY, LocalDate.of(2024, 11, 28));
    expected.put(UsFederalHoliday.CHRISTMAS_DAY, LocalDate.of(2024, 12, 25));
    assertEquals(UsFederalHoliday.values().length, expected.size());
    for (Map.Entry<UsFederalHoliday, LocalDate> entry : expected.entrySet()) {
      assertEquals(
          Optional.of(entry.getValue()), entry.getKey().dateIn(2024), entry.getKey().name());
      assertEquals(Optional.of(entry.getKey()), UsFederalHoliday.on(entry.getValue()));
    }
  }

  @Test
  void memorialDay_lastMondayEvenWhenMay31IsMonday() {
    assertEquals(
        Optional.of(LocalDate.of(2021, 5, 31)), UsFederalHoliday.MEMORIAL_DAY.dateIn(2021));
    assertEquals(
        Optional.of(LocalDate.of(2027, 5, 31)), UsFederalHoliday.MEMORIAL_DAY.dateIn(2027));
  }

  @Test
  void juneteenth_onlyFrom2021() {
    assertEquals(Optional.empty(), UsFederalHoliday.JUNETEENTH.dateIn(2020));
    assertEquals(Optional.empty(), UsFederalHoliday.on(LocalDate.of(2020, 6, 19)));
    assertEquals(Optional.of(LocalDate.of(2021, 6, 19)), UsFederalHoliday.JUNETEENTH.dateIn(2021));
  }

  @Test
  void martinLutherKingDay_onlyFrom1986() {
    assertEquals(Optional.empty(), UsFederalHoliday.MARTIN_LUTHER_KING_JR_DAY.dateIn(1985));
    assertEquals(
        Optional.of(LocalDate.of(1986, 1, 20)),
        UsFederalHoliday.MARTIN_LUTHER_KING_JR_DAY.dateIn(1986));
  }

  @Test
  void observed_saturdayHolidayMovesToFriday() {
    // Juneteenth 2021 was a Saturday, observed Friday June 18.
    assertEquals(
        Optional.of(LocalDate.of(2021, 6, 18)), UsFederalHoliday.JUNETEENTH.observedDateIn(2021));
    assertEquals(
        Optional.of(UsFederalHoliday.JUNETEENTH),
        UsFederalHoliday.observedOn(LocalDate.of(2021, 6, 18)));
    assertEquals(Optional.empty(), UsFederalHoliday.observedOn(LocalDate.of(2021, 6, 19)));
  }

  @Test
  void observed_sundayHolidayMovesToMonday() {
    // Christmas 2022 was a Sunday, observed Monday December 26.
    assertEquals(
        Optional.of(LocalDate.of(2022, 12, 26)),
        UsFederalHoliday.CHRISTMAS_DAY.observedDateIn(2022));
    assertEquals(
        Optional.of(UsFederalHoliday.CHRISTMAS_DAY),
        UsFederalHoliday.observedOn(LocalDate.of(2022, 12, 26)));
  }

  @Test
  void observed_newYear2022_fallsInThePreviousYear() {
    assertEquals(
        Optional.of(LocalDate.of(2021, 12, 31)),
        UsFederalHoliday.NEW_YEARS_DAY.observedDateIn(2022));
    assertEquals(
        Optional.of(UsFederalHoliday.NEW_YEARS_DAY),
        UsFederalHoliday.observedOn(LocalDate.of(2021, 12, 31)));
  }

  @Test
  void isFixedDate_onlyTheFiveFixedHolidays() {
    assertTrue(UsFederalHoliday.VETERANS_DAY.isFixedDate());
    assertFalse(UsFederalHoliday.LABOR_DAY.isFixedDate());
    assertEquals("Washington's Birthday", UsFederalHoliday.WASHINGTONS_BIRTHDAY.statutoryName());
  }
}
