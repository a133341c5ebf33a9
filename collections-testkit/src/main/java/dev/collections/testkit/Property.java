package dev.collections.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A property test: a statement that must hold for every value a {@link Gen} can give, checked
 * inside an ordinary JUnit 5 {@code @Test}.
 *
 * <pre>{@code
 * @Test
 * void split_conservesMoney() {
 *   Property.forAll(MoneyGens.amounts(CurrencyUnit.USD), Gen.integers(1, 24))
 *       .check((total, parts) -> assertEquals(total, Money.total(Splits.equally(total, parts, LAST))));
 * }
 * }</pre>
 *
 * <p>A run tries every edge case first, then {@link #DEFAULT_TRIES} random cases (override with
 * {@link #withTries(int)} or the system property {@code collections.tries}). Random cases are drawn
 * from a seed: the system property {@code collections.seed} if given, else {@link #withSeed(long)}
 * if given, else a fresh one. The first failing case stops the run with a {@link PropertyFailure}
 * that names the seed, the case number and the value; rerunning with the system properties it
 * prints ({@code -Dcollections.seed=<seed> -Dcollections.tries=<tries>}: each case's size depends
 * on the number of cases) replays the run exactly. A failing random case is replayed at smaller
 * sizes, and the smallest failing value found is reported too.
 *
 * <p>Immutable; a property can be run any number of times.
 *
 * @param <T> the type of the values checked
 */
public final class Property<T> {

  /** The number of random cases a property runs unless told otherwise. */
  public static final int DEFAULT_TRIES = 1_000;

  /**
   * A check of one value that fails by throwing, typically a JUnit assertion.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface Check<T> {
    /**
     * Checks one value.
     *
     * @param value the value
     * @throws Throwable to fail the case
     */
    void accept(T value) throws Throwable;
  }

  /**
   * A check of two values that fails by throwing.
   *
   * @param <A> the type of the first value
   * @param <B> the type of the second value
   */
  @FunctionalInterface
  public interface Check2<A, B> {
    /**
     * Checks two values.
     *
     * @param first the first value
     * @param second the second value
     * @throws Throwable to fail the case
     */
    void accept(A first, B second) throws Throwable;
  }

  private final Gen<T> gen;
  private final OptionalLong seed;
  private final OptionalLong tries;

  private Property(Gen<T> gen, OptionalLong seed, OptionalLong tries) {
    this.gen = gen;
    this.seed = seed;
    this.tries = tries;
  }

  /**
   * Returns the property over the values of {@code gen}.
   *
   * @param gen the generator
   * @param <T> the type of the values
   * @return the property, to be run with {@link #check(Check)} or {@link #holds(Predicate)}
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(
        Objects.requireNonNull(gen, "gen"), OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * Returns the property over pairs of values of two generators; edge cases pair as in {@link
   * Gen#zip(Gen, Gen, java.util.function.BiFunction)}.
   *
   * @param first the generator of the first value
   * @param second the generator of the second value
   * @param <A> the first type
   * @param <B> the second type
   * @return the property, to be run with {@link Property2#check(Check2)}
   */
  public static <A, B> Property2<A, B> forAll(Gen<A> first, Gen<B> second) {
    return new Property2<>(forAll(Gen.zip(first, second, Pair::new)));
  }

  /**
   * Returns this property with a fixed seed, used unless the system property {@code
   * collections.seed} gives another.
   *
   * @param seed the seed of the random cases
   * @return the property with that seed
   */
  public Property<T> withSeed(long seed) {
    return new Property<>(gen, OptionalLong.of(seed), tries);
  }

  /**
   * Returns this property with a number of random cases, used unless the system property {@code
   * collections.tries} gives another.
   *
   * @param tries the number of random cases, at least 0
   * @return the property with that number of cases
   * @throws IllegalArgumentException if {@code tries} is negative
   */
  public Property<T> withTries(int tries) {
    if (tries < 0) {
      throw new IllegalArgumentException("tries must not be negative: " + tries);
    }
    return new Property<>(gen, seed, OptionalLong.of(tries));
  }

  /**
   * Runs the property, failing on the first value that {@code predicate} rejects.
   *
   * @param predicate the statement that must hold for every value
   * @throws PropertyFailure on the first failing case
   */
  public void holds(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    check(
        value -> {
          if (!predicate.test(value)) {
            throw new AssertionError("predicate is false");
          }
        });
  }

  /**
   * Runs the property, failing on the first value for which {@code check} throws.
   *
   * @param check the check of one value
   * @throws PropertyFailure on the first failing case
   */
  public void check(Check<? super T> check) {
    Objects.requireNonNull(check, "check");
    List<T> edges = gen.edgeCases();
    for (int i = 0; i < edges.size(); i++) {
      T value = edges.get(i);
      @Nullable Throwable failure = run(check, value);
      if (failure != null) {
        throw new PropertyFailure(
            "property failed on edge case "
                + (i + 1)
                + " of "
                + edges.size()
                + "\n  value: "
                + value
                + "\n  failure: "
                + failure,
            OptionalLong.empty(),
            i + 1,
            String.valueOf(value),
            Optional.empty(),
            failure);
      }
    }
    long runSeed = Settings.seed().orElse(seed.orElseGet(Settings::freshSeed));
    int randomCases = Settings.tries((int) tries.orElse(DEFAULT_TRIES));
    SplittableRandom master = new SplittableRandom(runSeed);
    for (int i = 0; i < randomCases; i++) {
      long caseSeed = master.nextLong();
      int size = sizeOf(i, randomCases);
      T value = gen.next(new SplittableRandom(caseSeed), size);
      @Nullable Throwable failure = run(check, value);
      if (failure != null) {
        Optional<String> smaller = smallerFailure(check, caseSeed, size);
        throw new PropertyFailure(
            "property failed on random case "
                + (i + 1)
                + " of "
                + randomCases
                + " (case "
                + (edges.size() + i + 1)
                + " counting edge cases; seed "
                + runSeed
                + ", size "
                + size
                + ")\n  value: "
                + value
                + smaller.map(s -> "\n  smaller failing value: " + s).orElse("")
                + "\n  failure: "
                + failure
                + "\n  replay: -D"
                + Settings.SEED
                + "="
                + runSeed
                + " -D"
                + Settings.TRIES
                + "="
                + randomCases,
            OptionalLong.of(runSeed),
            edges.size() + i + 1,
            String.valueOf(value),
            smaller,
            failure);
      }
    }
  }

  /** Replays a failing case's seed at sizes from 0 upward; the first failure is the smallest. */
  private Optional<String> smallerFailure(Check<? super T> check, long caseSeed, int size) {
    for (int smaller = 0; smaller < size; smaller++) {
      T value = gen.next(new SplittableRandom(caseSeed), smaller);
      if (run(check, value) != null) {
        return Optional.of(String.valueOf(value));
      }
    }
    return Optional.empty();
  }

  private static <T> @Nullable Throwable run(Check<? super T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (Throwable failure) {
      if (failure instanceof VirtualMachineError error) {
        throw error;
      }
      return failure;
    }
  }

  private static int sizeOf(int index, int count) {
    if (count <= 1) {
      return Gen.MAX_SIZE;
    }
    return (int) ((long) index * Gen.MAX_SIZE / (count - 1));
  }

  /**
   * A property over two values, from {@link Property#forAll(Gen, Gen)}.
   *
   * @param <A> the first type
   * @param <B> the second type
   */
  public static final class Property2<A, B> {

    private final Property<Pair<A, B>> pairs;

    private Property2(Property<Pair<A, B>> pairs) {
      this.pairs = pairs;
    }

    /**
     * Returns this property with a fixed seed, as {@link Property#withSeed(long)}.
     *
     * @param seed the seed
     * @return the property with that seed
     */
    public Property2<A, B> withSeed(long seed) {
      return new Property2<>(pairs.withSeed(seed));
    }

    /**
     * Returns this property with a number of random cases, as {@link Property#withTries(int)}.
     *
     * @param tries the number of random cases, at least 0
     * @return the property with that number of cases
     * @throws IllegalArgumentException if {@code tries} is negative
     */
    public Property2<A, B> withTries(int tries) {
      return new Property2<>(pairs.withTries(tries));
    }

    /**
     * Runs the property, failing on the first pair for which {@code check} throws.
     *
     * @param check the check of two values
     * @throws PropertyFailure on the first failing case
     */
    public void check(Check2<? super A, ? super B> check) {
      Objects.requireNonNull(check, "check");
      pairs.check(pair -> check.accept(pair.a(), pair.b()));
    }
  }
}
