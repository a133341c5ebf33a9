package dev.collections.testkit;

import java.util.List;
import java.util.random.RandomGenerator;

/** A drawing function with its edge cases. */
record EdgedGen<T>(Gen<T> draw, List<T> edges) implements Gen<T> {

  @Override
  public T next(RandomGenerator random, int size) {
    return draw.next(random, size);
  }

  @Override
  public List<T> edgeCases() {
    return edges;
  }
}
