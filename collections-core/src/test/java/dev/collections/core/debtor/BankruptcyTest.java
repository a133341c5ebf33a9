package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.CASE_NUMBER;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T3;
import static dev.collections.core.debtor.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BankruptcyTest {

  private static final LocalDate FILED_03_30 = date(3, 30);
  private static final LocalDate ENDED_06_15 = date(6, 15);

  static Bankruptcy.Builder chapter7() {
    return Bankruptcy.builder()
        .chapter(BankruptcyChapter.CHAPTER_7)
        .filedOn(FILED_03_30)
        .caseNumber(CASE_NUMBER)
        .knownAt(T0);
  }

  @Test
  void isActiveOn_fromFilingInclusive_whileOpen() {
    Bankruptcy open = chapter7().build();
    assertFalse(open.isActiveOn(FILED_03_30.minusDays(1)));
    assertTrue(open.isActiveOn(FILED_03_30));
    assertTrue(open.isActiveOn(date(12, 31)));
    assertFalse(open.isDischargedOn(date(12, 31)));
  }

  @Test
  void isActiveOn_endsOnTheDismissalDate() {
    Bankruptcy dismissed = chapter7().dismissedOn(ENDED_06_15).build();
    assertTrue(dismissed.isActiveOn(ENDED_06_15.minusDays(1)));
    assertFalse(dismissed.isActiveOn(ENDED_06_15));
    assertFalse(dismissed.isDischargedOn(ENDED_06_15));
  }

  @Test
  void isActiveOn_endsOnTheDischargeDate_andTheDischargeLasts() {
    Bankruptcy discharged = chapter7().dischargedOn(ENDED_06_15).build();
    assertTrue(discharged.isActiveOn(ENDED_06_15.minusDays(1)));
    assertFalse(discharged.isActiveOn(ENDED_06_15));
    assertFalse(discharged.isDischargedOn(ENDED_06_15.minusDays(1)));
    assertTrue(discharged.isDischargedOn(ENDED_06_15));
    assertTrue(discharged.isDischargedOn(date(12, 31)));
  }

  @Test
  void endedOnTheFilingDate_neverActive() {
    assertFalse(chapter7().dismissedOn(FILED_03_30).build().isActiveOn(FILED_03_30));
  }

  @Test
  void isInForceAt_fromKnown_forever() {
    Bankruptcy dismissed = chapter7().dismissedOn(ENDED_06_15).build();
    assertFalse(dismissed.isInForceAt(T0.minusNanos(1)));
    assertTrue(dismissed.isInForceAt(T0));
    assertTrue(dismissed.isInForceAt(T3.plusSeconds(100_000_000)));
    assertEquals(StatusEventKind.BANKRUPTCY, dismissed.kind());
  }

  @Test
  void withDismissedOnAndWithDischargedOn_copy() {
    Bankruptcy open = chapter7().build();
    assertEquals(chapter7().dismissedOn(ENDED_06_15).build(), open.withDismissedOn(ENDED_06_15));
    assertEquals(chapter7().dischargedOn(ENDED_06_15).build(), open.withDischargedOn(ENDED_06_15));
    IllegalArgumentException both =
        assertThrows(
            IllegalArgumentException.class,
            () -> open.withDismissedOn(ENDED_06_15).withDischargedOn(ENDED_06_15.plusDays(1)));
    assertEquals(
        "a bankruptcy ends by dismissal or by discharge, not both: dismissed 2020-06-15,"
            + " discharged 2020-06-16",
        both.getMessage());
  }

  @Test
  void endedBeforeFiling_rejected() {
    IllegalArgumentException dismissed =
        assertThrows(
            IllegalArgumentException.class,
            () -> chapter7().dismissedOn(FILED_03_30.minusDays(1)).build());
    assertEquals(
        "a bankruptcy must not be dismissed before it is filed: 2020-03-30 then 2020-03-29",
        dismissed.getMessage());
    IllegalArgumentException discharged =
        assertThrows(
            IllegalArgumentException.class,
            () -> chapter7().dischargedOn(FILED_03_30.minusDays(2)).build());
    assertEquals(
        "a bankruptcy must not be discharged before it is filed: 2020-03-30 then 2020-03-28",
        discharged.getMessage());
  }

  @Test
  void blankCaseNumber_rejectedWithoutShowingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Bankruptcy.builder()
                    .chapter(BankruptcyChapter.CHAPTER_13)
                    .filedOn(FILED_03_30)
                    .caseNumber("  ")
                    .knownAt(T0)
                    .build());
    assertEquals("bankruptcy case number must not be blank", e.getMessage());
  }

  @Test
  void toString_withholdsTheCaseNumber() {
    Bankruptcy discharged = chapter7().dischargedOn(ENDED_06_15).build();
    assertEquals(
        "Bankruptcy{chapter=CHAPTER_7, filedOn=2020-03-30, knownAt=2020-04-01T14:00:00Z,"
            + " caseNumber=<withheld>, dischargedOn=2020-06-15}",
        discharged.toString());
    assertFalse(discharged.toString().contains(CASE_NUMBER));
    assertEquals(
        "Bankruptcy{chapter=CHAPTER_11, filedOn=2020-03-30, knownAt=2020-04-01T14:00:00Z,"
            + " dismissedOn=2020-06-15}",
        Bankruptcy.builder()
            .chapter(BankruptcyChapter.CHAPTER_11)
            .filedOn(FILED_03_30)
            .knownAt(T0)
            .dismissedOn(ENDED_06_15)
            .build()
            .toString());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(chapter7().build(), chapter7().build())
        .addEqualityGroup(chapter7().dismissedOn(ENDED_06_15).build())
        .addEqualityGroup(chapter7().dischargedOn(ENDED_06_15).build())
        .addEqualityGroup(
            Bankruptcy.builder()
                .chapter(BankruptcyChapter.CHAPTER_7)
                .filedOn(FILED_03_30)
                .knownAt(T0)
                .build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(Bankruptcy.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(chapter7().build());
  }
}
