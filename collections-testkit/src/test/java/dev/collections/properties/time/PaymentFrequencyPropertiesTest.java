package dev.collections.properties.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.time.PaymentFrequency;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.time.TimeGens;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frequency dates strictly increase, are anchored, and keep their day of month. */
class PaymentFrequencyPropertiesTest {

  record Schedule(PaymentFrequency frequency, LocalDate anchor, int count) {}

  private static final Gen<Schedule> SCHEDULES =
      Gen.zip(TimeGens.paymentFrequencies(), TimeGens.dates(), Gen.integers(1, 120), Schedule::new);

  @Test
  void dates_strictlyIncrease() {
    Property.forAll(SCHEDULES)
        .check(
            s -> {
              List<LocalDate> dates = s.frequency().dates(s.anchor(), s.count());
              assertEquals(s.count(), dates.size());
              for (int i = 1; i < dates.size(); i++) {
                assertTrue(dates.get(i - 1).isBefore(dates.get(i)), dates.toString());
              }
              assertTrue(!dates.get(0).isBefore(s.anchor()));
            });
  }

  @Test
  void date_isComputedFromTheAnchor() {
    Property.forAll(SCHEDULES)
        .check(
            s -> {
              List<LocalDate> dates = s.frequency().dates(s.anchor(), s.count());
              int last = s.count() - 1;
              assertEquals(dates.get(last), s.frequency().date(s.anchor(), last));
            });
  }

  @Test
  void dates_keepTheirSpacingOrDayOfMonth() {
    Property.forAll(SCHEDULES)
        .check(
            s -> {
              PaymentFrequency f = s.frequency();
              List<LocalDate> dates = f.dates(s.anchor(), s.count());
              for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                switch (f.kind()) {
                  case WEEKLY -> assertEquals(7L * i, ChronoUnit.DAYS.between(s.anchor(), date));
                  case BIWEEKLY -> assertEquals(14L * i, ChronoUnit.DAYS.between(s.anchor(), date));
                  case SEMI_MONTHLY -> {
                    int day = date.getDayOfMonth();
                    assertTrue(
                        f.daysOfMonth().stream()
                            .anyMatch(d -> Math.min(d, date.lengthOfMonth()) == day),
                        date.toString());
                  }
                  case MONTHLY, QUARTERLY, ANNUALLY -> {
                    boolean anchorAtMonthEnd =
                        s.anchor().getDayOfMonth() == s.anchor().lengthOfMonth();
                    int expected =
                        f.isEndOfMonthSticky() && anchorAtMonthEnd
                            ? date.lengthOfMonth()
                            : Math.min(s.anchor().getDayOfMonth(), date.lengthOfMonth());
                    assertEquals(expected, date.getDayOfMonth(), date.toString());
                  }
                }
              }
            });
  }

  @Test
  void semiMonthly_twoDatesInEveryMonth() {
    Property.forAll(
            SCHEDULES.filter(s -> s.frequency().kind() == PaymentFrequency.Kind.SEMI_MONTHLY))
        .check(
            s -> {
              List<LocalDate> dates = s.frequency().dates(s.anchor(), 24);
              LocalDate first = dates.get(0);
              // The first and last months may be partial; every month between has exactly two.
              for (int m = 1; m < 11; m++) {
                java.time.YearMonth month = java.time.YearMonth.from(first).plusMonths(m);
                assertEquals(
                    2,
                    dates.stream().filter(d -> java.time.YearMonth.from(d).equals(month)).count());
              }
            });
  }
}
