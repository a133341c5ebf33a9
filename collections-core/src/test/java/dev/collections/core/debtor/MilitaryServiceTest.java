package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilitaryServiceTest {

  private static final LocalDate FIRST_01_15 = date(1, 15);
  private static final LocalDate LAST_09_30 = date(9, 30);

  static MilitaryService.Builder service() {
    return MilitaryService.builder().activeDutyFirstDay(FIRST_01_15).knownAt(T0);
  }

  @Test
  void isActiveDutyOn_closedRange() {
    MilitaryService service = service().activeDutyLastDay(LAST_09_30).build();
    assertFalse(service.isActiveDutyOn(FIRST_01_15.minusDays(1)));
    assertTrue(service.isActiveDutyOn(FIRST_01_15));
    assertTrue(service.isActiveDutyOn(LAST_09_30));
    assertFalse(service.isActiveDutyOn(LAST_09_30.plusDays(1)));
    assertEquals(StatusEventKind.MILITARY_SERVICE, service.kind());
  }

  @Test
  void isActiveDutyOn_openEnded() {
    assertTrue(service().build().isActiveDutyOn(date(12, 31).plusYears(5)));
  }

  @Test
  void oneDayOfService_accepted() {
    MilitaryService oneDay = service().activeDutyLastDay(FIRST_01_15).build();
    assertTrue(oneDay.isActiveDutyOn(FIRST_01_15));
    assertFalse(oneDay.isActiveDutyOn(FIRST_01_15.plusDays(1)));
  }

  @Test
  void isInForceAt_fromKnown() {
    MilitaryService service = service().build();
    assertFalse(service.isInForceAt(T0.minusNanos(1)));
    assertTrue(service.isInForceAt(T0));
  }

  @Test
  void endsBeforeItStarts_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> service().activeDutyLastDay(FIRST_01_15.minusDays(1)).build());
    assertEquals(
        "active duty must not end before it starts: 2020-01-15 then 2020-01-14", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(service().build(), service().build())
        .addEqualityGroup(service().activeDutyLastDay(LAST_09_30).build())
        .addEqualityGroup(
            MilitaryService.builder().activeDutyFirstDay(LAST_09_30).knownAt(T0).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(MilitaryService.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(service().build());
  }
}
