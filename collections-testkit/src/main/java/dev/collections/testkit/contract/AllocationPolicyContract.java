package dev.collections.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.receivable.Allocation;
import dev.collections.core.receivable.AllocationPart;
import dev.collections.core.receivable.AllocationPolicy;
import dev.collections.core.receivable.AllocationRequest;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.receivable.AllocationGens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AllocationPolicy} must keep, as JUnit 5 tests to inherit: extend this
 * class, return the policy from {@link #policy()}, and each test checks one guarantee over the
 * requests of {@link #requests()}, edge cases first.
 *
 * <p>The guarantees: the policy answers the request it is given; the parts plus the unapplied
 * amount equal the payment exactly; no component receives more than is outstanding on it and no
 * receivable more than the positive part of its net balance (both as of the request's date, less
 * its prior parts), recomputed here from the ledgers; no receivable the consumer disputes receives
 * anything, even one the consumer directs the payment to (15 U.S.C. 1692h); only receivables of the
 * request receive anything; every amount is in the payment's currency; the same request always
 * gives an equal allocation. These are safety guarantees: a policy that applies nothing keeps them.
 * A policy that also promises to apply as much of the payment as the debts can absorb extends
 * {@link AppliesWhateverItCan} instead.
 *
 * <pre>{@code
 * class OldestFirstPolicyTest extends AllocationPolicyContract.AppliesWhateverItCan {
 *   @Override
 *   protected AllocationPolicy policy() {
 *     return AllocationPolicy.oldestDueFirst(ComponentOrder.feesInterestPrincipalCosts());
 *   }
 * }
 * }</pre>
 *
 * <p>Each test runs {@link Property#DEFAULT_TRIES} random cases unless the {@code
 * collections.tries} system property says otherwise; a failure names its seed for replay. The class
 * holds no state of its own.
 */
public abstract class AllocationPolicyContract {

  /** Creates the suite; subclasses supply the policy. */
  protected AllocationPolicyContract() {}

  /**
   * Returns the policy under test. Called once per test; the policy must be stateless.
   *
   * @return the policy
   */
  protected abstract AllocationPolicy policy();

  /**
   * Returns the requests the tests allocate; override to narrow or widen them.
   *
   * @return {@link AllocationGens#requests()} unless overridden
   */
  protected Gen<AllocationRequest> requests() {
    return AllocationGens.requests();
  }

  /** Checks that the policy answers the request it is given, never null. */
  @Test
  public void allocate_anyRequest_answersThatRequest() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              Allocation allocation = policy.allocate(request);
              assertNotNull(allocation, "allocation");
              assertEquals(request, allocation.request());
            });
  }

  /** Checks that the parts and the unapplied amount add up to the payment exactly. */
  @Test
  public void allocate_anyRequest_partsPlusUnappliedEqualThePayment() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              Allocation allocation = policy.allocate(request);
              Money sum = allocation.unapplied();
              for (AllocationPart part : allocation.parts()) {
                assertTrue(part.amount().isPositive(), () -> "part not positive: " + part);
                sum = sum.plus(part.amount());
              }
              assertEquals(request.payment(), sum);
              assertFalse(allocation.unapplied().isNegative(), "unapplied is negative");
            });
  }

  /**
   * Checks that no component receives more than is outstanding on it as of the request's date,
   * after the prior parts.
   */
  @Test
  public void allocate_anyRequest_noComponentPaidBeyondWhatIsOutstanding() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              Allocation allocation = policy.allocate(request);
              Map<ReceivableId, Receivable> byId = byId(request);
              Map<Key, Money> paid = new HashMap<>();
              addTo(paid, request.priorParts());
              addTo(paid, allocation.parts());
              for (AllocationPart part : allocation.parts()) {
                Receivable receivable = byId.get(part.receivableId());
                assertNotNull(receivable, () -> "part outside the request: " + part);
                Money owed = receivable.balanceAsOf(request.asOf()).outstanding(part.component());
                Money total =
                    paid.getOrDefault(
                        new Key(part.receivableId(), part.component()),
                        Money.zero(request.currency()));
                assertFalse(
                    total.isGreaterThan(owed),
                    () ->
                        part.receivableId()
                            + " "
                            + part.component()
                            + " paid "
                            + total
                            + " with prior parts, owed "
                            + owed);
              }
            });
  }

  /**
   * Checks that no receivable receives more than the positive part of its net balance as of the
   * request's date, after the prior parts: a receivable in credit receives nothing.
   */
  @Test
  public void allocate_anyRequest_noReceivablePaidBeyondItsPositiveNetBalance() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              Allocation allocation = policy.allocate(request);
              for (Receivable receivable : request.receivables()) {
                Balance balance = receivable.balanceAsOf(request.asOf());
                Money net = balance.net();
                Money cap = net.isPositive() ? net : Money.zero(net.getCurrencyUnit());
                Money total = Money.zero(request.currency());
                for (AllocationPart part : request.priorParts()) {
                  if (part.receivableId().equals(receivable.id())) {
                    total = total.plus(part.amount());
                  }
                }
                for (AllocationPart part : allocation.parts()) {
                  if (part.receivableId().equals(receivable.id())) {
                    total = total.plus(part.amount());
                  }
                }
                Money paid = total;
                assertFalse(
                    paid.isGreaterThan(cap),
                    () -> receivable.id() + " paid " + paid + " with prior parts, open " + cap);
              }
            });
  }

  /**
   * Checks that no part goes to a receivable the consumer disputes, even one the consumer directs
   * the payment to (15 U.S.C. 1692h; 12 CFR 1006.30(c)).
   */
  @Test
  public void allocate_anyRequest_disputedReceivablesReceiveNothing() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              for (AllocationPart part : policy.allocate(request).parts()) {
                assertFalse(
                    request.isDisputed(part.receivableId()),
                    () -> "part on a disputed receivable: " + part);
              }
            });
  }

  /** Checks that only receivables of the request receive anything. */
  @Test
  public void allocate_anyRequest_paysOnlyReceivablesOfTheRequest() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              Map<ReceivableId, Receivable> byId = byId(request);
              for (AllocationPart part : policy.allocate(request).parts()) {
                assertTrue(
                    byId.containsKey(part.receivableId()),
                    () -> "part outside the request: " + part);
              }
            });
  }

  /** Checks that every amount of the allocation is in the payment's currency. */
  @Test
  public void allocate_anyRequest_everyAmountInThePaymentCurrency() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              CurrencyUnit currency = request.payment().getCurrencyUnit();
              Allocation allocation = policy.allocate(request);
              assertEquals(currency, allocation.unapplied().getCurrencyUnit());
              for (AllocationPart part : allocation.parts()) {
                assertEquals(currency, part.amount().getCurrencyUnit(), part::toString);
              }
            });
  }

  /** Checks that the same request, or an equal one, always gives an equal allocation. */
  @Test
  public void allocate_sameRequestTwice_equalAllocations() {
    AllocationPolicy policy = policy();
    Property.forAll(requests())
        .check(
            request -> {
              AllocationRequest copy =
                  AllocationRequest.builder()
                      .payment(request.payment())
                      .asOf(request.asOf())
                      .addAllReceivables(request.receivables())
                      .addAllDisputedIds(request.disputedIds())
                      .addAllDirections(request.directions())
                      .addAllPriorParts(request.priorParts())
                      .build();
              Allocation first = policy.allocate(request);
              assertEquals(first, policy.allocate(request));
              assertEquals(first, policy.allocate(copy));
            });
  }

  /**
   * The contract of a policy that also promises to be complete: to apply as much of the payment as
   * the receivables can absorb, leaving unapplied only what no receivable can take. Every test of
   * {@link AllocationPolicyContract}, and two more.
   *
   * <p>Only a policy that pays every component (its {@link
   * dev.collections.core.receivable.ComponentOrder} lists all four, or its steps together do) and
   * places money the consumer did not direct can keep this promise: {@code
   * AllocationPolicy.consumerDirected(order)} alone leaves undirected money unapplied and must not
   * claim it; {@code inListedOrder}, {@code oldestDueFirst} and {@code proRata} with a full order,
   * and any policy followed by one of them through {@code orElse}, do.
   */
  public abstract static class AppliesWhateverItCan extends AllocationPolicyContract {

    /** Creates the suite; subclasses supply the policy. */
    protected AppliesWhateverItCan() {}

    /**
     * Checks that when no debt is disputed, the policy applies the payment or, when it is larger,
     * everything the receivables can absorb through every component, recomputed here from the
     * ledgers: for each, the least of the positive part of its net balance and the sum of its
     * components, as of the request's date and less its prior parts.
     */
    @Test
    public void allocate_nothingDisputed_appliesWhateverTheDebtsCanAbsorb() {
      AllocationPolicy policy = policy();
      Property.forAll(requests().map(AppliesWhateverItCan::withoutDisputes))
          .check(
              request -> {
                Money absorbable = Money.zero(request.currency());
                for (Receivable receivable : request.receivables()) {
                  absorbable = absorbable.plus(fromLedger(request, receivable));
                }
                Money expected = min(request.payment(), absorbable);
                Allocation allocation = policy.allocate(request);
                assertEquals(expected, allocation.applied(), allocation::toString);
              });
    }

    /**
     * Checks that disputed debts do not keep money from the others: the policy applies the payment
     * or, when it is larger, everything the undisputed receivables can absorb, so that money the
     * consumer directs to a disputed debt goes to the others or stays unapplied only when they are
     * full.
     */
    @Test
    public void allocate_someDebtsDisputed_appliesWhateverTheOthersCanAbsorb() {
      AllocationPolicy policy = policy();
      Property.forAll(requests())
          .check(
              request -> {
                Money absorbable = Money.zero(request.currency());
                for (Receivable receivable : request.receivables()) {
                  if (!request.isDisputed(receivable.id())) {
                    absorbable = absorbable.plus(fromLedger(request, receivable));
                  }
                }
                Money expected = min(request.payment(), absorbable);
                Allocation allocation = policy.allocate(request);
                assertEquals(expected, allocation.applied(), allocation::toString);
              });
    }

    /** The same request without its disputed identifiers. */
    private static AllocationRequest withoutDisputes(AllocationRequest request) {
      return AllocationRequest.builder()
          .payment(request.payment())
          .asOf(request.asOf())
          .addAllReceivables(request.receivables())
          .addAllDirections(request.directions())
          .addAllPriorParts(request.priorParts())
          .build();
    }

    /**
     * What a receivable can absorb through every component, from its ledger: the least of its
     * positive net balance and the sum of its components, both less its prior parts.
     */
    private static Money fromLedger(AllocationRequest request, Receivable receivable) {
      Balance balance = receivable.balanceAsOf(request.asOf());
      Money net = balance.net();
      Money prior = Money.zero(request.currency());
      for (AllocationPart part : request.priorParts()) {
        if (part.receivableId().equals(receivable.id())) {
          prior = prior.plus(part.amount());
        }
      }
      Money open = (net.isPositive() ? net : Money.zero(request.currency())).minus(prior);
      Money onComponents = balance.gross().minus(prior);
      return min(open, onComponents);
    }

    private static Money min(Money a, Money b) {
      return a.isGreaterThan(b) ? b : a;
    }
  }

  private static Map<ReceivableId, Receivable> byId(AllocationRequest request) {
    Map<ReceivableId, Receivable> byId = new HashMap<>();
    for (Receivable receivable : request.receivables()) {
      byId.put(receivable.id(), receivable);
    }
    return byId;
  }

  /** A receivable and a component. */
  private record Key(ReceivableId receivableId, Component component) {}

  private static void addTo(Map<Key, Money> paid, List<AllocationPart> parts) {
    for (AllocationPart part : parts) {
      paid.merge(new Key(part.receivableId(), part.component()), part.amount(), Money::plus);
    }
  }
}
