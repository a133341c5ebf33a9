package dev.collections.core.metrics;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The result of a metric: a rounded number, or the reason there is none.
 *
 * @param value the result, or null when undefined
 * @param reason why the result is undefined; empty when it is defined
 */
record Outcome(@Nullable BigDecimal value, String reason) {

  static Outcome defined(BigDecimal value) {
    return new Outcome(value, "");
  }

  static Outcome undefined(String reason) {
    return new Outcome(null, reason);
  }
}
