package dev.collections.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The property runner: order of cases, counts, failure reports and exact replay by seed. */
class PropertyTest {

  private String savedSeed;
  private String savedTries;

  @BeforeEach
  void saveSettings() {
    savedSeed = System.getProperty(Settings.SEED);
    savedTries = System.getProperty(Settings.TRIES);
    System.clearProperty(Settings.SEED);
    System.clearProperty(Settings.TRIES);
  }

  @AfterEach
  void restoreSettings() {
    restore(Settings.SEED, savedSeed);
    restore(Settings.TRIES, savedTries);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void check_runsEdgeCasesFirst_thenTheRandomCases() {
    List<Integer> seen = new ArrayList<>();
    Property.forAll(Gen.integers(10, 20)).withTries(50).check(seen::add);
    assertEquals(List.of(10, 20), seen.subList(0, 2));
    assertEquals(52, seen.size());
  }

  @Test
  void triesProperty_overridesTheCount() {
    System.setProperty(Settings.TRIES, "7");
    AtomicInteger count = new AtomicInteger();
    Property.forAll(Gen.integers(0, 5).withoutEdgeCases())
        .withTries(500)
        .check(v -> count.incrementAndGet());
    assertEquals(7, count.get());
  }

  @Test
  void defaultTries_isAThousandRandomCases() {
    AtomicInteger count = new AtomicInteger();
    Property.forAll(Gen.integers(0, 5).withoutEdgeCases()).check(v -> count.incrementAndGet());
    assertEquals(Property.DEFAULT_TRIES, count.get());
  }

  @Test
  void failingEdgeCase_reportsCaseAndValue_withoutSeed() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class, () -> Property.forAll(Gen.integers(0, 100)).holds(i -> i > 0));
    assertEquals(OptionalLong.empty(), failure.seed());
    assertEquals(1, failure.caseNumber());
    assertEquals("0", failure.value());
    assertTrue(
        String.valueOf(failure.getMessage()).startsWith("property failed on edge case 1 of 3"));
  }

  @Test
  void failingRandomCase_reportsSeedCaseValueAndReplayCommand() {
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gen.integers(0, 1_000_000).withoutEdgeCases())
                    .withSeed(1234)
                    .holds(i -> i % 97 != 0));
    assertEquals(OptionalLong.of(1234), failure.seed());
    assertTrue(Integer.parseInt(failure.value()) % 97 == 0);
    String message = String.valueOf(failure.getMessage());
    assertTrue(message.contains("seed 1234"), message);
    assertTrue(message.contains("value: " + failure.value()), message);
    assertTrue(
        message.endsWith("replay: -Dcollections.seed=1234 -Dcollections.tries=1000"), message);
    assertTrue(failure.getCause() instanceof AssertionError);
  }

  @Test
  void seedProperty_replaysTheSameFailureExactly() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(0, 1000), 0, 50).withoutEdgeCases();
    PropertyFailure first =
        assertThrows(
            PropertyFailure.class,
            () -> Property.forAll(gen).holds(list -> list.stream().mapToInt(i -> i).sum() < 5_000));
    System.setProperty(Settings.SEED, Long.toString(first.seed().orElseThrow()));
    PropertyFailure replay =
        assertThrows(
            PropertyFailure.class,
            () -> Property.forAll(gen).holds(list -> list.stream().mapToInt(i -> i).sum() < 5_000));
    assertEquals(first.seed(), replay.seed());
    assertEquals(first.caseNumber(), replay.caseNumber());
    assertEquals(first.value(), replay.value());
  }

  @Test
  void seedProperty_winsOverTheSeedInCode() {
    System.setProperty(Settings.SEED, "99");
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(Gen.integers(0, 10).withoutEdgeCases())
                    .withSeed(5)
                    .holds(i -> false));
    assertEquals(OptionalLong.of(99), failure.seed());
  }

  @Test
  void failingRandomCase_reportsTheShortestFailingPrefix() {
    // A list as long as the size, drawn element by element: replaying the failing case's seed at
    // smaller sizes gives its prefixes, and the shortest failing one ends at the first 5.
    Gen<List<Integer>> prefixes =
        (random, size) -> {
          List<Integer> list = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            list.add(random.nextInt(10));
          }
          return List.copyOf(list);
        };
    List<List<Integer>> failing = new ArrayList<>();
    PropertyFailure failure =
        assertThrows(
            PropertyFailure.class,
            () ->
                Property.forAll(prefixes)
                    .withSeed(7)
                    .check(
                        list -> {
                          if (list.contains(5)) {
                            failing.add(list);
                            throw new AssertionError("contains 5");
                          }
                        }));
    List<Integer> value = failing.get(0);
    List<Integer> shortest = value.subList(0, value.indexOf(5) + 1);
    if (shortest.size() < value.size()) {
      assertEquals(shortest.toString(), failure.smallerValue().orElseThrow());
    } else {
      assertEquals(java.util.Optional.empty(), failure.smallerValue());
    }
    assertEquals(value.toString(), failure.value());
  }

  @Test
  void forAllOfTwo_passesBothValues() {
    List<String> seen = new ArrayList<>();
    Property.forAll(Gen.integers(1, 2), Gen.elements("a", "b"))
        .withTries(3)
        .check((i, s) -> seen.add(i + s));
    assertEquals(List.of("1a", "2b"), seen.subList(0, 2));
    assertEquals(5, seen.size());
  }

  @Test
  void badSettings_rejected() {
    System.setProperty(Settings.TRIES, "many");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Property.forAll(Gen.constant(1).withoutEdgeCases()).holds(i -> true));
    assertEquals("collections.tries must be a whole number: many", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Property.forAll(Gen.constant(1)).withTries(-1));
  }

  @Test
  void publicMethods_rejectNulls() {
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester().setDefault(Gen.class, Gen.constant(1));
    tester.testAllPublicStaticMethods(Property.class);
    tester.testAllPublicInstanceMethods(Property.forAll(Gen.constant(1)));
    tester.testAllPublicInstanceMethods(Property.forAll(Gen.constant(1), Gen.constant(2)));
  }
}
