package dev.collections.archfixture.cycle.b;

import dev.collections.archfixture.cycle.a.First;

/** The other half of a deliberate package cycle. */
public final class Second {
  First first() {
    return new First();
  }
}
