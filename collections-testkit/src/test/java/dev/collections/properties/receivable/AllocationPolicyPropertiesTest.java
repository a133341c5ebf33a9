package dev.collections.properties.receivable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.receivable.Allocation;
import dev.collections.core.receivable.AllocationPart;
import dev.collections.core.receivable.AllocationPolicy;
import dev.collections.core.receivable.AllocationRequest;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.ComponentOrder;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.Payment;
import dev.collections.core.receivable.PaymentDirection;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.receivable.AllocationGens;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What the standard allocation policies promise beyond the contract: conservation for every policy
 * and composition, directions honoured as far as possible, pro rata shares within a minor unit of
 * proportional, priority and waterfall orders kept, disputed debts untouched by every policy and
 * composition whatever the order, disputed identifiers outside the request without effect, and
 * allocations that post as ledger entries.
 */
class AllocationPolicyPropertiesTest {

  /** A request and the component order the policies use inside each receivable. */
  record Case(AllocationRequest request, ComponentOrder order) {}

  private static final Gen<Case> CASES =
      Gen.zip(AllocationGens.requests(), AllocationGens.componentOrders(), Case::new);

  /** Every standard policy and the usual compositions, with one component order throughout. */
  private static List<AllocationPolicy> policies(ComponentOrder order) {
    return List.of(
        AllocationPolicy.inListedOrder(order),
        AllocationPolicy.oldestDueFirst(order),
        AllocationPolicy.proRata(order),
        AllocationPolicy.consumerDirected(order),
        AllocationPolicy.consumerDirected(order).orElse(AllocationPolicy.oldestDueFirst(order)),
        AllocationPolicy.consumerDirected(order).orElse(AllocationPolicy.proRata(order)),
        AllocationPolicy.proRata(order).orElse(AllocationPolicy.consumerDirected(order)));
  }

  /** The same request with other disputed identifiers. */
  private static AllocationRequest withDisputedIds(
      AllocationRequest request, Set<ReceivableId> disputedIds) {
    return AllocationRequest.builder()
        .payment(request.payment())
        .asOf(request.asOf())
        .addAllReceivables(request.receivables())
        .addAllDisputedIds(disputedIds)
        .addAllDirections(request.directions())
        .addAllPriorParts(request.priorParts())
        .build();
  }

  private static BigInteger units(Money money) {
    return money.getAmount().unscaledValue();
  }

  /** What a receivable can absorb through an order: its open balance, or less. */
  private static Money room(AllocationRequest request, ReceivableId id, ComponentOrder order) {
    Money onComponents = Money.zero(request.currency());
    for (Component component : order.components()) {
      onComponents = onComponents.plus(request.outstanding(id, component));
    }
    Money open = request.openBalance(id);
    return onComponents.isGreaterThan(open) ? open : onComponents;
  }

  private static Money min(Money a, Money b) {
    return a.isGreaterThan(b) ? b : a;
  }

  @Test
  void everyPolicy_partsPlusUnapplied_equalThePaymentToTheMinorUnit() {
    Property.forAll(CASES)
        .check(
            c -> {
              for (AllocationPolicy policy : policies(c.order())) {
                Allocation allocation = policy.allocate(c.request());
                BigInteger sum = units(allocation.unapplied());
                for (AllocationPart part : allocation.parts()) {
                  sum = sum.add(units(part.amount()));
                }
                assertEquals(units(c.request().payment()), sum, policy::toString);
                assertTrue(allocation.unapplied().getAmount().signum() >= 0, policy::toString);
              }
            });
  }

  @Test
  void everyPolicy_paysOnlyComponentsOfItsOrder() {
    Property.forAll(CASES)
        .check(
            c -> {
              for (AllocationPolicy policy : policies(c.order())) {
                for (AllocationPart part : policy.allocate(c.request()).parts()) {
                  assertTrue(c.order().pays(part.component()), () -> policy + " paid " + part);
                }
              }
            });
  }

  @Test
  void everyPolicy_neverPaysADisputedReceivable() {
    Property.forAll(CASES)
        .check(
            c -> {
              for (AllocationPolicy policy : policies(c.order())) {
                for (AllocationPart part : policy.allocate(c.request()).parts()) {
                  assertFalse(
                      c.request().isDisputed(part.receivableId()), () -> policy + " paid " + part);
                }
              }
            });
  }

