package dev.collections.properties.receivable;

import dev.collections.core.receivable.AllocationPolicy;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.ComponentOrder;
import dev.collections.testkit.contract.AllocationPolicyContract;
import org.junit.jupiter.api.Nested;

/**
 * Runs the allocation contract against every standard policy and the usual compositions, with
 * several component orders: the library's own property tests of allocation.
 */
class AllocationPolicyContractTest {

  private static final ComponentOrder FIP = ComponentOrder.feesInterestPrincipalCosts();
  private static final ComponentOrder PRINCIPAL_ONLY = ComponentOrder.of(Component.PRINCIPAL);
  private static final ComponentOrder COSTS_FIRST =
      ComponentOrder.of(Component.COSTS, Component.INTEREST, Component.FEES);

  @Nested
  class InListedOrder extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.inListedOrder(FIP);
    }
  }

  @Nested
  class OldestDueFirst extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.oldestDueFirst(COSTS_FIRST);
    }
  }

  @Nested
  class ProRata extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.proRata(FIP);
    }
  }

  @Nested
  class ProRataPrincipalOnly extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.proRata(PRINCIPAL_ONLY);
    }
  }

  @Nested
  class ConsumerDirected extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(FIP);
    }
  }

  @Nested
  class OldestDueFirstExcludingDisputed extends AllocationPolicyContract.ExcludingDisputed {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.oldestDueFirst(FIP).excludingDisputed();
    }
  }

  @Nested
  class ProRataExcludingDisputed extends AllocationPolicyContract.ExcludingDisputed {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.proRata(COSTS_FIRST).excludingDisputed();
    }
  }

  @Nested
  class DirectedElseOldestFirstExcludingDisputed
      extends AllocationPolicyContract.ExcludingDisputed {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(FIP)
          .orElse(AllocationPolicy.oldestDueFirst(FIP))
          .excludingDisputed();
    }
  }

  @Nested
  class DirectedElseProRata extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(PRINCIPAL_ONLY)
          .orElse(AllocationPolicy.proRata(FIP));
    }
  }

  @Nested
  class ListedElseProRataElseDirected extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.inListedOrder(PRINCIPAL_ONLY)
          .orElse(AllocationPolicy.proRata(COSTS_FIRST))
          .orElse(AllocationPolicy.consumerDirected(FIP));
    }
  }

  @Nested
  class ExcludingDisputedThenOldestFirst extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      // Only the first step excludes disputes: the second may pay a disputed debt.
      return AllocationPolicy.consumerDirected(FIP)
          .excludingDisputed()
          .orElse(AllocationPolicy.oldestDueFirst(FIP));
    }
  }
}
