package dev.collections.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worked examples of DOMAIN.md 4.2 and of the foundation issue. */
class BusinessDayConventionTest {

  private static final BusinessCalendar WEEKENDS = BusinessCalendar.weekendsOnly();

  private static void assertAdjusted(
      String expected, BusinessDayConvention convention, String date) {
    assertEquals(
        LocalDate.parse(expected),
        convention.adjust(LocalDate.parse(date), WEEKENDS),
        convention + " of " + date);
  }

  @Test
  void adjust_saturday2024_08_31() {
    assertAdjusted("2024-08-31", BusinessDayConvention.NONE, "2024-08-31");
    assertAdjusted("2024-09-02", BusinessDayConvention.FOLLOWING, "2024-08-31");
    assertAdjusted("2024-08-30", BusinessDayConvention.MODIFIED_FOLLOWING, "2024-08-31");
    assertAdjusted("2024-08-30", BusinessDayConvention.PRECEDING, "2024-08-31");
    assertAdjusted("2024-08-30", BusinessDayConvention.MODIFIED_PRECEDING, "2024-08-31");
  }

  @Test
  void adjust_saturday2024_06_01() {
    assertAdjusted("2024-06-03", BusinessDayConvention.FOLLOWING, "2024-06-01");
    assertAdjusted("2024-05-31", BusinessDayConvention.PRECEDING, "2024-06-01");
    assertAdjusted("2024-06-03", BusinessDayConvention.MODIFIED_PRECEDING, "2024-06-01");
  }

  @Test
  void adjust_sunday2024_09_01() {
    assertAdjusted("2024-09-02", BusinessDayConvention.FOLLOWING, "2024-09-01");
    assertAdjusted("2024-08-30", BusinessDayConvention.PRECEDING, "2024-09-01");
    assertAdjusted("2024-09-02", BusinessDayConvention.MODIFIED_PRECEDING, "2024-09-01");
  }

  @Test
  void adjust_usFederal_skipsLaborDay() {
    assertEquals(
        LocalDate.of(2024, 9, 3),
        BusinessDayConvention.FOLLOWING.adjust(
            LocalDate.of(2024, 8, 31), BusinessCalendar.usFederalObserved()));
  }

  @Test
  void adjust_businessDay_unchanged() {
    for (BusinessDayConvention convention : BusinessDayConvention.values()) {
      assertAdjusted("2024-08-30", convention, "2024-08-30");
    }
  }

  @Test
  void adjust_rejectsNulls() {
    new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2024, 8, 31))
        .setDefault(BusinessCalendar.class, WEEKENDS)
        .testAllPublicInstanceMethods(BusinessDayConvention.FOLLOWING);
  }
}
