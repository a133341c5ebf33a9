package dev.collections.core.metrics;

import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The operational cost per collection: the cost of the collection operation in a period divided by
 * the number of successful collections in it, an amount of money.
 *
 * <pre>{@code
 * CostPerCollection cost = CostPerCollection.of(Money.parse("USD 10000.00"), 100);
 * cost.value(); // Optional[USD 100.00]
 * }</pre>
 *
 * <p>What counts as a successful collection (a payment received, an account paid in full) is the
 * caller's choice. The result is rounded to the currency's minor unit with {@link #ROUNDING}
 * ({@code HALF_UP}, as an invoice rounds), so it times the number of collections is within half a
 * minor unit per collection of the cost. It is undefined when there were no collections: {@link
 * #value()} is empty and {@link #undefinedReason()} says why. Not a {@link Metric}: its result is
 * money, not days or a fraction; {@link CostToCollect} gives the cost per unit of currency
 * collected.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostPerCollection {

  /** How the result is rounded to the currency's minor unit: {@link RoundingMode#HALF_UP}. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private static final String NO_COLLECTIONS = "there were no successful collections";

  CostPerCollection() {}

  /**
   * Returns the operational cost of collecting in the period.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract Money cost();

  /**
   * Returns the number of successful collections in the period.
   *
   * @return zero or positive
   */
  @Value.Parameter
  public abstract long collections();

  /**
   * Returns the cost per collection of an operational cost.
   *
   * @param cost the operational cost, zero or positive
   * @param collections the number of successful collections, zero or positive
   * @return the cost per collection; undefined when {@code collections} is zero
   * @throws IllegalArgumentException if the cost or the number of collections is negative
   * @throws NullPointerException if {@code cost} is null
   */
  public static CostPerCollection of(Money cost, long collections) {
    return ImmutableCostPerCollection.of(cost, collections);
  }

  /**
   * Returns the cost per collection: the cost divided by the number of collections, rounded to the
   * currency's minor unit with {@link #ROUNDING}.
   *
   * @return the amount, in the currency of the cost, zero or positive; empty when there were no
   *     collections
   */
  public Optional<Money> value() {
    return isDefined() ? Optional.of(cost().dividedBy(collections(), ROUNDING)) : Optional.empty();
  }

  /**
   * Checks whether there is a cost per collection: whether there were collections.
   *
   * @return true when {@link #value()} is present
   */
  public boolean isDefined() {
    return collections() > 0;
  }

  /**
   * Returns why there is no cost per collection, in words a reader of a report understands.
   *
   * @return "there were no successful collections" when there were none; empty when defined
   */
  public Optional<String> undefinedReason() {
    return isDefined() ? Optional.empty() : Optional.of(NO_COLLECTIONS);
  }

  @Value.Check
  void check() {
    Inputs.nonNegative(cost(), cost().getCurrencyUnit(), "cost");
    Inputs.nonNegative(collections(), "collections");
  }

  /**
   * Returns the inputs, the rounding and the result, as in {@code CostPerCollection{cost=USD
   * 10000.00, collections=100, roundingMode=HALF_UP, value=USD 100.00}}.
   *
   * @return a description for reports and logs
   */
  @Override
  public String toString() {
    return "CostPerCollection{cost="
        + cost()
        + ", collections="
        + collections()
        + ", roundingMode="
        + ROUNDING
        + ", value="
        + value().map(Money::toString).orElse("undefined (" + NO_COLLECTIONS + ")")
        + "}";
  }
}
