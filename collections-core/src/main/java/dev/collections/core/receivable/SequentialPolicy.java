package dev.collections.core.receivable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pays receivables one after the other in a priority order, each as far as it can absorb before the
 * next receives anything, and each through the component order.
 */
final class SequentialPolicy implements AllocationPolicy {

  private final String name;
  private final ComponentOrder order;

  /** The order in which receivables are paid; null to keep the request's order. */
  private final @Nullable Comparator<Receivable> priority;

  SequentialPolicy(String name, ComponentOrder order, @Nullable Comparator<Receivable> priority) {
    this.name = name;
    this.order = order;
    this.priority = priority;
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    Objects.requireNonNull(request, "request");
    Allocator allocator = new Allocator(request, order);
    List<Receivable> receivables = new ArrayList<>(request.receivables());
    if (priority != null) {
      // A stable sort: receivables the priority ties keep the request's order.
      receivables.sort(priority);
    }
    for (Receivable receivable : receivables) {
      if (!allocator.remaining().isPositive()) {
        break;
      }
      allocator.pour(receivable.id(), allocator.remaining());
    }
    return allocator.allocation();
  }

  @Override
  public String toString() {
    return name + "(" + order.components() + ")";
  }
}
