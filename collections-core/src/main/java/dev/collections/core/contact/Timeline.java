package dev.collections.core.contact;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Attempts in time order with their instants as primitive arrays, so that a window or a look-back
 * is two binary searches away without touching the attempts themselves.
 */
final class Timeline {

  static final Timeline EMPTY = new Timeline(ImmutableList.of());

  private final ImmutableList<ContactAttempt> attempts;

  /** Epoch seconds of the attempts, ascending. */
  private final long[] seconds;

  /** Nanoseconds within the second of the attempts, ascending within equal seconds. */
  private final int[] nanos;

  /** Builds the timeline of attempts already sorted by instant. */
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

  List<ContactAttempt> attempts() {
    return attempts;
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
