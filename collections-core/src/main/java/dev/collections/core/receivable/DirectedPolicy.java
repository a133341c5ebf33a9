package dev.collections.core.receivable;

import java.util.Objects;

/**
 * Applies the consumer's directions in turn, each capped at what is left of the payment and at what
 * the named receivable can absorb; leaves the rest unapplied.
 */
final class DirectedPolicy implements AllocationPolicy {

  private final ComponentOrder order;

  DirectedPolicy(ComponentOrder order) {
    this.order = order;
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    Objects.requireNonNull(request, "request");
    Allocator allocator = new Allocator(request, order);
    for (PaymentDirection direction : request.directions()) {
      if (!allocator.remaining().isPositive()) {
        break;
      }
      allocator.pour(direction.receivableId(), direction.amount().orElse(allocator.remaining()));
    }
    return allocator.allocation();
  }

  @Override
  public String toString() {
    return "consumerDirected(" + order.components() + ")";
  }
}
