package dev.collections.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A generator of values for property tests: a function of a seeded {@link RandomGenerator} and a
 * size, plus a list of edge cases that a {@link Property} tries before any random value.
 *
 * <p>Generators are built from the primitives here ({@link #integers(int, int)}, {@link
 * #elements(List)}, {@link #listOf(Gen, int, int)}) and the domain generators of the testkit's
 * other packages, and combined with {@link #map(Function)}, {@link #flatMap(Function)}, {@link
 * #filter(Predicate)}, {@link #zip(Gen, Gen, BiFunction)}, {@link #oneOf(List)} and {@link
 * #frequency(List)}. The same random state always gives the same value, so a failing case replays
 * from its seed.
 *
 * <pre>{@code
 * Gen<Integer> parts = Gen.integers(1, 24);
 * Gen<List<Integer>> weights = Gen.listOf(Gen.integers(0, 100), 1, 12);
 * }</pre>
 *
 * <p>The size, from 0 to {@link #MAX_SIZE}, grows over a run; collection generators use it to bound
 * their length, so early cases are small. Implementations must be deterministic for a given random
 * state and size, and safe to call from one thread at a time.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** The largest size a {@link Property} asks for. */
  int MAX_SIZE = 100;

  /** How many draws {@link #filter(Predicate)} makes before it gives up. */
  int FILTER_ATTEMPTS = 1_000;

  /**
   * Draws a value.
   *
   * @param random the source of randomness; the only one a generator may use
   * @param size how large the value may be, from 0 to {@link #MAX_SIZE}
   * @return the value, never null
   */
  T next(RandomGenerator random, int size);

  /**
   * Returns the values a property tries first: the boundaries where bugs live (zero, one minor
   * unit, the range ends, February 29, a DST switch day).
   *
   * @return the edge cases, possibly empty
   */
  default List<T> edgeCases() {
    return List.of();
  }

  /**
   * Returns a generator of {@code mapper} applied to this generator's values and edge cases.
   *
   * @param mapper the function; must be deterministic
   * @param <R> the type of the mapped values
   * @return the mapped generator
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    Gen<T> self = this;
    List<R> edges = new ArrayList<>();
    for (T edge : edgeCases()) {
      edges.add(mapper.apply(edge));
    }
    return Gen.<R>of((random, size) -> mapper.apply(self.next(random, size)), edges);
  }

  /**
   * Returns a generator that draws a value from this generator and then a value from the generator
   * {@code mapper} gives for it, for values that depend on each other (an amount in a drawn
   * currency). Its edge cases are those of the generators for this generator's edge cases.
   *
   * @param mapper the function from a value to the next generator
   * @param <R> the type of the final values
   * @return the chained generator
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    Gen<T> self = this;
    Set<R> edges = new LinkedHashSet<>();
    for (T edge : edgeCases()) {
      edges.addAll(mapper.apply(edge).edgeCases());
    }
    return Gen.<R>of(
        (random, size) -> mapper.apply(self.next(random, size)).next(random, size),
        List.copyOf(edges));
  }

  /**
   * Returns a generator of this generator's values that satisfy {@code predicate}, drawing again
   * when one does not. Keep the predicate loose: a generator that builds valid values directly is
   * faster and clearer.
   *
   * @param predicate the condition values must meet
   * @return the filtered generator; it throws {@link IllegalStateException} when {@link
   *     #FILTER_ATTEMPTS} draws in a row are rejected
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Gen<T> self = this;
    List<T> edges = new ArrayList<>();
    for (T edge : edgeCases()) {
      if (predicate.test(edge)) {
        edges.add(edge);
      }
    }
    return Gen.of(
        (random, size) -> {
          for (int i = 0; i < FILTER_ATTEMPTS; i++) {
            T value = self.next(random, size);
            if (predicate.test(value)) {
              return value;
            }
          }
          throw new IllegalStateException(
              "filter rejected "
                  + FILTER_ATTEMPTS
                  + " values in a row: loosen the predicate or generate valid values directly");
        },
        edges);
  }

  /**
   * Returns this generator with more edge cases, tried after its own.
   *
   * @param extra the values to add
   * @return the generator with the extra edge cases
   */
  default Gen<T> withEdgeCases(List<? extends T> extra) {
    Objects.requireNonNull(extra, "extra");
    Set<T> edges = new LinkedHashSet<>(edgeCases());
    edges.addAll(extra);
    return of(this, List.copyOf(edges));
  }

  /**
   * Returns this generator without edge cases, for a property that should only see random values.
   *
   * @return the generator without edge cases
   */
  default Gen<T> withoutEdgeCases() {
    return of(this, List.of());
  }

  /**
   * Returns a generator from a drawing function and its edge cases.
   *
   * @param draw the function that draws a value from the random state and size
   * @param edgeCases the values to try first
   * @param <T> the type of the values
   * @return the generator
   */
  static <T> Gen<T> of(Gen<T> draw, List<? extends T> edgeCases) {
    Objects.requireNonNull(draw, "draw");
    return new EdgedGen<>(draw, List.copyOf(edgeCases));
  }

  /**
   * Returns the generator that always gives {@code value}.
   *
   * @param value the value
   * @param <T> its type
   * @return the constant generator, whose only edge case is {@code value}
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return of((random, size) -> value, List.of(value));
  }

  /**
   * Returns a generator that picks one of {@code values} uniformly; its edge cases are the first
   * and the last value.
   *
   * @param values the values, not empty
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty: []");
    }
    List<T> edges =
        copy.size() == 1 ? List.of(copy.get(0)) : List.of(copy.get(0), copy.get(copy.size() - 1));
    return of((random, size) -> copy.get(random.nextInt(copy.size())), edges);
  }

  /**
   * Returns a generator that picks one of {@code values} uniformly.
   *
   * @param values the values, at least one
   * @param <T> their type
   * @return the generator
   * @throws IllegalArgumentException if no value is given
   */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T value : values) {
      list.add(value);
    }
    return elements(list);
  }

  /**
   * Returns a generator of the constants of an enum; every constant is an edge case.
   *
   * @param type the enum class
   * @param <E> the enum type
   * @return the generator
   */
  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    List<E> constants = List.of(type.getEnumConstants());
    return elements(constants).withoutEdgeCases().withEdgeCases(constants);
  }

  /**
   * Returns a generator of {@code true} and {@code false}.
   *
   * @return the generator, with both values as edge cases
   */
  static Gen<Boolean> booleans() {
    return of((random, size) -> random.nextBoolean(), List.of(false, true));
  }

  /**
   * Returns a generator of ints from {@code min} to {@code max}, both inclusive. One draw in ten is
   * an edge case, so the boundaries recur among the random cases too.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return the generator; edge cases are {@code min}, {@code max}, and -1, 0 and 1 when in range
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Integer> integers(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Returns a generator of longs from {@code min} to {@code max}, both inclusive. One draw in ten
   * is an edge case, so the boundaries recur among the random cases too.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return the generator; edge cases are {@code min}, {@code max}, and -1, 0 and 1 when in range
   * @throws IllegalArgumentException if {@code max < min}
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("max must not be less than min: " + min + " then " + max);
    }
    Set<Long> edgeSet = new LinkedHashSet<>();
    edgeSet.add(min);
    edgeSet.add(max);
    for (long special : new long[] {-1, 0, 1}) {
      if (special >= min && special <= max) {
        edgeSet.add(special);
      }
    }
    List<Long> edges = List.copyOf(edgeSet);
    return of(
        (random, size) -> {
          if (random.nextInt(10) == 0) {
            return edges.get(random.nextInt(edges.size()));
          }
          if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
            return random.nextLong();
          }
          if (max == Long.MAX_VALUE) {
            return random.nextLong(min - 1, max) + 1;
          }
          return random.nextLong(min, max + 1);
        },
        edges);
  }

  /**
   * Returns a generator that picks one of {@code generators} uniformly and draws from it; its edge
   * cases are all of theirs.
   *
   * @param generators the generators, not empty
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if {@code generators} is empty
   */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> generators) {
    List<Gen<? extends T>> copy = List.copyOf(generators);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("generators must not be empty: []");
    }
    Set<T> edges = new LinkedHashSet<>();
    for (Gen<? extends T> gen : copy) {
      edges.addAll(gen.edgeCases());
    }
    return of(
        (random, size) -> copy.get(random.nextInt(copy.size())).next(random, size),
        List.copyOf(edges));
  }

  /**
   * Returns a generator that picks among {@code weighted} generators in proportion to their
   * weights, as {@code frequency(List.of(Map.entry(9, small), Map.entry(1, huge)))}.
   *
   * @param weighted pairs of a positive weight and a generator, not empty
   * @param <T> the type of the values
   * @return the generator, with the edge cases of every generator
   * @throws IllegalArgumentException if {@code weighted} is empty or a weight is not positive
   */
  static <T> Gen<T> frequency(
      List<? extends Map.Entry<Integer, ? extends Gen<? extends T>>> weighted) {
    List<Map.Entry<Integer, ? extends Gen<? extends T>>> copy = List.copyOf(weighted);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("weighted must not be empty: []");
    }
    int total = 0;
    Set<T> edges = new LinkedHashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      int weight = copy.get(i).getKey();
      if (weight < 1) {
        throw new IllegalArgumentException(
            "weights must be positive: weighted[" + i + "] = " + weight);
      }
      total += weight;
      edges.addAll(copy.get(i).getValue().edgeCases());
    }
    int sum = total;
    return of(
        (random, size) -> {
          int pick = random.nextInt(sum);
          for (Map.Entry<Integer, ? extends Gen<? extends T>> entry : copy) {
            pick -= entry.getKey();
            if (pick < 0) {
              return entry.getValue().next(random, size);
            }
          }
          throw new IllegalStateException("unreachable: weights sum to " + sum);
        },
        List.copyOf(edges));
  }

  /**
   * Returns a generator of lists of {@code element} values, of a length from {@code minLength} to
   * {@code maxLength} scaled by the size. Edge cases: the shortest list of edge values, and a
   * one-element list of each element edge case when that length is allowed.
   *
   * @param element the generator of the elements
   * @param minLength the least length, at least 0
   * @param maxLength the greatest length, at least {@code minLength}
   * @param <T> the element type
   * @return the generator of immutable lists
   * @throws IllegalArgumentException if the lengths are negative or reversed
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int minLength, int maxLength) {
    Objects.requireNonNull(element, "element");
    checkLengths(minLength, maxLength);
    List<List<T>> edges = new ArrayList<>();
    List<T> elementEdges = element.edgeCases();
    if (minLength == 0) {
      edges.add(List.of());
    } else if (!elementEdges.isEmpty()) {
      List<T> shortest = new ArrayList<>();
      for (int i = 0; i < minLength; i++) {
        shortest.add(elementEdges.get(i % elementEdges.size()));
      }
      edges.add(List.copyOf(shortest));
    }
    if (minLength <= 1 && maxLength >= 1) {
      for (T edge : elementEdges) {
        edges.add(List.of(edge));
      }
    }
    return of(
        (random, size) -> {
          int length = minLength + random.nextInt(scaledSpan(minLength, maxLength, size) + 1);
          List<T> values = new ArrayList<>(length);
          for (int i = 0; i < length; i++) {
            values.add(element.next(random, size));
          }
          return List.copyOf(values);
        },
        List.copyOf(new LinkedHashSet<>(edges)));
  }

  /**
   * Returns a generator of sets of distinct {@code element} values, of a size from {@code minSize}
   * to {@code maxSize} scaled by the generator size.
   *
   * @param element the generator of the elements; it must be able to give enough distinct values
   * @param minSize the least number of elements, at least 0
   * @param maxSize the greatest number of elements, at least {@code minSize}
   * @param <T> the element type
   * @return the generator of immutable sets; it throws {@link IllegalStateException} when it cannot
   *     find {@code minSize} distinct values
   * @throws IllegalArgumentException if the sizes are negative or reversed
   */
  static <T> Gen<Set<T>> setOf(Gen<T> element, int minSize, int maxSize) {
    Objects.requireNonNull(element, "element");
    checkLengths(minSize, maxSize);
    List<Set<T>> edges = new ArrayList<>();
    if (minSize == 0) {
      edges.add(Set.of());
    }
    if (minSize <= 1 && maxSize >= 1) {
      for (T edge : element.edgeCases()) {
        edges.add(Set.of(edge));
      }
    }
    return of(
        (random, size) -> {
          int target = minSize + random.nextInt(scaledSpan(minSize, maxSize, size) + 1);
          Set<T> values = new LinkedHashSet<>();
          int attempts = 0;
          while (values.size() < target && attempts < target * 10 + FILTER_ATTEMPTS) {
            values.add(element.next(random, size));
            attempts++;
          }
          if (values.size() < minSize) {
            throw new IllegalStateException(
                "setOf found only " + values.size() + " distinct values, needs " + minSize);
          }
          return Set.copyOf(values);
        },
        edges);
  }

  /**
   * Returns a generator that draws from two generators and combines the values. Its edge cases pair
   * the two lists of edge cases position by position, cycling the shorter, so every edge case of
   * each appears at least once.
   *
   * @param first the first generator
   * @param second the second generator
   * @param combiner the function from both values to the result
   * @param <A> the first type
   * @param <B> the second type
   * @param <R> the result type
   * @return the combined generator
   */
  static <A, B, R> Gen<R> zip(
      Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combiner) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(combiner, "combiner");
    List<A> firstEdges = first.edgeCases();
    List<B> secondEdges = second.edgeCases();
    List<R> edges = new ArrayList<>();
    if (!firstEdges.isEmpty() && !secondEdges.isEmpty()) {
      int count = Math.max(firstEdges.size(), secondEdges.size());
      for (int i = 0; i < count; i++) {
        edges.add(
            combiner.apply(
                firstEdges.get(i % firstEdges.size()), secondEdges.get(i % secondEdges.size())));
      }
    }
    return of(
        (random, size) -> combiner.apply(first.next(random, size), second.next(random, size)),
        edges);
  }

  /**
   * Returns a generator that draws from three generators and combines the values, with edge cases
   * paired position by position as in {@link #zip(Gen, Gen, BiFunction)}.
   *
   * @param first the first generator
   * @param second the second generator
   * @param third the third generator
   * @param combiner the function from the three values to the result
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   * @return the combined generator
   */
  static <A, B, C, R> Gen<R> zip(
      Gen<A> first, Gen<B> second, Gen<C> third, Combiner3<A, B, C, R> combiner) {
    Objects.requireNonNull(combiner, "combiner");
    return zip(zip(first, second, Pair::new), third, (ab, c) -> combiner.apply(ab.a(), ab.b(), c));
  }

  /**
   * A function of three values, for {@link #zip(Gen, Gen, Gen, Combiner3)}.
   *
   * @param <A> the first type
   * @param <B> the second type
   * @param <C> the third type
   * @param <R> the result type
   */
  @FunctionalInterface
  interface Combiner3<A, B, C, R> {
    /**
     * Combines three values.
     *
     * @param a the first value
     * @param b the second value
     * @param c the third value
     * @return the result
     */
    R apply(A a, B b, C c);
  }

  private static void checkLengths(int min, int max) {
    if (min < 0) {
      throw new IllegalArgumentException("minimum length must not be negative: " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException(
          "maximum length must not be less than the minimum: " + min + " then " + max);
    }
  }

  private static int scaledSpan(int min, int max, int size) {
    long span = (long) (max - min) * Math.max(0, Math.min(size, MAX_SIZE)) / MAX_SIZE;
    return (int) Math.max(span, Math.min(1, max - min));
  }
}
