package dev.collections.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GenTest {

  private static <T> List<T> draw(Gen<T> gen, long seed, int count) {
    RandomGenerator random = new SplittableRandom(seed);
    List<T> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(gen.next(random, Gen.MAX_SIZE));
    }
    return values;
  }

  @Test
  void next_sameSeed_sameValues() {
    Gen<List<Long>> gen = Gen.listOf(Gen.longs(-1_000_000, 1_000_000), 0, 20);
    assertEquals(draw(gen, 42, 50), draw(gen, 42, 50));
    assertNotEquals(draw(gen, 42, 50), draw(gen, 43, 50));
  }

  @Test
  void integers_stayInRange_andHitBothEnds() {
    List<Integer> values = draw(Gen.integers(-3, 3), 1, 2_000);
    assertTrue(values.stream().allMatch(v -> v >= -3 && v <= 3));
    assertTrue(values.contains(-3));
    assertTrue(values.contains(3));
    assertEquals(List.of(-3, 3, -1, 0, 1), Gen.integers(-3, 3).edgeCases());
  }

  @Test
  void longs_fullRangeAndTopEdge_work() {
    assertEquals(
        List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L),
        Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE).edgeCases());
    List<Long> top = draw(Gen.longs(Long.MAX_VALUE - 2, Long.MAX_VALUE), 3, 500);
    assertTrue(top.stream().allMatch(v -> v >= Long.MAX_VALUE - 2));
    assertEquals(3, new HashSet<>(top).size());
  }

  @Test
  void longs_reversedRange_rejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Gen.longs(5, 4));
    assertEquals("max must not be less than min: 5 then 4", e.getMessage());
  }

  @Test
  void map_mapsValuesAndEdgeCases() {
    Gen<Integer> doubled = Gen.integers(0, 10).map(i -> i * 2);
    assertEquals(List.of(0, 20, 2), doubled.edgeCases());
    assertTrue(draw(doubled, 5, 200).stream().allMatch(v -> v % 2 == 0 && v <= 20));
  }

  @Test
  void flatMap_dependentValues_andEdgeCasesOfEachEdge() {
    Gen<List<Integer>> gen = Gen.integers(1, 3).flatMap(n -> Gen.listOf(Gen.constant(n), n, n));
    for (List<Integer> list : draw(gen, 9, 200)) {
      assertEquals(list.size(), (int) list.get(0));
    }
    assertTrue(gen.edgeCases().contains(List.of(3, 3, 3)));
  }

  @Test
  void filter_keepsMatching_andFailsClearlyWhenImpossible() {
    assertTrue(
        draw(Gen.integers(0, 100).filter(i -> i % 7 == 0), 2, 200).stream()
            .allMatch(i -> i % 7 == 0));
    Gen<Integer> impossible = Gen.integers(0, 10).filter(i -> i > 10);
    assertEquals(List.of(), impossible.edgeCases());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> impossible.next(new SplittableRandom(1), 10));
    assertTrue(String.valueOf(e.getMessage()).startsWith("filter rejected 1000 values in a row"));
  }

  @Test
  void elementsAndEnums_edgeCases() {
    assertEquals(List.of("a", "c"), Gen.elements("a", "b", "c").edgeCases());
    assertEquals(List.of(DayOfWeek.values()), Gen.enums(DayOfWeek.class).edgeCases());
    assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
  }

  @Test
  void oneOf_drawsFromEveryGenerator() {
    Gen<Integer> gen = Gen.oneOf(List.of(Gen.constant(1), Gen.constant(2)));
    assertEquals(Set.of(1, 2), new HashSet<>(draw(gen, 4, 100)));
    assertEquals(List.of(1, 2), gen.edgeCases());
  }

  @Test
  void frequency_followsTheWeights() {
    Gen<String> gen =
        Gen.frequency(
            List.of(Map.entry(9, Gen.constant("common")), Map.entry(1, Gen.constant("rare"))));
    long rare = draw(gen, 11, 10_000).stream().filter("rare"::equals).count();
    assertTrue(rare > 800 && rare < 1_200, "rare drawn " + rare + " times");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gen.frequency(List.of(Map.entry(0, Gen.constant("x")))));
    assertEquals("weights must be positive: weighted[0] = 0", e.getMessage());
  }

  @Test
  void listOf_lengthsWithinBounds_andGrowWithSize() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(0, 9), 2, 30);
    RandomGenerator random = new SplittableRandom(8);
    for (int size = 0; size <= Gen.MAX_SIZE; size++) {
      int length = gen.next(random, size).size();
      assertTrue(length >= 2 && length <= 2 + Math.max(1, 28 * size / Gen.MAX_SIZE));
    }
    assertTrue(gen.edgeCases().contains(List.of(0, 9)));
    assertThrows(IllegalArgumentException.class, () -> Gen.listOf(Gen.integers(0, 9), 3, 2));
    assertThrows(IllegalArgumentException.class, () -> Gen.listOf(Gen.integers(0, 9), -1, 2));
  }

  @Test
  void setOf_distinctElements_andFailsWhenTooFewExist() {
    for (Set<Integer> set : draw(Gen.setOf(Gen.integers(0, 1000), 3, 10), 6, 100)) {
      assertTrue(set.size() >= 3 && set.size() <= 10);
    }
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Gen.setOf(Gen.integers(0, 1), 3, 3).next(new SplittableRandom(1), 100));
    assertEquals("setOf found only 2 distinct values, needs 3", e.getMessage());
  }

  @Test
  void zip_pairsEdgeCasesCyclingTheShorter() {
    Gen<String> gen =
        Gen.zip(
            Gen.elements("a", "b", "c").withEdgeCases(List.of("b")),
            Gen.booleans(),
            (s, b) -> s + b);
    assertEquals(List.of("afalse", "ctrue", "bfalse"), gen.edgeCases());
    Gen<Integer> three =
        Gen.zip(Gen.constant(1), Gen.constant(2), Gen.constant(3), (a, b, c) -> a + b + c);
    assertEquals(List.of(6), three.edgeCases());
  }

  @Test
  void withEdgeCases_appendsWithoutDuplicates() {
    assertEquals(
        List.of(0, 5, 7),
        Gen.integers(0, 5).withoutEdgeCases().withEdgeCases(List.of(0, 5, 7, 5)).edgeCases());
  }

  @Test
  void factories_rejectNulls() {
    new NullPointerTester()
        .setDefault(Gen.class, Gen.constant(1))
        .setDefault(List.class, List.of(1))
        .setDefault(Class.class, DayOfWeek.class)
        .testAllPublicStaticMethods(Gen.class);
  }
}