  @Test
  void disputedReceivable_absorbsNothing_andTheOthersAbsorbWhatTheyWould() {
    Property.forAll(AllocationGens.requests())
        .check(
            request -> {
              AllocationRequest undisputed = withDisputedIds(request, Set.of());
              Money zero = Money.zero(request.currency());
              for (Receivable receivable : request.receivables()) {
                ReceivableId id = receivable.id();
                boolean disputed = request.isDisputed(id);
                assertEquals(
                    disputed ? zero : undisputed.openBalance(id),
                    request.openBalance(id),
                    id::value);
                for (Component component : Component.values()) {
                  assertEquals(
                      disputed ? zero : undisputed.outstanding(id, component),
                      request.outstanding(id, component),
                      () -> id + " " + component);
                }
              }
            });
  }

  @Test
  void disputedIdsOutsideTheRequest_changeNoAllocation() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              Set<ReceivableId> withOutsiders = new HashSet<>(request.disputedIds());
              withOutsiders.add(ReceivableId.of("NOT-IN-THE-REQUEST-1"));
              withOutsiders.add(ReceivableId.of("NOT-IN-THE-REQUEST-2"));
              AllocationRequest wider = withDisputedIds(request, withOutsiders);
              for (AllocationPolicy policy : policies(c.order())) {
                assertEquals(
                    policy.allocate(request).parts(),
                    policy.allocate(wider).parts(),
                    policy::toString);
              }
            });
  }

  @Test
  void consumerDirected_honoursEachDirection_asFarAsThePaymentAndTheDebtAllow() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              Map<ReceivableId, Money> rooms = new HashMap<>();
              Map<ReceivableId, Money> expected = new HashMap<>();
              Money zero = Money.zero(request.currency());
              for (Receivable receivable : request.receivables()) {
                rooms.put(receivable.id(), room(request, receivable.id(), c.order()));
                expected.put(receivable.id(), zero);
              }
              Money remaining = request.payment();
              for (PaymentDirection direction : request.directions()) {
                ReceivableId id = direction.receivableId();
                Money want = direction.amount().orElse(remaining);
                Money take = min(min(want, remaining), rooms.getOrDefault(id, zero));
                rooms.merge(id, take, Money::minus);
                expected.merge(id, take, Money::plus);
                remaining = remaining.minus(take);
              }
              Allocation allocation =
                  AllocationPolicy.consumerDirected(c.order()).allocate(request);
              for (Receivable receivable : request.receivables()) {
                assertEquals(
                    expected.get(receivable.id()),
                    allocation.appliedTo(receivable.id()),
                    receivable.id()::toString);
              }
              assertEquals(remaining, allocation.unapplied());
            });
  }

  @Test
  void proRata_paymentWithinWhatIsOwed_everyShareWithinOneMinorUnitOfProportional() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              List<BigInteger> rooms = new ArrayList<>();
              BigInteger total = BigInteger.ZERO;
              for (Receivable receivable : request.receivables()) {
                BigInteger room = units(room(request, receivable.id(), c.order()));
                rooms.add(room);
                total = total.add(room);
              }
              BigInteger payment = units(request.payment());
              if (total.signum() == 0 || payment.compareTo(total) > 0) {
                return; // capped: the next property covers it
              }
              Allocation allocation = AllocationPolicy.proRata(c.order()).allocate(request);
              assertTrue(allocation.unapplied().isZero(), allocation::toString);
              for (int i = 0; i < rooms.size(); i++) {
                ReceivableId id = request.receivables().get(i).id();
                // |share × total − payment × room| < total: within one minor unit of exact.
                BigInteger error =
                    units(allocation.appliedTo(id))
                        .multiply(total)
                        .subtract(payment.multiply(rooms.get(i)))
                        .abs();
                assertTrue(error.compareTo(total) < 0, () -> id + " in " + allocation);
              }
            });
  }

  @Test
  void proRata_paymentBeyondWhatIsOwed_paysEveryReceivableOff_restUnapplied() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              Money total = Money.zero(request.currency());
              for (Receivable receivable : request.receivables()) {
                total = total.plus(room(request, receivable.id(), c.order()));
              }
              if (!request.payment().isGreaterThan(total)) {
                return; // uncapped: the previous property covers it
              }
              Allocation allocation = AllocationPolicy.proRata(c.order()).allocate(request);
              for (Receivable receivable : request.receivables()) {
                assertEquals(
                    room(request, receivable.id(), c.order()),
                    allocation.appliedTo(receivable.id()));
              }
              assertEquals(request.payment().minus(total), allocation.unapplied());
            });
  }

  /** Checks that receivables are filled one at a time in {@code priority} order. */
  private static void assertFilledInTurn(
      Case c, AllocationPolicy policy, Comparator<Receivable> priority) {
    AllocationRequest request = c.request();
    Allocation allocation = policy.allocate(request);
    List<Receivable> ordered = new ArrayList<>(request.receivables());
    ordered.sort(priority);
    boolean earlierNotFull = false;
    for (Receivable receivable : ordered) {
      Money applied = allocation.appliedTo(receivable.id());
      if (earlierNotFull) {
        assertTrue(applied.isZero(), () -> receivable.id() + " paid before an earlier debt");
      }
      earlierNotFull |= !applied.equals(room(request, receivable.id(), c.order()));
    }
    if (allocation.unapplied().isPositive()) {
      assertFalse(earlierNotFull, "money unapplied while a debt could absorb it");
    }
  }

  @Test
  void inListedOrder_paysALaterDebtOnlyOnceEveryEarlierOneIsFull() {
    Property.forAll(CASES)
        .check(
            c ->
                assertFilledInTurn(
                    c,
                    AllocationPolicy.inListedOrder(c.order()),
                    Comparator.comparingInt(c.request().receivables()::indexOf)));
  }

  @Test
  void oldestDueFirst_paysALaterDebtOnlyOnceEveryEarlierOneIsFull() {
    Property.forAll(CASES)
        .check(
            c ->
                assertFilledInTurn(
                    c,
                    AllocationPolicy.oldestDueFirst(c.order()),
                    Comparator.comparing(Receivable::dueDate)
                        .thenComparing(Receivable::issueDate)
                        .thenComparing(Receivable::id)));
  }

  @Test
  void everyPolicy_paysAComponentOnlyOnceEveryEarlierOneOfTheOrderIsFull() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              for (AllocationPolicy policy : policies(c.order())) {
                Allocation allocation = policy.allocate(request);
                for (Receivable receivable : request.receivables()) {
                  Map<Component, Money> parts = allocation.allocationTo(receivable.id());
                  boolean earlierNotFull = false;
                  for (Component component : c.order().components()) {
                    Money paid = parts.get(component);
                    if (earlierNotFull) {
                      assertEquals(
                          null, paid, () -> policy + " skipped a component of " + receivable.id());
                    }
                    Money owed = request.outstanding(receivable.id(), component);
                    earlierNotFull |= !owed.isZero() && (paid == null || !paid.equals(owed));
                  }
                }
              }
            });
  }

  @Test
  void directedElseOldestFirst_leavesUnappliedOnlyWhatNoDebtCanAbsorb() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              Money total = Money.zero(request.currency());
              for (Receivable receivable : request.receivables()) {
                total = total.plus(room(request, receivable.id(), c.order()));
              }
              Allocation allocation =
                  AllocationPolicy.consumerDirected(c.order())
                      .orElse(AllocationPolicy.oldestDueFirst(c.order()))
                      .allocate(request);
              assertEquals(min(request.payment(), total), allocation.applied());
            });
  }

  @Test
  void toPayment_posted_reducesEachComponentByItsPart() {
    Property.forAll(CASES)
        .check(
            c -> {
              AllocationRequest request = c.request();
              Allocation allocation =
                  AllocationPolicy.consumerDirected(c.order())
                      .orElse(AllocationPolicy.proRata(c.order()))
                      .allocate(request);
              for (Receivable receivable : request.receivables()) {
                Balance before = receivable.balanceAsOf(request.asOf());
                Map<Component, Money> parts = allocation.allocationTo(receivable.id());
                Receivable posted =
                    allocation
                        .toPayment(receivable.id(), EntryId.of("ALLOCATED"))
                        .map(receivable::withEntry)
                        .orElse(receivable);
                Balance after = posted.balanceAsOf(request.asOf());
                assertEquals(
                    before.net().minus(allocation.appliedTo(receivable.id())), after.net());
                for (Component component : Component.values()) {
                  Money part = parts.getOrDefault(component, Money.zero(request.currency()));
                  assertEquals(
                      before.outstanding(component).minus(part), after.outstanding(component));
                }
                allocation
                    .toPayment(receivable.id(), EntryId.of("ALLOCATED"))
                    .map(Payment::unapplied)
                    .ifPresent(u -> assertTrue(u.isZero()));
              }
            });
  }
}
