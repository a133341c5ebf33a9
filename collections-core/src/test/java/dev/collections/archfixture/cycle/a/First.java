package dev.collections.archfixture.cycle.a;

import dev.collections.archfixture.cycle.b.Second;

/** Half of a deliberate package cycle. */
public final class First {
  Second second() {
    return new Second();
  }
}
