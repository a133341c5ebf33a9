package dev.collections.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PaymentFrequencyTest {

  private static final LocalDate JAN_31_2024 = LocalDate.of(2024, 1, 31);

  private static List<LocalDate> dates(String... values) {
    return Stream.of(values).map(LocalDate::parse).toList();
  }

  @Test
  void monthly_fromJanuary31_anchoredNotChained() {
    assertEquals(
        dates("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30"),
        PaymentFrequency.monthly().dates(JAN_31_2024, 6));
  }

  @Test
  void monthly_fromFebruary29_plainAndSticky() {
    LocalDate feb29 = LocalDate.of(2024, 2, 29);
    assertEquals(
        dates("2024-02-29", "2024-03-29", "2024-04-29"),
        PaymentFrequency.monthly().dates(feb29, 3));
    assertEquals(
        dates("2024-02-29", "2024-03-31", "2024-04-30"),
        PaymentFrequency.monthly().withEndOfMonthSticky(true).dates(feb29, 3));
  }

  @Test
  void weeklyAndBiweekly_sameWeekday() {
    LocalDate friday = LocalDate.of(2024, 8, 30);
    assertEquals(
        dates("2024-08-30", "2024-09-06", "2024-09-13"),
        PaymentFrequency.weekly().dates(friday, 3));
    assertEquals(
        dates("2024-08-30", "2024-09-13", "2024-09-27"),
        PaymentFrequency.biweekly().dates(friday, 3));
  }

  @Test
  void semiMonthly_fifteenthAndLastDay() {
    assertEquals(
        dates("2024-02-15", "2024-02-29", "2024-03-15", "2024-03-31", "2024-04-15", "2024-04-30"),
        PaymentFrequency.semiMonthly(15, PaymentFrequency.LAST_DAY_OF_MONTH)
            .dates(LocalDate.of(2024, 2, 1), 6));
  }

  @Test
  void semiMonthly_anchorBetweenDays_startsAtNextDay() {
    PaymentFrequency firstAndFifteenth = PaymentFrequency.semiMonthly(1, 15);
    assertEquals(
        dates("2024-01-15", "2024-02-01", "2024-02-15"),
        firstAndFifteenth.dates(LocalDate.of(2024, 1, 10), 3));
    assertEquals(
        dates("2024-02-01", "2024-02-15"), firstAndFifteenth.dates(LocalDate.of(2024, 1, 16), 2));
    assertEquals(LocalDate.of(2024, 1, 15), firstAndFifteenth.date(LocalDate.of(2024, 1, 15), 0));
  }

  @Test
  void quarterlyAndAnnually_anchored() {
    assertEquals(
        dates("2024-01-31", "2024-04-30", "2024-07-31", "2024-10-31"),
        PaymentFrequency.quarterly().dates(JAN_31_2024, 4));
    assertEquals(
        dates("2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"),
        PaymentFrequency.annually().dates(LocalDate.of(2024, 2, 29), 5));
  }

  @Test
  void annually_sticky_februaryEndFollowsLeapYears() {
    assertEquals(
        dates("2023-02-28", "2024-02-29", "2025-02-28"),
        PaymentFrequency.annually().withEndOfMonthSticky(true).dates(LocalDate.of(2023, 2, 28), 3));
  }

  @Test
  void periodsPerYear() {
    assertEquals(52, PaymentFrequency.weekly().periodsPerYear());
    assertEquals(26, PaymentFrequency.biweekly().periodsPerYear());
    assertEquals(24, PaymentFrequency.semiMonthly(1, 15).periodsPerYear());
    assertEquals(12, PaymentFrequency.monthly().periodsPerYear());
    assertEquals(4, PaymentFrequency.quarterly().periodsPerYear());
    assertEquals(1, PaymentFrequency.annually().periodsPerYear());
  }

  @Test
  void semiMonthly_badDays_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PaymentFrequency.semiMonthly(15, 15));
    assertEquals(
        "the second semi-monthly day must be after the first and at most 31: 15 then 15",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PaymentFrequency.semiMonthly(0, 15));
    assertThrows(IllegalArgumentException.class, () -> PaymentFrequency.semiMonthly(28, 31));
    assertThrows(IllegalArgumentException.class, () -> PaymentFrequency.semiMonthly(1, 32));
  }

  @Test
  void sticky_onWeekly_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PaymentFrequency.weekly().withEndOfMonthSticky(true));
    assertEquals(
        "end-of-month stickiness applies to monthly, quarterly and annual frequencies: WEEKLY",
        e.getMessage());
  }

  @Test
  void negativeIndexOrCount_rejected() {
    assertThrows(
        IllegalArgumentException.class, () -> PaymentFrequency.monthly().date(JAN_31_2024, -1));
    assertThrows(
        IllegalArgumentException.class, () -> PaymentFrequency.monthly().dates(JAN_31_2024, -1));
  }

  @Test
  void toString_readsAsTheFactoryCall() {
    assertEquals("semiMonthly(15, 31)", PaymentFrequency.semiMonthly(15, 31).toString());
    assertEquals(
        "monthly().withEndOfMonthSticky(true)",
        PaymentFrequency.monthly().withEndOfMonthSticky(true).toString());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(PaymentFrequency.monthly(), PaymentFrequency.monthly())
        .addEqualityGroup(PaymentFrequency.monthly().withEndOfMonthSticky(true))
        .addEqualityGroup(PaymentFrequency.quarterly())
        .addEqualityGroup(PaymentFrequency.semiMonthly(1, 15), PaymentFrequency.semiMonthly(1, 15))
        .addEqualityGroup(PaymentFrequency.semiMonthly(15, 31))
        .addEqualityGroup(PaymentFrequency.weekly())
        .testEquals();
  }

  @Test
  void methods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(LocalDate.class, JAN_31_2024);
    tester.testAllPublicInstanceMethods(PaymentFrequency.monthly());
    tester.testAllPublicStaticMethods(PaymentFrequency.class);
  }
}
