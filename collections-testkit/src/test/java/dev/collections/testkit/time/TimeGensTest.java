package dev.collections.testkit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeGensTest {

  private static final LocalDate START = LocalDate.of(2023, 6, 15);
  private static final LocalDate END = LocalDate.of(2025, 6, 15);

  @Test
  void dates_edgeCasesIncludeLeapDayMonthEndsAndDstSwitches() {
    List<LocalDate> edges = TimeGens.dates(START, END).edgeCases();
    assertTrue(edges.contains(START));
    assertTrue(edges.contains(END));
    assertTrue(edges.contains(LocalDate.of(2024, 2, 29)));
    assertTrue(edges.contains(LocalDate.of(2023, 6, 30)));
    assertTrue(edges.contains(LocalDate.of(2024, 1, 31)));
    // US daylight time 2023 ended Sunday 2023-11-05; 2025 began Sunday 2025-03-09.
    assertTrue(edges.contains(LocalDate.of(2023, 11, 5)));
    assertTrue(edges.contains(LocalDate.of(2025, 3, 9)));
    assertTrue(edges.stream().noneMatch(d -> d.isBefore(START) || d.isAfter(END)));
  }

  @Test
  void dates_stayInRange_andOftenLandOnSpecialDays() {
    Gen<LocalDate> gen = TimeGens.dates(START, END);
    Property.forAll(gen).holds(d -> !d.isBefore(START) && !d.isAfter(END));
    SplittableRandom random = new SplittableRandom(12);
    int leapDays = 0;
    for (int i = 0; i < 3_000; i++) {
      if (gen.next(random, 10).equals(LocalDate.of(2024, 2, 29))) {
        leapDays++;
      }
    }
    assertTrue(leapDays > 10, "2024-02-29 drawn " + leapDays + " times in 3000");
  }

  @Test
  void usZones_includeTerritoriesAndZonesWithoutDaylightTime() {
    for (String zone :
        List.of(
            "America/Phoenix",
            "Pacific/Honolulu",
            "America/Puerto_Rico",
            "Pacific/Guam",
            "Pacific/Pago_Pago",
            "America/Adak")) {
      assertTrue(TimeGens.US_ZONES.contains(ZoneId.of(zone)), zone);
    }
    assertEquals(6, TimeGens.usZones().edgeCases().size());
  }

  @Test
  void instants_edgeCasesStraddleDaylightTransitions() {
    Instant start = Instant.parse("2024-01-01T00:00:00Z");
    Instant end = Instant.parse("2025-01-01T00:00:00Z");
    List<Instant> edges = TimeGens.instants(start, end).edgeCases();
    // New York sprang forward at 2024-03-10T07:00:00Z.
    Instant spring = Instant.parse("2024-03-10T07:00:00Z");
    assertTrue(edges.contains(spring.minusSeconds(1)));
    assertTrue(edges.contains(spring));
    assertTrue(edges.contains(spring.plusSeconds(1)));
    Property.forAll(TimeGens.instants(start, end))
        .holds(i -> !i.isBefore(start) && i.isBefore(end));
  }

  @Test
  void paymentFrequencies_everyKindAppears() {
    assertEquals(7, TimeGens.paymentFrequencies().edgeCases().size());
    Property.forAll(TimeGens.paymentFrequencies()).holds(f -> f.periodsPerYear() >= 1);
  }

  @Test
  void factories_rejectNulls() {
    new com.google.common.testing.NullPointerTester()
        .setDefault(LocalDate.class, START)
        .setDefault(Instant.class, Instant.parse("2024-01-01T00:00:00Z"))
        .testAllPublicStaticMethods(TimeGens.class);
  }
}
