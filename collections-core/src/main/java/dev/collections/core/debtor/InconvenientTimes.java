package dev.collections.core.debtor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person told the collector, or the creditor's file notes say, that some times are inconvenient
 * for communicating with them (12 CFR 1006.6(b)(1)(i); comment 6(b)(1)-1).
 *
 * <p>The designation is one or more {@link BlockedTime blocked times}, read in {@link #zone()} when
 * the person named one ("3 to 5 p.m. Eastern") or else in the person's local time: a caller then
 * passes the local time at each place the consumer may be. It binds from {@link #knownAt()} until
 * the person says the times are no longer inconvenient, {@link #liftedAt()}, exclusive. The default
 * inconvenient hours before 8 a.m. and after 9 p.m. are not designations; the rules apply them. The
 * exceptions for a consumer who initiates contact at a designated time, or consents to it, are for
 * the rules.
 *
 * <pre>{@code
 * InconvenientTimes weekdays = InconvenientTimes.builder()
 *     .personId(PersonId.of("D-1"))
 *     .addBlock(BlockedTime.ofWeekly(
 *         EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(15, 0), LocalTime.of(17, 0)))
 *     .addBlock(BlockedTime.ofWholeDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)))
 *     .source(DesignationSource.CONSUMER)
 *     .knownAt(Instant.parse("2020-04-01T14:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InconvenientTimes extends StatusEvent {

  InconvenientTimes() {}

  /**
   * Returns the person for whom the times are inconvenient: the debtor or one of its persons.
   *
   * @return the person's identifier
   */
  public abstract PersonId personId();

  /**
   * Returns the blocked times; a time is inconvenient when any of them contains it.
   *
   * @return at least one blocked time
   */
  public abstract List<BlockedTime> blocks();

  /**
   * Returns the zone the person named for the times.
   *
   * @return the zone, or empty when the times are the person's local time wherever they are
   */
  public abstract Optional<ZoneId> zone();

  /**
   * Returns where the collector learned of the designation.
   *
   * @return the source
   */
  public abstract DesignationSource source();

  /**
   * Returns the instant the person said the times are no longer inconvenient; the designation is
   * over from that instant.
   *
   * @return the end, not before {@link #knownAt()}; empty while the designation lasts
   */
  public abstract Optional<Instant> liftedAt();

  /**
   * Returns a builder of inconvenient-time designations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link InconvenientTimes}: at least one block with {@code addBlock}; the zone and the
   * end are optional.
   */
  public static final class Builder extends ImmutableInconvenientTimes.Builder {
    Builder() {}
  }

  /**
   * Returns this designation, lifted at an instant.
   *
   * @param liftedAt the instant the person lifted it, not before {@link #knownAt()}
   * @return the changed designation
   * @throws IllegalArgumentException if {@code liftedAt} is before {@link #knownAt()}
   * @throws NullPointerException if {@code liftedAt} is null
   */
  public InconvenientTimes withLiftedAt(Instant liftedAt) {
    return ((ImmutableInconvenientTimes) ImmutableInconvenientTimes.copyOf(this))
        .withLiftedAt(liftedAt);
  }

  /**
   * Checks whether a moment is among the designated times. With a {@link #zone()}, the moment is
   * converted to that zone first, so any zone gives the same answer for the same instant; without
   * one, the moment's own local date and time are read, and the caller passes the time at the place
   * the person may be. Whether the designation is in force is {@link #isInForceAt(Instant)}'s
   * question, not this one's.
   *
   * @param localTime the moment, in the zone of a place the person may be
   * @return true if a blocked time contains it
   * @throws NullPointerException if {@code localTime} is null
   */
  public boolean isInconvenient(ZonedDateTime localTime) {
    Objects.requireNonNull(localTime, "localTime");
    LocalDateTime local =
        zone()
            .map(z -> localTime.withZoneSameInstant(z).toLocalDateTime())
            .orElseGet(localTime::toLocalDateTime);
    for (BlockedTime block : blocks()) {
      if (block.contains(local)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@link StatusEventKind#INCONVENIENT_TIMES}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.INCONVENIENT_TIMES;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return Events.notEndedAt(liftedAt(), instant);
  }

  @Override
  Set<PersonId> namedPersons() {
    return Set.of(personId());
  }

  @Value.Check
  void check() {
    if (blocks().isEmpty()) {
      throw new IllegalArgumentException(
          "an inconvenient-time designation needs at least one blocked time: " + blocks());
    }
    Events.requireNotBefore(
        liftedAt(), knownAt(), "an inconvenient-time designation must not end before it is known");
  }
}
