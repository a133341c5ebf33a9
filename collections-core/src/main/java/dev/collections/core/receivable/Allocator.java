package dev.collections.core.receivable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * The working state of one allocation by a standard policy: the payment left, and what each
 * receivable can still absorb on each component and in all. Amounts are poured into one receivable
 * at a time, through the component order. Used by one thread, once.
 */
final class Allocator {

  /** A receivable and a component: the key of one part. */
  private record Key(ReceivableId receivableId, Component component) {}

  private final AllocationRequest request;
  private final ComponentOrder order;
  private final Map<ReceivableId, Map<Component, Money>> outstanding = new HashMap<>();
  private final Map<ReceivableId, Money> open = new HashMap<>();
  private final Map<Key, Money> parts = new LinkedHashMap<>();
  private final Money zero;
  private Money remaining;

  Allocator(AllocationRequest request, ComponentOrder order) {
    this.request = request;
    this.order = order;
    this.zero = Money.zero(request.currency());
    this.remaining = request.payment();
    for (Receivable receivable : request.receivables()) {
      ReceivableId id = receivable.id();
      Map<Component, Money> byComponent = new EnumMap<>(Component.class);
      for (Component component : order.components()) {
        byComponent.put(component, request.outstanding(id, component));
      }
      outstanding.put(id, byComponent);
      open.put(id, request.openBalance(id));
    }
  }

  /** The payment not yet applied. */
  Money remaining() {
    return remaining;
  }

  /** What a receivable can still absorb through the order: its open balance, or less. */
  Money room(ReceivableId id) {
    Money onComponents = zero;
    for (Money amount : components(id).values()) {
      onComponents = onComponents.plus(amount);
    }
    return min(onComponents, openOf(id));
  }

  /**
   * Applies up to {@code limit} of the remaining payment to a receivable, component by component in
   * the order, and returns the amount applied: the least of the limit, the payment left and the
   * receivable's room.
   */
  Money pour(ReceivableId id, Money limit) {
    Map<Component, Money> byComponent = components(id);
    Money budget = min(min(limit, remaining), openOf(id));
    Money poured = zero;
    for (Component component : order.components()) {
      Money left = budget.minus(poured);
      if (!left.isPositive()) {
        break;
      }
      Money owed = byComponent.getOrDefault(component, zero);
      Money take = min(left, owed);
      if (take.isPositive()) {
        byComponent.put(component, owed.minus(take));
        parts.merge(new Key(id, component), take, Money::plus);
        poured = poured.plus(take);
      }
    }
    open.put(id, openOf(id).minus(poured));
    remaining = remaining.minus(poured);
    return poured;
  }

  /** The allocation of everything poured so far. */
  Allocation allocation() {
    List<AllocationPart> list = new ArrayList<>(parts.size());
    for (Map.Entry<Key, Money> part : parts.entrySet()) {
      list.add(
          AllocationPart.of(
              part.getKey().receivableId(), part.getKey().component(), part.getValue()));
    }
    return Allocation.builder().request(request).addAllParts(list).build();
  }

  /**
   * Returns the parts of two steps of one payment as one list, adding the amounts of a receivable
   * and component that both steps pay, in the order each was first paid.
   */
  static List<AllocationPart> merge(List<AllocationPart> first, List<AllocationPart> second) {
    Map<Key, Money> sums = new LinkedHashMap<>();
    for (List<AllocationPart> step : List.of(first, second)) {
      for (AllocationPart part : step) {
        sums.merge(new Key(part.receivableId(), part.component()), part.amount(), Money::plus);
      }
    }
    List<AllocationPart> merged = new ArrayList<>(sums.size());
    for (Map.Entry<Key, Money> sum : sums.entrySet()) {
      merged.add(
          AllocationPart.of(sum.getKey().receivableId(), sum.getKey().component(), sum.getValue()));
    }
    return merged;
  }

  private Map<Component, Money> components(ReceivableId id) {
    Map<Component, Money> byComponent = outstanding.get(id);
    if (byComponent == null) {
      throw new IllegalArgumentException("receivable is not in the request: " + id);
    }
    return byComponent;
  }

  private Money openOf(ReceivableId id) {
    Money amount = open.get(id);
    if (amount == null) {
      throw new IllegalArgumentException("receivable is not in the request: " + id);
    }
    return amount;
  }

  private static Money min(Money a, Money b) {
    return a.isGreaterThan(b) ? b : a;
  }
}
