package dev.collections.core.receivable;

import java.util.Objects;

/**
 * Runs a policy on the request without its disputed receivables, so nothing can be applied to a
 * disputed debt, even when the consumer directs it there.
 */
final class DisputeExcludingPolicy implements AllocationPolicy {

  private final AllocationPolicy policy;

  DisputeExcludingPolicy(AllocationPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    Objects.requireNonNull(request, "request");
    AllocationRequest undisputed = request.withoutDisputed();
    Allocation allocation = policy.allocate(undisputed);
    // Checked against the undisputed request first: a part on a disputed receivable fails here.
    Allocation checked =
        Allocation.builder().request(undisputed).addAllParts(allocation.parts()).build();
    return Allocation.builder().request(request).addAllParts(checked.parts()).build();
  }

  @Override
  public String toString() {
    return policy + ".excludingDisputed()";
  }
}
