package dev.collections.core.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingSchemeTest {

  private static final AgingScheme STANDARD = AgingScheme.standard();

  private static String labelOf(long days) {
    return STANDARD.bucketOf(days).label();
  }

  @Test
  void standard_bucketEdges() {
    assertEquals("Current", labelOf(-15));
    assertEquals("Current", labelOf(0));
    assertEquals("1-30", labelOf(1));
    assertEquals("1-30", labelOf(30));
    assertEquals("31-60", labelOf(31));
    assertEquals("61-90", labelOf(90));
    assertEquals("91-120", labelOf(120));
    assertEquals("121+", labelOf(121));
    assertEquals("121+", labelOf(100_000));
    assertEquals("121+", labelOf(Long.MAX_VALUE));
    assertEquals("Current", labelOf(Long.MIN_VALUE));
  }

  @Test
  void bucket_containsItsClosedRange() {
    AgingBucket bucket = AgingBucket.ofClosed(31, 60);
    assertFalse(bucket.contains(30));
    assertTrue(bucket.contains(31));
    assertTrue(bucket.contains(60));
    assertFalse(bucket.contains(61));
    assertEquals("31-60 [31, 61)", bucket.toString());
  }

  @Test
  void firstBucketStartingAtZero_takesYoungerAges() {
    AgingScheme scheme = AgingScheme.of(List.of(AgingBucket.ofClosed(0, 30), AgingBucket.from(31)));
    assertEquals("0-30", scheme.bucketOf(-3).label());
  }

  @Test
  void gap_rejectedNamingTheBuckets() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgingScheme.of(
                    List.of(
                        AgingBucket.current(), AgingBucket.ofClosed(1, 30), AgingBucket.from(32))));
    assertEquals(
        "aging buckets must not leave a gap: 1-30 then 32+ (days 31 in no bucket)", e.getMessage());
  }

  @Test
  void overlap_rejectedNamingTheBuckets() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgingScheme.of(
                    List.of(
                        AgingBucket.current(), AgingBucket.ofClosed(1, 30), AgingBucket.from(25))));
    assertEquals("aging buckets must not overlap: 1-30 and 25+", e.getMessage());
  }

  @Test
  void unboundedBucketNotLast_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgingScheme.of(
                    List.of(AgingBucket.current(), AgingBucket.from(1), AgingBucket.from(121))));
    assertEquals(
        "only the last aging bucket may be unbounded: 1+ is followed by 121+", e.getMessage());
  }

  @Test
  void boundedLastBucket_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AgingScheme.of(List.of(AgingBucket.current(), AgingBucket.ofClosed(1, 30))));
    assertEquals(
        "the last aging bucket must be unbounded, so every age has a bucket: 1-30", e.getMessage());
  }

  @Test
  void otherBadSchemes_rejected() {
    assertEquals(
        "an aging scheme needs at least one bucket: []",
        assertThrows(IllegalArgumentException.class, () -> AgingScheme.of(List.of())).getMessage());
    assertEquals(
        "the first aging bucket must start at day 0 or before: 5+",
        assertThrows(
                IllegalArgumentException.class, () -> AgingScheme.of(List.of(AgingBucket.from(5))))
            .getMessage());
    assertEquals(
        "aging bucket labels must be distinct: X",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    AgingScheme.of(
                        List.of(
                            AgingBucket.current().withLabel("X"),
                            AgingBucket.from(1).withLabel("X"))))
            .getMessage());
    assertEquals(
        "an aging bucket must not end before it starts: 30-1",
        assertThrows(IllegalArgumentException.class, () -> AgingBucket.ofClosed(30, 1))
            .getMessage());
  }

  @Test
  void equalsAndHashCode_byBucketsAndBasis() {
    new EqualsTester()
        .addEqualityGroup(AgingScheme.standard(), AgingScheme.standard())
        .addEqualityGroup(AgingScheme.standard().withBasis(AgingBasis.INVOICE_DATE))
        .addEqualityGroup(AgingScheme.of(List.of(AgingBucket.current(), AgingBucket.from(1))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AgingBucket.ofClosed(1, 30), AgingBucket.ofClosed(1, 30))
        .addEqualityGroup(AgingBucket.ofClosed(1, 30).withLabel("1 to 30"))
        .addEqualityGroup(AgingBucket.from(1))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(
                dev.collections.core.receivable.Receivable.class, AgingReportTest.DOMAIN_1_6.get(0))
            .setDefault(java.time.LocalDate.class, java.time.LocalDate.of(2024, 3, 31));
    tester.testAllPublicStaticMethods(AgingScheme.class);
    tester.testAllPublicStaticMethods(AgingBucket.class);
    tester.testAllPublicInstanceMethods(STANDARD);
  }
}
