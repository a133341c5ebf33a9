package dev.collections.core.aging;

import dev.collections.core.receivable.Receivable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The columns of an aging report: ordered buckets that tile the day axis, and the {@link
 * AgingBasis} ages are counted from.
 *
 * <p>The buckets must be contiguous (each starts where the one before ends), may not overlap, must
 * have distinct labels, and only the last may be unbounded above, as it must be. The first bucket
 * also takes every age below its start, so an item not yet due (a negative age) always has a
 * bucket. The standard scheme is Current / 1-30 / 31-60 / 61-90 / 91-120 / 121+ by due date.
 *
 * <pre>{@code
 * AgingScheme scheme = AgingScheme.standard();
 * scheme.bucketOf(31).label(); // "31-60"
 * AgingScheme byInvoice = AgingScheme.of(List.of(
 *         AgingBucket.upTo(30).withLabel("0-30"), AgingBucket.ofClosed(31, 60),
 *         AgingBucket.ofClosed(61, 90), AgingBucket.ofClosed(91, 120), AgingBucket.from(121)))
 *     .withBasis(AgingBasis.INVOICE_DATE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgingScheme {

  AgingScheme() {}

  /**
   * Returns the buckets, in increasing order of age.
   *
   * @return at least one bucket
   */
  public abstract List<AgingBucket> buckets();

  /**
   * Returns the date ages are counted from.
   *
   * @return the basis; due date unless set otherwise
   */
  @Value.Default
  public AgingBasis basis() {
    return AgingBasis.DUE_DATE;
  }

  /** The bucket lookup, built once. */
  @Value.Derived
  @Value.Auxiliary
  BucketTable table() {
    return new BucketTable(buckets());
  }

  /**
   * Finds the bucket of an age: by table for the ages that matter most (a year before the due date
   * to about eleven years after), by binary search over the bucket starts otherwise. Never exposed,
   * so never copied; never allocates.
   */
  static final class BucketTable {
    private static final int FIRST_DAY = -366;
    private static final int DAYS = 4_096;

    private final long[] starts;
    private final byte[] indexes = new byte[DAYS];

    BucketTable(List<AgingBucket> buckets) {
      // Built before the scheme is checked: it must not fail on a bad (even empty) scheme.
      starts = new long[Math.max(1, buckets.size())];
      for (int i = 0; i < buckets.size(); i++) {
        starts[i] = buckets.get(i).startInclusive().orElse(Long.MIN_VALUE);
      }
      starts[0] = Long.MIN_VALUE;
      for (int day = 0; day < DAYS; day++) {
        indexes[day] = (byte) search(day + FIRST_DAY);
      }
    }

    int indexOf(long days) {
      long offset = days - FIRST_DAY;
      return offset >= 0 && offset < DAYS ? indexes[(int) offset] : search(days);
    }

    /** The last bucket whose start is at or before {@code days}. */
    private int search(long days) {
      int low = 0;
      int high = starts.length - 1;
      while (low < high) {
        int mid = (low + high + 1) >>> 1;
        if (starts[mid] <= days) {
          low = mid;
        } else {
          high = mid - 1;
        }
      }
      return low;
    }
  }

  /**
   * Returns the standard six-column scheme by due date: Current (day 0 and earlier), 1-30, 31-60,
   * 61-90, 91-120, 121+.
   *
   * @return the standard scheme
   */
  public static AgingScheme standard() {
    return of(
        List.of(
            AgingBucket.current(),
            AgingBucket.ofClosed(1, 30),
            AgingBucket.ofClosed(31, 60),
            AgingBucket.ofClosed(61, 90),
            AgingBucket.ofClosed(91, 120),
            AgingBucket.from(121)));
  }

  /**
   * Returns a scheme of the given buckets, aged by due date.
   *
   * @param buckets the buckets in increasing order of age: contiguous, not overlapping, with
   *     distinct labels, the last unbounded above and no other, at most 127
   * @return the scheme
   * @throws IllegalArgumentException if the buckets break a rule; the message names the offending
   *     buckets
   */
  public static AgingScheme of(List<AgingBucket> buckets) {
    return ImmutableAgingScheme.builder().addAllBuckets(buckets).build();
  }

  /**
   * Returns this scheme counting ages from another date.
   *
   * @param basis the basis
   * @return the changed scheme
   */
  public AgingScheme withBasis(AgingBasis basis) {
    return ((ImmutableAgingScheme) ImmutableAgingScheme.copyOf(this)).withBasis(basis);
  }

  /**
   * Returns the position of the bucket an age falls in.
   *
   * @param days the age in days; ages below the first bucket fall in it
   * @return the index in {@link #buckets()}
   */
  public int bucketIndexOf(long days) {
    return table().indexOf(days);
  }

  /**
   * Returns the bucket an age falls in.
   *
   * @param days the age in days; ages below the first bucket fall in it
   * @return the bucket
   */
  public AgingBucket bucketOf(long days) {
    return buckets().get(bucketIndexOf(days));
  }

  /**
   * Returns the age of a receivable on a date under this scheme's basis: days past due, or days
   * since issue.
   *
   * @param receivable the receivable
   * @param asOf the date
   * @return the age in days; negative before the due (or issue) date
   */
  public long ageOf(Receivable receivable, LocalDate asOf) {
    Objects.requireNonNull(receivable, "receivable");
    return basis() == AgingBasis.DUE_DATE
        ? receivable.daysPastDue(asOf)
        : receivable.daysSinceIssue(asOf);
  }

  @Value.Check
  void check() {
    List<AgingBucket> buckets = buckets();
    if (buckets.isEmpty()) {
      throw new IllegalArgumentException("an aging scheme needs at least one bucket: []");
    }
    if (buckets.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException(
          "an aging scheme has at most 127 buckets: " + buckets.size());
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < buckets.size(); i++) {
      AgingBucket bucket = buckets.get(i);
      if (!labels.add(bucket.label())) {
        throw new IllegalArgumentException(
            "aging bucket labels must be distinct: " + bucket.label());
      }
      boolean last = i == buckets.size() - 1;
      if (!last && bucket.endExclusive().isEmpty()) {
        throw new IllegalArgumentException(
            "only the last aging bucket may be unbounded: "
                + bucket.label()
                + " is followed by "
                + buckets.get(i + 1).label());
      }
      if (last && bucket.endExclusive().isPresent()) {
        throw new IllegalArgumentException(
            "the last aging bucket must be unbounded, so every age has a bucket: "
                + bucket.label());
      }
      if (i > 0) {
        checkAdjacent(buckets.get(i - 1), bucket);
      }
    }
    if (buckets.get(0).startInclusive().isPresent()
        && buckets.get(0).startInclusive().getAsLong() > 0) {
      throw new IllegalArgumentException(
          "the first aging bucket must start at day 0 or before: " + buckets.get(0).label());
    }
  }

  private static void checkAdjacent(AgingBucket previous, AgingBucket bucket) {
    if (bucket.startInclusive().isEmpty()) {
      throw new IllegalArgumentException(
          "only the first aging bucket may be unbounded below: "
              + bucket.label()
              + " follows "
              + previous.label());
    }
    long end = previous.endExclusive().orElseThrow();
    long start = bucket.startInclusive().getAsLong();
    if (start < end) {
      throw new IllegalArgumentException(
          "aging buckets must not overlap: " + previous.label() + " and " + bucket.label());
    }
    if (start > end) {
      throw new IllegalArgumentException(
          "aging buckets must not leave a gap: "
              + previous.label()
              + " then "
              + bucket.label()
              + " (days "
              + end
              + (start - 1 == end ? "" : " to " + (start - 1))
              + " in no bucket)");
    }
  }
}
