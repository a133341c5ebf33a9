package dev.collections.testkit;

/** Two values drawn together; printed as {@code (a, b)} in failure reports. */
record Pair<A, B>(A a, B b) {
  @Override
  public String toString() {
    return "(" + a + ", " + b + ")";
  }
}
