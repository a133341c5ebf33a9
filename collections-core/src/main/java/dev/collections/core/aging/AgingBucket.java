package dev.collections.core.aging;

import dev.collections.core.internal.Checks;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One column of an aging report: a range of ages in days, shown closed ("31-60") and stored
 * half-open ({@code [31, 61)}).
 *
 * <pre>{@code
 * AgingBucket.current();        // Current: day 0 (the due date) and earlier
 * AgingBucket.ofClosed(1, 30);  // 1-30
 * AgingBucket.from(121);        // 121+
 * AgingBucket.upTo(30).withLabel("0-30");
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the range and the label are equal.
 */
@Value.Immutable
public abstract class AgingBucket {

  AgingBucket() {}

  /**
   * Returns the label shown for the bucket, such as {@code "31-60"}.
   *
   * @return the label, not blank
   */
  public abstract String label();

  /**
   * Returns the first age in the bucket, in days.
   *
   * @return the inclusive start, or empty when the bucket is unbounded below
   */
  public abstract OptionalLong startInclusive();

  /**
   * Returns the first age after the bucket, in days.
   *
   * @return the exclusive end, or empty when the bucket is unbounded above
   */
  public abstract OptionalLong endExclusive();

  /**
   * Returns the bucket of ages from {@code first} to {@code last} days, both included, labelled
   * {@code "first-last"}.
   *
   * @param first the first age in the bucket
   * @param last the last age in the bucket, at least {@code first}
   * @return the bucket
   * @throws IllegalArgumentException if {@code last < first}
   */
  public static AgingBucket ofClosed(long first, long last) {
    if (last < first) {
      throw new IllegalArgumentException(
          "an aging bucket must not end before it starts: " + first + "-" + last);
    }
    return ImmutableAgingBucket.builder()
        .label(first + "-" + last)
        .startInclusive(first)
        .endExclusive(Math.addExact(last, 1))
        .build();
  }

  /**
   * Returns the bucket of every age of {@code first} days or more, labelled {@code "first+"}: the
   * last bucket of a scheme.
   *
   * @param first the first age in the bucket
   * @return the bucket
   */
  public static AgingBucket from(long first) {
    return ImmutableAgingBucket.builder().label(first + "+").startInclusive(first).build();
  }

  /**
   * Returns the bucket of every age up to {@code last} days, including every age below, labelled
   * {@code "Current"} when {@code last} is 0 and {@code "up to last"} otherwise.
   *
   * @param last the last age in the bucket
   * @return the bucket
   */
  public static AgingBucket upTo(long last) {
    return ImmutableAgingBucket.builder()
        .label(last == 0 ? "Current" : "up to " + last)
        .endExclusive(Math.addExact(last, 1))
        .build();
  }

  /**
   * Returns the "Current" bucket of due-date aging: the due date itself (day 0) and every day
   * before it.
   *
   * @return {@code upTo(0)}
   */
  public static AgingBucket current() {
    return upTo(0);
  }

  /**
   * Returns this bucket with another label.
   *
   * @param label the label, not blank
   * @return the relabelled bucket
   * @throws IllegalArgumentException if {@code label} is blank
   */
  public AgingBucket withLabel(String label) {
    return ((ImmutableAgingBucket) ImmutableAgingBucket.copyOf(this)).withLabel(label);
  }

  /**
   * Checks whether an age falls in this bucket.
   *
   * @param days the age in days
   * @return true if {@code days} is in the range
   */
  public boolean contains(long days) {
    return (startInclusive().isEmpty() || days >= startInclusive().getAsLong())
        && (endExclusive().isEmpty() || days < endExclusive().getAsLong());
  }

  @Value.Check
  void check() {
    Checks.identifier(label(), "bucket label");
    if (startInclusive().isPresent()
        && endExclusive().isPresent()
        && endExclusive().getAsLong() <= startInclusive().getAsLong()) {
      throw new IllegalArgumentException(
          "an aging bucket must not be empty: "
              + label()
              + " is ["
              + startInclusive().getAsLong()
              + ", "
              + endExclusive().getAsLong()
              + ")");
    }
  }

  /**
   * Returns the label and the half-open range.
   *
   * @return for example {@code "31-60 [31, 61)"}
   */
  @Override
  public String toString() {
    return label()
        + " ["
        + (startInclusive().isPresent() ? String.valueOf(startInclusive().getAsLong()) : "-inf")
        + ", "
        + (endExclusive().isPresent() ? String.valueOf(endExclusive().getAsLong()) : "+inf")
        + ")";
  }
}
