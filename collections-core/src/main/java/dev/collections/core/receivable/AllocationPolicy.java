package dev.collections.core.receivable;

import java.util.Comparator;
import java.util.Objects;

/**
 * Decides how one payment is applied across a debtor's receivables and, within each, across its
 * components: the payment waterfall.
 *
 * <p>The standard policies each take the {@link ComponentOrder} used inside every receivable, and
 * compose with {@link #orElse(AllocationPolicy)}. "Follow the consumer's directions, apply anything
 * else oldest debt first, fees then interest then principal within each" reads:
 *
 * <pre>{@code
 * ComponentOrder fip = ComponentOrder.feesInterestPrincipalCosts();
 * AllocationPolicy policy = AllocationPolicy.consumerDirected(fip)
 *     .orElse(AllocationPolicy.oldestDueFirst(fip));
 * Allocation allocation = policy.allocate(request);
 * }</pre>
 *
 * <p>Nothing is ever applied to a debt the consumer disputes (15 U.S.C. 1692h; 12 CFR 1006.30(c)),
 * whatever the policy and however policies are chained: the rule is enforced by the request and the
 * allocation, not by a policy. A receivable among the request's {@linkplain
 * AllocationRequest#disputedIds() disputed identifiers} has nothing to absorb (its {@linkplain
 * AllocationRequest#openBalance(ReceivableId) open balance} and every component's {@linkplain
 * AllocationRequest#outstanding(ReceivableId, Component) outstanding} amount are zero), so a
 * direction to it is not followed and its share goes to the other debts or stays unapplied; and
 * {@link Allocation} rejects any part on it. A host that is not a debt collector and may apply
 * payments to disputed debts simply does not list them as disputed.
 *
 * <p>What every implementation must guarantee (the testkit's {@code AllocationPolicyContract}
 * checks each with generated requests): it returns an {@link Allocation} of the request it is
 * given, never null; the parts plus the unapplied amount equal the payment exactly; no part exceeds
 * what is {@linkplain AllocationRequest#outstanding(ReceivableId, Component) outstanding} on its
 * component, and no receivable receives more than its {@linkplain
 * AllocationRequest#openBalance(ReceivableId) open balance}; no disputed receivable receives
 * anything; only receivables of the request receive anything; the same request always gives an
 * equal allocation. {@link Allocation} itself rejects parts that break these rules, so an
 * implementation that builds its answer with {@link Allocation#builder()} cannot break them
 * silently. Implementations must be stateless and thread-safe, and must not read the clock or any
 * other ambient state.
 */
@FunctionalInterface
public interface AllocationPolicy {

  /**
   * Allocates the request's payment.
   *
   * @param request the payment, the receivables with what each can absorb as of a date (nothing for
   *     a disputed one), and the consumer's directions
   * @return the allocation of that request
   * @throws NullPointerException if {@code request} is null
   */
  Allocation allocate(AllocationRequest request);

  /**
   * Returns the policy that pays the receivables in the order the request lists them, each as far
   * as it can absorb through {@code order} before the next receives anything; what none can absorb
   * is unapplied. Sorting the receivables is the host's choice: by APR, highest first, for the
   * excess over a card's minimum payment (12 CFR 1026.53), or by any priority of its own.
   *
   * @param order the components paid within each receivable, in turn
   * @return the policy
   * @throws NullPointerException if {@code order} is null
   */
  static AllocationPolicy inListedOrder(ComponentOrder order) {
    Objects.requireNonNull(order, "order");
    return new SequentialPolicy("inListedOrder", order, null);
  }

  /**
   * Returns the policy that pays the receivable with the earliest due date first (first in, first
   * out), each as far as it can absorb through {@code order} before the next; receivables due the
   * same day go by issue date, then by identifier. What none can absorb is unapplied.
   *
   * @param order the components paid within each receivable, in turn
   * @return the policy
   * @throws NullPointerException if {@code order} is null
   */
  static AllocationPolicy oldestDueFirst(ComponentOrder order) {
    Objects.requireNonNull(order, "order");
    return new SequentialPolicy(
        "oldestDueFirst",
        order,
        Comparator.comparing(Receivable::dueDate)
            .thenComparing(Receivable::issueDate)
            .thenComparing(Receivable::id));
  }

  /**
   * Returns the policy that splits the payment across receivables in proportion to what each can
   * absorb through {@code order} (its open balance, or less when the order leaves a component out),
   * then pays each share through {@code order}.
   *
   * <p>Shares are exact: each is its proportional share rounded down or up to a minor unit, the
   * leftover units going to the largest fractions ({@link
   * dev.collections.core.money.RemainderPlacement#SPREAD}; ties to the receivable listed first), so
   * USD 0.05 across open balances of 70.00 and 30.00 is 0.04 and 0.01. No share exceeds what its
   * receivable can absorb; a payment larger than all of them together pays every receivable off and
   * leaves the rest unapplied.
   *
   * @param order the components paid within each receivable, in turn
   * @return the policy
   * @throws NullPointerException if {@code order} is null
   */
  static AllocationPolicy proRata(ComponentOrder order) {
    return new ProRataPolicy(Objects.requireNonNull(order, "order"));
  }

  /**
   * Returns the policy that follows the consumer's {@linkplain AllocationRequest#directions()
   * directions} in turn (15 U.S.C. 1692h): each applies its amount, or as much as the debt needs
   * when it names none, capped at what is left of the payment and at what the debt can absorb
   * through {@code order}. A direction to a disputed debt is not followed: the debt absorbs
   * nothing. The rest is unapplied, for {@link #orElse(AllocationPolicy)} to place.
   *
   * @param order the components paid within each receivable, in turn
   * @return the policy
   * @throws NullPointerException if {@code order} is null
   */
  static AllocationPolicy consumerDirected(ComponentOrder order) {
    return new DirectedPolicy(Objects.requireNonNull(order, "order"));
  }

  /**
   * Returns the policy that runs this one, then allocates whatever it leaves unapplied with {@code
   * next}, against the balances that remain after this policy's parts (passed to {@code next} as
   * the request's {@linkplain AllocationRequest#priorParts() prior parts}). When this policy
   * applies the whole payment, {@code next} is not asked.
   *
   * @param next the policy for the rest of the payment
   * @return the composed policy; its allocation holds both policies' parts, added up by receivable
   *     and component
   * @throws NullPointerException if {@code next} is null
   */
  default AllocationPolicy orElse(AllocationPolicy next) {
    return new FallbackPolicy(this, Objects.requireNonNull(next, "next"));
  }
}
