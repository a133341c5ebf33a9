package dev.collections.core.receivable;

import java.util.Objects;

/**
 * Runs a first policy, then a second on whatever the first left unapplied, against the balances
 * that remain after the first policy's parts.
 */
final class FallbackPolicy implements AllocationPolicy {

  private final AllocationPolicy first;
  private final AllocationPolicy next;

  FallbackPolicy(AllocationPolicy first, AllocationPolicy next) {
    this.first = first;
    this.next = next;
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    Objects.requireNonNull(request, "request");
    Allocation firstStep = first.allocate(request);
    if (!firstStep.unapplied().isPositive()) {
      return Allocation.builder().request(request).addAllParts(firstStep.parts()).build();
    }
    AllocationRequest rest =
        request.withRemainder(
            Allocator.merge(request.priorParts(), firstStep.parts()), firstStep.unapplied());
    Allocation nextStep = next.allocate(rest);
    return Allocation.builder()
        .request(request)
        .addAllParts(Allocator.merge(firstStep.parts(), nextStep.parts()))
        .build();
  }

  @Override
  public String toString() {
    return first + ".orElse(" + next + ")";
  }
}
