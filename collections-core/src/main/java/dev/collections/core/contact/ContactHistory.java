package dev.collections.core.contact;

import com.google.common.collect.ImmutableList;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.receivable.ReceivableId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The contact attempts known for a portfolio, a debtor or a person, sorted once by instant and
 * indexed for the look-backs the contact rules make: by person, by debt, by channel, by window, and
 * per person and debt the calls counted toward 12 CFR 1006.14(b) and the conversations.
 *
 * <p>A <em>counted call</em> to a person about a debt is an outbound telephone call ({@link
 * Channel#CALL} or {@link Channel#RINGLESS_VOICEMAIL}) that {@linkplain
 * ContactAttempt#isConnected() connected}, made to that person, whose {@linkplain
 * ContactAttempt#countedDebts() counted debts} include the debt. The history applies no exclusion
 * that needs judgement: calls with the person's prior consent (1006.14(b)(3)(i)), calls to the
 * roles of 1006.14(b)(3)(iii) and misdirected calls are left to collections-rules, which can read
 * every attempt.
 *
 * <p>Windows of days are local: {@link #countedCallCount(PersonId, ReceivableId, LocalDate, ZoneId,
 * int)} counts from the start of the first day to the start of the day after the last, each
 * computed with the zone's rules, so a day of 23 or 25 hours, or one that starts at 01:00 because
 * midnight was skipped, is counted exactly.
 *
 * <pre>{@code
 * ContactHistory history = ContactHistory.of(attempts);
 * PersonId consumer = PersonId.of("P-1");
 * ReceivableId card = ReceivableId.of("R-1");
 * ZoneId zone = ZoneId.of("America/New_York");
 * int lastSevenDays = history.countedCallCountInSevenDays(consumer, card, LocalDate.of(2020, 4, 7), zone);
 * Optional<ContactAttempt> talk = history.lastConversation(consumer, card, Instant.parse("2020-08-20T15:00:00Z"));
 * history = history.withAttempt(nextCall); // the dialer's next call, counted at once
 * }</pre>
 *
 * <p>Costs, for a history of n attempts: {@link #of(Collection)} sorts once, O(n log n), and the
 * history indexes its attempts on the first query, O(n), once, whichever thread asks first. {@link
 * #withAttempt(ContactAttempt)}, the way a dialer records attempts one by one, neither sorts nor
 * indexes again: it inserts the attempt at its place, found by binary search, and extends this
 * history's index (built first if no query has built it yet) by copying only the lists the attempt
 * joins and the maps that lead to them, O(log n) comparisons and O(n) copying, and the new history
 * answers at once. {@link #withAttempts(Collection)} adds a batch with one sort. Every count and
 * look-back is O(log n) and allocates nothing but its result. Immutable and thread-safe; two
 * histories are equal when they hold equal attempts, however they were built. {@code toString}
 * summarizes, listing no attempt.
 */
@Value.Immutable
public abstract class ContactHistory {

  /**
   * The length in days of the call-frequency windows of 12 CFR 1006.14(b)(2): seven consecutive
   * days.
   */
  public static final int CALL_FREQUENCY_DAYS = 7;

  private static final long SECONDS_PER_DAY = 86_400;

  ContactHistory() {}

  /**
   * Returns every attempt, in time order; attempts at the same instant are ordered by identifier.
   *
   * @return the attempts
   */
  @Value.Parameter
  public abstract List<ContactAttempt> attempts();

  /**
   * The index of the history this one was appended to, extended by the attempt appended, set by
   * {@link #withAttempt(ContactAttempt)} so that this history need not index its attempts again;
   * empty for a history built at once. The generated copy methods would keep it beside other
   * attempts, so a history with other attempts is always built anew.
   */
  @Value.Auxiliary
  abstract Optional<ContactIndex> extendedIndex();

  /** The attempts indexed, on the first query: the extended index, or a new one. */
  @Value.Lazy
  ContactIndex index() {
    return extendedIndex().orElseGet(() -> ContactIndex.of(ImmutableList.copyOf(attempts())));
  }

  /**
   * Returns the history with no attempt.
   *
   * @return the empty history
   */
  public static ContactHistory empty() {
    return ImmutableContactHistory.of(List.of());
  }

  /**
   * Returns the history of the given attempts, in whatever order they come.
   *
   * @param attempts the attempts, with distinct identifiers
   * @return the history
   * @throws IllegalArgumentException if two attempts have the same identifier
   * @throws NullPointerException if {@code attempts} or an attempt is null
   */
  public static ContactHistory of(Collection<ContactAttempt> attempts) {
    List<ContactAttempt> sorted = new ArrayList<>(attempts.size());
    Set<ContactAttemptId> ids = new HashSet<>();
    for (ContactAttempt attempt : attempts) {
      if (!ids.add(Objects.requireNonNull(attempt, "attempt").id())) {
        throw new IllegalArgumentException("contact attempt ids must be unique: " + attempt.id());
      }
      sorted.add(attempt);
    }
    sorted.sort(Timeline.CHRONOLOGICAL);
    return ImmutableContactHistory.of(sorted);
  }

  /**
   * Returns this history with one more attempt, at its place in time order, whenever it was made.
   * The attempt is inserted by binary search and this history's index, built first if no query has
   * built it yet, is extended rather than rebuilt, so that the new history answers queries at once:
   * O(log n) comparisons and O(n) array copies, where building the history anew would sort and
   * index all n attempts again.
   *
   * @param attempt the attempt, with an identifier not yet in the history
   * @return the new history, equal to {@code ContactHistory.of} its attempts; this one is unchanged
   * @throws IllegalArgumentException if the history already has an attempt with that identifier
   * @throws NullPointerException if {@code attempt} is null
   */
  public ContactHistory withAttempt(ContactAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    ContactIndex extended = index().plus(attempt);
    return ((ImmutableContactHistory) ImmutableContactHistory.of(extended.all().attempts()))
        .withExtendedIndex(extended);
  }

  /**
   * Returns this history with a batch of attempts, in whatever order they come, such as a day of
   * dialling recorded at once. The attempts are sorted once and merged into this history's, which
   * are in order already, so the cost is close to O(n + m log m) for m attempts; the new history
   * indexes its attempts on its first query. To record attempts one at a time, use {@link
   * #withAttempt(ContactAttempt)}.
   *
   * @param attempts the attempts to add, with identifiers distinct from one another and from the
   *     history's
   * @return the new history, equal to {@code ContactHistory.of} all the attempts; this one is
   *     unchanged
   * @throws IllegalArgumentException if two attempts, in the batch or in the history, have the same
   *     identifier
   * @throws NullPointerException if {@code attempts} or an attempt is null
   */
  public ContactHistory withAttempts(Collection<ContactAttempt> attempts) {
    Objects.requireNonNull(attempts, "attempts");
    List<ContactAttempt> all = new ArrayList<>(attempts().size() + attempts.size());
    all.addAll(attempts());
    all.addAll(attempts);
    return of(all);
  }

  /**
   * Returns the attempts with a person, reached or sought, in either direction, in time order.
   *
   * @param person the person
   * @return the attempts, possibly empty
   */
  public List<ContactAttempt> attemptsWith(PersonId person) {
    return index().withPerson(Objects.requireNonNull(person, "person"));
  }

  /**
   * Returns the attempts about a debt, discussed or allocated, in time order.
   *
   * @param debt the debt
   * @return the attempts, possibly empty
   */
  public List<ContactAttempt> attemptsAbout(ReceivableId debt) {
    return index().aboutDebt(Objects.requireNonNull(debt, "debt"));
  }

  /**
   * Returns the attempts on a channel, in time order.
   *
   * @param channel the channel
   * @return the attempts, possibly empty
   */
  public List<ContactAttempt> attemptsVia(Channel channel) {
    return index().viaChannel(Objects.requireNonNull(channel, "channel"));
  }

  /**
   * Returns the attempts made in a window of instants, in time order.
   *
   * @param startInclusive the first instant of the window
   * @param endExclusive the instant after the window, not before {@code startInclusive}
   * @return the attempts at or after {@code startInclusive} and before {@code endExclusive}
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public List<ContactAttempt> attemptsBetween(Instant startInclusive, Instant endExclusive) {
    checkWindow(startInclusive, endExclusive);
    return index().all().between(startInclusive, endExclusive);
  }

  /**
   * Returns the calls counted toward a person and a debt, in time order: outbound telephone calls
   * to the person that connected and count toward the debt. The rules read them to find, say, the
   * seventh most recent.
   *
   * @param person the person called
   * @param debt the particular debt
   * @return the counted calls, possibly empty
   */
  public List<ContactAttempt> countedCalls(PersonId person, ReceivableId debt) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(debt, "debt");
    return index().countedCalls(person, debt).attempts();
  }

  /**
   * Returns the telephone conversations with a person about a debt, in either direction, in time
   * order.
   *
   * @param person the person
   * @param debt the particular debt
   * @return the conversations, possibly empty
   */
  public List<ContactAttempt> conversations(PersonId person, ReceivableId debt) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(debt, "debt");
    return index().conversations(person, debt).attempts();
  }

  /**
   * Counts the calls counted toward a person and a debt in a window of instants.
   *
   * @param person the person called
   * @param debt the particular debt
   * @param startInclusive the first instant of the window
   * @param endExclusive the instant after the window, not before {@code startInclusive}
   * @return the number of counted calls at or after {@code startInclusive} and before {@code
   *     endExclusive}
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public int countedCallCountBetween(
      PersonId person, ReceivableId debt, Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(debt, "debt");
    checkWindow(startInclusive, endExclusive);
    return index()
        .countedCalls(person, debt)
        .count(
            startInclusive.getEpochSecond(),
            startInclusive.getNano(),
            endExclusive.getEpochSecond(),
            endExclusive.getNano());
  }

  /**
   * Counts the calls counted toward a person and a debt on a run of local days ending on a date:
   * the dates {@code lastDate - (days - 1)} to {@code lastDate}, both inclusive, as they fall in
   * {@code zone}. The window runs from the start of its first day to the start of the day after
   * {@code lastDate}, each computed with the zone's rules, so daylight-saving days are counted
   * exactly.
   *
   * @param person the person called
   * @param debt the particular debt
   * @param lastDate the last date of the window
   * @param zone the zone whose calendar defines the days, such as the consumer's
   * @param days the number of days in the window, at least 1
   * @return the number of counted calls on those days
   * @throws IllegalArgumentException if {@code days} is less than 1
   * @throws java.time.DateTimeException if the window reaches past the dates {@link LocalDate}
   *     supports
   */
  public int countedCallCount(
      PersonId person, ReceivableId debt, LocalDate lastDate, ZoneId zone, int days) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(debt, "debt");
    Objects.requireNonNull(lastDate, "lastDate");
    Objects.requireNonNull(zone, "zone");
    if (days < 1) {
      throw new IllegalArgumentException("a window must be at least one day long: " + days);
    }
    long lastDay = lastDate.toEpochDay();
    long start = startOfDay(lastDay - (days - 1), zone);
    long end = startOfDay(lastDay + 1, zone);
    return index().countedCalls(person, debt).count(start, 0, end, 0);
  }

  /**
   * Counts the calls counted toward a person and a debt on the seven local days ending on a date,
   * the window of 12 CFR 1006.14(b)(2)(i)(A): {@code countedCallCount(person, debt, lastDate, zone,
   * 7)}.
   *
   * @param person the person called
   * @param debt the particular debt
   * @param lastDate the last of the seven dates
   * @param zone the zone whose calendar defines the days
   * @return the number of counted calls on those days
   * @throws java.time.DateTimeException if the window reaches past the dates {@link LocalDate}
   *     supports
   */
  public int countedCallCountInSevenDays(
      PersonId person, ReceivableId debt, LocalDate lastDate, ZoneId zone) {
    return countedCallCount(person, debt, lastDate, zone, CALL_FREQUENCY_DAYS);
  }

  /**
   * Returns the most recent telephone conversation with a person about a debt at or before an
   * instant, in either direction: the start of the seven-day period of 1006.14(b)(2)(i)(B).
   *
   * @param person the person
   * @param debt the particular debt
   * @param asOf the latest instant considered, inclusive
   * @return the conversation, or empty if there was none
   */
  public Optional<ContactAttempt> lastConversation(
      PersonId person, ReceivableId debt, Instant asOf) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(debt, "debt");
    Objects.requireNonNull(asOf, "asOf");
    return index().conversations(person, debt).lastAtOrBefore(asOf);
  }

  /**
   * Returns the number of attempts and the instants of the first and the last.
   *
   * @return for example {@code ContactHistory{attempts=2, first=2020-04-01T14:00:00Z,
   *     last=2020-04-02T14:00:00Z}}
   */
  @Override
  public String toString() {
    List<ContactAttempt> attempts = attempts();
    if (attempts.isEmpty()) {
      return "ContactHistory{attempts=0}";
    }
    return "ContactHistory{attempts="
        + attempts.size()
        + ", first="
        + attempts.get(0).instant()
        + ", last="
        + attempts.get(attempts.size() - 1).instant()
        + "}";
  }

  private static void checkWindow(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endExclusive must not be before startInclusive: "
              + startInclusive
              + " then "
              + endExclusive);
    }
  }

  /**
   * The first instant, in epoch seconds, of a local date in a zone, as {@link
   * LocalDate#atStartOfDay(ZoneId)} gives it but without building a {@code ZonedDateTime}: local
   * midnight at its earlier offset when it occurs twice, the end of the gap when it is skipped.
   */
  private static long startOfDay(long epochDay, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    LocalDateTime midnight = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.MIDNIGHT);
    List<ZoneOffset> offsets = rules.getValidOffsets(midnight);
    if (offsets.isEmpty()) {
      return rules.getTransition(midnight).toEpochSecond();
    }
    return epochDay * SECONDS_PER_DAY - offsets.get(0).getTotalSeconds();
  }
}
