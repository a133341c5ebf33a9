package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.debtor.AttorneyRepresentation;
import dev.collections.core.debtor.Consent;
import dev.collections.core.debtor.Dispute;
import dev.collections.core.debtor.InconvenientPlace;
import dev.collections.core.debtor.InconvenientTimes;
import dev.collections.core.debtor.MediumOptOut;
import dev.collections.core.debtor.StatusEvent;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every status event round-trips through its builder and is in force over [known, end). */
class StatusEventPropertiesTest {

  private static final Gen<StatusEvent> EVENTS =
      DebtorGens.debtors().flatMap(DebtorGens::statusEvents);

  record Timed(StatusEvent event, long seconds) {}

  private static final Gen<Timed> TIMED =
      Gen.zip(EVENTS, Gen.longs(0, 5L * 366 * 86_400), Timed::new);

  @Test
  void everyEvent_roundTripsThroughItsBuilder() {
    Property.forAll(EVENTS)
        .check(
            event -> {
              StatusEvent rebuilt = Rebuild.event(event);
              assertEquals(event, rebuilt);
              assertEquals(event.hashCode(), rebuilt.hashCode());
              assertEquals(event.kind(), rebuilt.kind());
            });
  }

  @Test
  void isInForceAt_neverBeforeKnown() {
    Property.forAll(TIMED)
        .check(
            t -> {
              Instant before = t.event().knownAt().minusSeconds(t.seconds()).minusNanos(1);
              assertFalse(t.event().isInForceAt(before));
            });
  }

  @Test
  void isInForceAt_untilTheEndExclusive() {
    Property.forAll(TIMED)
        .check(
            t -> {
              StatusEvent event = t.event();
              Instant at = event.knownAt().plusSeconds(t.seconds());
              Optional<Instant> end = end(event);
              Instant start =
                  event instanceof Consent consent ? consent.startAt() : event.knownAt();
              boolean expected = !at.isBefore(start) && end.map(at::isBefore).orElse(true);
              assertEquals(expected, event.isInForceAt(at), at.toString());
              end.ifPresent(e -> assertFalse(event.isInForceAt(e)));
            });
  }

  @Test
  void endingAnOpenEvent_changesNothingBeforeTheEnd() {
    Property.forAll(TIMED)
        .check(
            t -> {
              StatusEvent event = t.event();
              Instant end = event.knownAt().plusSeconds(t.seconds());
              Optional<StatusEvent> ended = endedAt(event, end);
              if (ended.isEmpty()) {
                return;
              }
              StatusEvent closed = ended.get();
              assertFalse(closed.isInForceAt(end));
              assertEquals(event.knownAt(), closed.knownAt());
              Instant justBefore = end.minusNanos(1);
              if (!justBefore.isBefore(event.knownAt())) {
                assertEquals(event.isInForceAt(justBefore), closed.isInForceAt(justBefore));
              }
            });
  }

  /** The earliest end of an event, if it has one. */
  private static Optional<Instant> end(StatusEvent event) {
    if (event instanceof AttorneyRepresentation r) {
      return r.withdrawnAt();
    }
    if (event instanceof Dispute d) {
      return d.resolvedAt();
    }
    if (event instanceof InconvenientTimes t) {
      return t.liftedAt();
    }
    if (event instanceof InconvenientPlace p) {
      return p.liftedAt();
    }
    if (event instanceof MediumOptOut o) {
      return o.revokedAt();
    }
    if (event instanceof Consent c) {
      if (c.endAt().isPresent() && c.revokedAt().isPresent()) {
        return Optional.of(
            c.endAt().get().isBefore(c.revokedAt().get()) ? c.endAt().get() : c.revokedAt().get());
      }
      return c.endAt().or(c::revokedAt);
    }
    return Optional.empty();
  }

  /** The event ended at an instant by its own {@code with} method, if it has one and is open. */
  private static Optional<StatusEvent> endedAt(StatusEvent event, Instant end) {
    if (event instanceof AttorneyRepresentation r && r.withdrawnAt().isEmpty()) {
      return Optional.of(r.withWithdrawnAt(end));
    }
    if (event instanceof Dispute d && d.resolvedAt().isEmpty()) {
      return Optional.of(d.withResolvedAt(end));
    }
    if (event instanceof InconvenientTimes t && t.liftedAt().isEmpty()) {
      return Optional.of(t.withLiftedAt(end));
    }
    if (event instanceof InconvenientPlace p && p.liftedAt().isEmpty()) {
      return Optional.of(p.withLiftedAt(end));
    }
    if (event instanceof MediumOptOut o && o.revokedAt().isEmpty()) {
      return Optional.of(o.withRevokedAt(end));
    }
    if (event instanceof Consent c && c.revokedAt().isEmpty()) {
      return Optional.of(c.withRevokedAt(end));
    }
    return Optional.empty();
  }

  @Test
  void generatedEvents_coverEveryKind() {
    java.util.EnumSet<dev.collections.core.debtor.StatusEventKind> seen =
        java.util.EnumSet.noneOf(dev.collections.core.debtor.StatusEventKind.class);
    Property.forAll(EVENTS).check(e -> seen.add(e.kind()));
    assertTrue(
        seen.containsAll(
            java.util.EnumSet.allOf(dev.collections.core.debtor.StatusEventKind.class)),
        seen.toString());
  }
}
