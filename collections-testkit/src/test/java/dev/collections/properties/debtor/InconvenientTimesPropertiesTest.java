package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.debtor.BlockedTime;
import dev.collections.core.debtor.InconvenientTimes;
import dev.collections.core.debtor.PersonId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import dev.collections.testkit.time.TimeGens;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Blocked times contain what their days, dates and window say; a named zone fixes the reading. */
class InconvenientTimesPropertiesTest {

  record Moment(Instant instant, ZoneId zone) {
    ZonedDateTime local() {
      return instant.atZone(zone);
    }
  }

  private static final Gen<Moment> MOMENTS =
      Gen.zip(DebtorGens.instants(), TimeGens.usZones(), Moment::new);

  private static final Gen<InconvenientTimes> DESIGNATIONS =
      DebtorGens.inconvenientTimes(PersonId.of("D-1"));

  @Test
  void contains_exactlyWhatTheDaysDatesAndWindowSay() {
    Property.forAll(DebtorGens.blockedTimes(), MOMENTS)
        .check(
            (block, moment) -> {
              LocalDateTime local = moment.local().toLocalDateTime();
              boolean onDay = block.days().contains(local.getDayOfWeek());
              boolean inDates =
                  block.firstDate().map(f -> !local.toLocalDate().isBefore(f)).orElse(true)
                      && block.lastDate().map(l -> !local.toLocalDate().isAfter(l)).orElse(true);
              boolean inWindow =
                  !local.toLocalTime().isBefore(block.startInclusive())
                      && (block.endExclusive().equals(java.time.LocalTime.MIDNIGHT)
                          || local.toLocalTime().isBefore(block.endExclusive()));
              assertEquals(onDay && inDates && inWindow, block.contains(local), local.toString());
              if (block.isWholeDay()) {
                assertEquals(onDay && inDates, block.contains(local));
              }
            });
  }

  @Test
  void designationWithAZone_givesTheSameAnswerInEveryZone() {
    Property.forAll(DESIGNATIONS.filter(d -> d.zone().isPresent()), MOMENTS)
        .check(
            (designation, moment) -> {
              boolean inZone = designation.isInconvenient(moment.local());
              for (ZoneId other : TimeGens.US_ZONES) {
                assertEquals(inZone, designation.isInconvenient(moment.instant().atZone(other)));
              }
            });
  }

  @Test
  void designationWithoutAZone_readsTheLocalTimeGiven() {
    Property.forAll(DESIGNATIONS.filter(d -> d.zone().isEmpty()), MOMENTS)
        .check(
            (designation, moment) -> {
              LocalDateTime local = moment.local().toLocalDateTime();
              boolean expected = false;
              for (BlockedTime block : designation.blocks()) {
                expected |= block.contains(local);
              }
              assertEquals(expected, designation.isInconvenient(moment.local()));
            });
  }

  @Test
  void blockedTime_roundTripsThroughItsBuilder() {
    Property.forAll(DebtorGens.blockedTimes())
        .check(
            block -> {
              BlockedTime rebuilt = Rebuild.block(block);
              assertEquals(block, rebuilt);
              assertEquals(block.hashCode(), rebuilt.hashCode());
              assertTrue(!block.days().isEmpty());
              assertFalse(
                  block.firstDate().isPresent()
                      && block.lastDate().isPresent()
                      && block.lastDate().get().isBefore(block.firstDate().get()));
            });
  }
}
