package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.CONSUMER;
import static dev.collections.core.debtor.Fixtures.EASTERN;
import static dev.collections.core.debtor.Fixtures.PACIFIC;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T2;
import static dev.collections.core.debtor.Fixtures.WEEKEND;
import static dev.collections.core.debtor.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InconvenientTimesTest {

  /** AT-27: "weekdays except 3 to 5 p.m." and "no" to weekends (comment 6(b)(1)-1.ii). */
  static InconvenientTimes.Builder at27() {
    return InconvenientTimes.builder()
        .personId(CONSUMER)
        .addBlock(Fixtures.afternoons())
        .addBlock(BlockedTime.ofWholeDays(WEEKEND))
        .source(DesignationSource.CONSUMER)
        .knownAt(T0);
  }

  @Test
  void isInconvenient_at27_weekdayAfternoonsAndWeekends() {
    InconvenientTimes designation = at27().build();
    // Wednesday 2020-04-01, the consumer's local time wherever they are.
    assertFalse(designation.isInconvenient(at(PACIFIC, 4, 1, 14, 59)));
    assertTrue(designation.isInconvenient(at(PACIFIC, 4, 1, 15, 0)));
    assertTrue(designation.isInconvenient(at(PACIFIC, 4, 1, 15, 30)));
    assertTrue(designation.isInconvenient(at(EASTERN, 4, 1, 16, 59)));
    assertFalse(designation.isInconvenient(at(EASTERN, 4, 1, 17, 0)));
    // Saturday 2020-04-04 and Sunday 2020-04-05, all day.
    assertTrue(designation.isInconvenient(at(EASTERN, 4, 4, 10, 0)));
    assertTrue(designation.isInconvenient(at(EASTERN, 4, 5, 23, 59)));
    assertFalse(designation.isInconvenient(at(EASTERN, 4, 6, 10, 0)));
  }

  @Test
  void isInconvenient_withAZone_readsTheInstantInThatZone() {
    InconvenientTimes eastern = at27().zone(EASTERN).build();
    // 12:30 Pacific is 15:30 Eastern: inconvenient; 15:30 Pacific is 18:30 Eastern: not.
    assertTrue(eastern.isInconvenient(at(PACIFIC, 4, 1, 12, 30)));
    assertFalse(eastern.isInconvenient(at(PACIFIC, 4, 1, 15, 30)));
    // Friday 22:30 Pacific is already Saturday in New York.
    assertTrue(eastern.isInconvenient(at(PACIFIC, 4, 3, 22, 30)));
    assertFalse(at27().build().isInconvenient(at(PACIFIC, 4, 3, 22, 30)));
  }

  @Test
  void isInForceAt_fromKnown_untilLiftedExclusive() {
    InconvenientTimes lifted = at27().liftedAt(T2).build();
    assertFalse(lifted.isInForceAt(T0.minusNanos(1)));
    assertTrue(lifted.isInForceAt(T0));
    assertTrue(lifted.isInForceAt(T2.minusNanos(1)));
    assertFalse(lifted.isInForceAt(T2));
    assertEquals(lifted, at27().build().withLiftedAt(T2));
    assertEquals(StatusEventKind.INCONVENIENT_TIMES, lifted.kind());
  }

  @Test
  void noBlocks_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                InconvenientTimes.builder()
                    .personId(CONSUMER)
                    .source(DesignationSource.CREDITOR_FILE_NOTE)
                    .knownAt(T0)
                    .build());
    assertEquals(
        "an inconvenient-time designation needs at least one blocked time: []", e.getMessage());
  }

  @Test
  void liftedBeforeKnown_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> at27().liftedAt(T0.minusSeconds(60)).build());
    assertEquals(
        "an inconvenient-time designation must not end before it is known:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:00Z",
        e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(at27().build(), at27().build())
        .addEqualityGroup(at27().zone(EASTERN).build())
        .addEqualityGroup(at27().liftedAt(T2).build())
        .addEqualityGroup(
            InconvenientTimes.builder()
                .personId(CONSUMER)
                .addBlock(
                    BlockedTime.ofWeekly(
                        EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .source(DesignationSource.CREDITOR_FILE_NOTE)
                .knownAt(T0)
                .build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(InconvenientTimes.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(at27().build());
  }
}
