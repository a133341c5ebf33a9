package dev.collections.core.contact;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Attempts in time order with their instants as primitive arrays, so that a window or a look-back
 * is two binary searches away without touching the attempts themselves.
 */
final class Timeline {

  /** The order of a history: by instant, then, at the same instant, by identifier. */
  static final Comparator<ContactAttempt> CHRONOLOGICAL =
      Comparator.comparing(ContactAttempt::instant).thenComparing(ContactAttempt::id);

  static final Timeline EMPTY = new Timeline(ImmutableList.of());

  private final ImmutableList<ContactAttempt> attempts;

  /** Epoch seconds of the attempts, ascending. */
  private final long[] seconds;

  /** Nanoseconds within the second of the attempts, ascending within equal seconds. */
  private final int[] nanos;

  /** Builds the timeline of attempts already sorted {@linkplain #CHRONOLOGICAL chronologically}. */
  Timeline(ImmutableList<ContactAttempt> sorted) {
    this.attempts = sorted;
    this.seconds = new long[sorted.size()];
    this.nanos = new int[sorted.size()];
    for (int i = 0; i < seconds.length; i++) {
      Instant instant = sorted.get(i).instant();
      seconds[i] = instant.getEpochSecond();
      nanos[i] = instant.getNano();
    }
  }

  private Timeline(ImmutableList<ContactAttempt> attempts, long[] seconds, int[] nanos) {
    this.attempts = attempts;
    this.seconds = seconds;
    this.nanos = nanos;
  }

  List<ContactAttempt> attempts() {
    return attempts;
  }

  /**
   * This timeline with one more attempt at its place, found by binary search: O(log n) comparisons
   * and three array copies. The attempt's identifier must not be in the timeline.
   */
  Timeline plus(ContactAttempt attempt) {
    int at = insertionPoint(attempts, attempt);
    int size = seconds.length;
    long[] newSeconds = new long[size + 1];
    int[] newNanos = new int[size + 1];
    System.arraycopy(seconds, 0, newSeconds, 0, at);
    System.arraycopy(nanos, 0, newNanos, 0, at);
    Instant instant = attempt.instant();
    newSeconds[at] = instant.getEpochSecond();
    newNanos[at] = instant.getNano();
    System.arraycopy(seconds, at, newSeconds, at + 1, size - at);
    System.arraycopy(nanos, at, newNanos, at + 1, size - at);
    return new Timeline(inserted(attempts, at, attempt), newSeconds, newNanos);
  }

  /**
   * A sorted list with one more attempt at its place, found by binary search; the attempt's
   * identifier must not be in the list.
   */
  static ImmutableList<ContactAttempt> inserted(
      ImmutableList<ContactAttempt> sorted, ContactAttempt attempt) {
    return inserted(sorted, insertionPoint(sorted, attempt), attempt);
  }

  /** Where the attempt goes in the sorted list, which has no attempt with its identifier. */
  private static int insertionPoint(List<ContactAttempt> sorted, ContactAttempt attempt) {
    // Not found, since the identifiers are distinct: binarySearch returns -(insertion point) - 1.
    return -(Collections.binarySearch(sorted, attempt, CHRONOLOGICAL) + 1);
  }

  private static ImmutableList<ContactAttempt> inserted(
      ImmutableList<ContactAttempt> list, int at, ContactAttempt attempt) {
    ContactAttempt[] old = list.toArray(new ContactAttempt[0]);
    ContactAttempt[] grown = new ContactAttempt[old.length + 1];
    System.arraycopy(old, 0, grown, 0, at);
    grown[at] = attempt;
    System.arraycopy(old, at, grown, at + 1, old.length - at);
    return ImmutableList.copyOf(grown);
  }

  /**
   * The number of attempts from {@code (startSecond, startNano)} inclusive to the end exclusive.
   */
  int count(long startSecond, int startNano, long endSecond, int endNano) {
    return firstAtOrAfter(endSecond, endNano) - firstAtOrAfter(startSecond, startNano);
  }

  /** The attempts from {@code startInclusive} to {@code endExclusive}, not before it. */
  List<ContactAttempt> between(Instant startInclusive, Instant endExclusive) {
    int from = firstAtOrAfter(startInclusive.getEpochSecond(), startInclusive.getNano());
    int to = firstAtOrAfter(endExclusive.getEpochSecond(), endExclusive.getNano());
    return attempts.subList(from, to);
  }

  /** The last attempt at or before {@code asOf}. */
  Optional<ContactAttempt> lastAtOrBefore(Instant asOf) {
    long second = asOf.getEpochSecond();
    int nano = asOf.getNano();
    int low = 0;
    int high = seconds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (seconds[mid] < second || (seconds[mid] == second && nanos[mid] <= nano)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low == 0 ? Optional.empty() : Optional.of(attempts.get(low - 1));
  }

  /** The position of the first attempt at or after the instant, or the size if none is. */
  private int firstAtOrAfter(long second, int nano) {
    int low = 0;
    int high = seconds.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (seconds[mid] < second || (seconds[mid] == second && nanos[mid] < nano)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
