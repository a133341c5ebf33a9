package dev.collections.properties.receivable;

import dev.collections.core.receivable.Allocation;
import dev.collections.core.receivable.AllocationPart;
import dev.collections.core.receivable.AllocationPolicy;
import dev.collections.core.receivable.AllocationRequest;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.ComponentOrder;
import dev.collections.core.receivable.Receivable;
import dev.collections.testkit.contract.AllocationPolicyContract;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;

/**
 * Runs the allocation contract against every standard policy, the usual compositions and a policy
 * written as a user would, with several component orders: the library's own property tests of
 * allocation. Those that pay every component and place undirected money also run the completeness
 * checks of {@link AllocationPolicyContract.AppliesWhateverItCan}.
 */
class AllocationPolicyContractTest {

  private static final ComponentOrder FIP = ComponentOrder.feesInterestPrincipalCosts();
  private static final ComponentOrder PRINCIPAL_ONLY = ComponentOrder.of(Component.PRINCIPAL);
  private static final ComponentOrder COSTS_FIRST =
      ComponentOrder.of(Component.COSTS, Component.INTEREST, Component.FEES);
  private static final ComponentOrder REVERSED =
      ComponentOrder.of(Component.COSTS, Component.PRINCIPAL, Component.INTEREST, Component.FEES);

  @Nested
  class InListedOrder extends AllocationPolicyContract.AppliesWhateverItCan {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.inListedOrder(FIP);
    }
  }

  /** Never pays principal, so it cannot promise to apply whatever the debts can absorb. */
  @Nested
  class OldestDueFirst extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.oldestDueFirst(COSTS_FIRST);
    }
  }

  @Nested
  class OldestDueFirstEveryComponent extends AllocationPolicyContract.AppliesWhateverItCan {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.oldestDueFirst(REVERSED);
    }
  }

  @Nested
  class ProRata extends AllocationPolicyContract.AppliesWhateverItCan {
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
  class ProRataCostsFirst extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.proRata(COSTS_FIRST);
    }
  }

  /** Leaves undirected money unapplied, so it cannot promise completeness. */
  @Nested
  class ConsumerDirected extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(FIP);
    }
  }

  @Nested
  class DirectedElseOldestFirst extends AllocationPolicyContract.AppliesWhateverItCan {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(FIP).orElse(AllocationPolicy.oldestDueFirst(FIP));
    }
  }

  @Nested
  class DirectedElseProRata extends AllocationPolicyContract.AppliesWhateverItCan {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(PRINCIPAL_ONLY)
          .orElse(AllocationPolicy.proRata(FIP));
    }
  }

  /** Principal first, then the other three components pro rata: together every component. */
  @Nested
  class ListedElseProRataElseDirected extends AllocationPolicyContract.AppliesWhateverItCan {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.inListedOrder(PRINCIPAL_ONLY)
          .orElse(AllocationPolicy.proRata(COSTS_FIRST))
          .orElse(AllocationPolicy.consumerDirected(FIP));
    }
  }

  @Nested
  class DirectedElsePrincipalOnly extends AllocationPolicyContract {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicy.consumerDirected(FIP)
          .orElse(AllocationPolicy.oldestDueFirst(PRINCIPAL_ONLY));
    }
  }

  /**
   * A policy written as a host would, that never looks at disputes: it pays the receivables in the
   * order listed, every component in the order of {@link Component}, as far as the request says
   * each can absorb. The request gives a disputed debt nothing to absorb, so it keeps the contract.
   */
  @Nested
  class WrittenByAHost extends AllocationPolicyContract.AppliesWhateverItCan {
    @Override
    protected AllocationPolicy policy() {
      return AllocationPolicyContractTest::payInTurn;
    }
  }

  private static Allocation payInTurn(AllocationRequest request) {
    Allocation.Builder allocation = Allocation.builder().request(request);
    Money left = request.payment();
    for (Receivable receivable : request.receivables()) {
      Money open = request.openBalance(receivable.id());
      for (Component component : Component.values()) {
        Money take = min(min(left, open), request.outstanding(receivable.id(), component));
        if (take.isPositive()) {
          allocation.addPart(AllocationPart.of(receivable.id(), component, take));
          left = left.minus(take);
          open = open.minus(take);
        }
      }
    }
    return allocation.build();
  }

  private static Money min(Money a, Money b) {
    return a.isGreaterThan(b) ? b : a;
  }
}
