package dev.collections.core.receivable;

import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Splits the payment across receivables in proportion to what each can absorb through the component
 * order, never more than that; the rest of a payment larger than all of it together is unapplied.
 */
final class ProRataPolicy implements AllocationPolicy {

  private final ComponentOrder order;

  ProRataPolicy(ComponentOrder order) {
    this.order = order;
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    Objects.requireNonNull(request, "request");
    Allocator allocator = new Allocator(request, order);
    List<Money> rooms = new ArrayList<>(request.receivables().size());
    Money total = Money.zero(request.currency());
    for (Receivable receivable : request.receivables()) {
      Money room = allocator.room(receivable.id());
      rooms.add(room);
      total = total.plus(room);
    }
    if (total.isZero()) {
      return allocator.allocation();
    }
    // Splitting at most the total room by the rooms gives each receivable its exact share
    // rounded down or up to a minor unit; neither exceeds its room, since the share does not.
    Money split = request.payment().isGreaterThan(total) ? total : request.payment();
    List<Money> shares = Splits.proRata(split, rooms, RemainderPlacement.SPREAD);
    for (int i = 0; i < shares.size(); i++) {
      if (shares.get(i).isPositive()) {
        allocator.pour(request.receivables().get(i).id(), shares.get(i));
      }
    }
    return allocator.allocation();
  }

  @Override
  public String toString() {
    return "proRata(" + order.components() + ")";
  }
}
