package dev.collections.core.receivable;

import static dev.collections.core.receivable.AllocationFixtures.AS_OF_2024_05_01;
import static dev.collections.core.receivable.AllocationFixtures.FIP;
import static dev.collections.core.receivable.AllocationFixtures.charge;
import static dev.collections.core.receivable.AllocationFixtures.id;
import static dev.collections.core.receivable.AllocationFixtures.principalOnly;
import static dev.collections.core.receivable.AllocationFixtures.receivable;
import static dev.collections.core.receivable.AllocationFixtures.request;
import static dev.collections.core.receivable.AllocationFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationPolicyTest {

  private static final LocalDate DUE_2024_01_31 = LocalDate.of(2024, 1, 31);
  private static final LocalDate DUE_2024_02_29 = LocalDate.of(2024, 2, 29);
  private static final LocalDate DUE_2024_03_31 = LocalDate.of(2024, 3, 31);
  private static final ComponentOrder PRINCIPAL = ComponentOrder.of(Component.PRINCIPAL);
  private static final Money USD_0 = usd("0.00");

  /**
   * DOMAIN.md 5.1, GoldPoint: order late charges, fees, interest, principal. Late charges (70.00)
   * and the NSF fee (35.00) are both {@link Component#FEES}; the scheduled payment of 200.00 is the
   * interest due (50.00) and 150.00 of principal.
   */
  private static final Receivable GOLDPOINT_LOAN =
      receivable("LOAN-1", DUE_2024_03_31)
          .addEntry(charge("E-1", Component.PRINCIPAL, "5000.00"))
          .addEntry(charge("E-2", Component.INTEREST, "50.00"))
          .addEntry(charge("E-3", Component.FEES, "70.00"))
          .addEntry(charge("E-4", Component.FEES, "35.00"))
          .build();

  private static final ComponentOrder LATE_CHARGES_FEES_INTEREST_PRINCIPAL =
      ComponentOrder.of(Component.FEES, Component.INTEREST, Component.PRINCIPAL);

  private static final Money SCHEDULED = usd("200.00");

  @Test
  void inListedOrder_goldPoint350_paysFeesTheScheduledPaymentAnd45ExtraPrincipal() {
    Allocation allocation =
        AllocationPolicy.inListedOrder(LATE_CHARGES_FEES_INTEREST_PRINCIPAL)
            .allocate(request("350.00", GOLDPOINT_LOAN).build());
    assertEquals(
        List.of(
            AllocationPart.of(id("LOAN-1"), Component.FEES, usd("105.00")),
            AllocationPart.of(id("LOAN-1"), Component.INTEREST, usd("50.00")),
            AllocationPart.of(id("LOAN-1"), Component.PRINCIPAL, usd("195.00"))),
        allocation.parts());
    assertEquals(USD_0, allocation.unapplied());
    Money toScheduled = allocation.payment().minus(usd("105.00"));
    assertEquals(usd("45.00"), toScheduled.minus(SCHEDULED));
  }

  @Test
  void inListedOrder_goldPoint200_paysFeesFirstAndLeavesTheScheduledPayment105Short() {
    Allocation allocation =
        AllocationPolicy.inListedOrder(LATE_CHARGES_FEES_INTEREST_PRINCIPAL)
            .allocate(request("200.00", GOLDPOINT_LOAN).build());
    assertEquals(
        Map.of(
            Component.FEES, usd("105.00"),
            Component.INTEREST, usd("50.00"),
            Component.PRINCIPAL, usd("45.00")),
        allocation.allocationTo(id("LOAN-1")));
    Money toScheduled = allocation.appliedTo(id("LOAN-1")).minus(usd("105.00"));
    assertEquals(usd("95.00"), toScheduled);
    assertEquals(usd("105.00"), SCHEDULED.minus(toScheduled));
  }

  /**
   * DOMAIN.md 5.2, CARD Act: purchases 1,500.00 at 15.99%, cash advance 500.00 at 24.99%, balance
   * transfer 1,000.00 at 0%, minimum 60.00. The receivables are listed by APR, highest first (APR
   * is not a field of a receivable, so the host orders them); the issuer's choice to put the
   * minimum on the 0% balance is expressed as a direction of 60.00 applied before the excess.
   */
  private static Allocation cardAct(String payment) {
    Receivable purchases = principalOnly("PURCHASES", DUE_2024_03_31, "1500.00");
    Receivable cashAdvance = principalOnly("CASH-ADVANCE", DUE_2024_03_31, "500.00");
    Receivable balanceTransfer = principalOnly("BALANCE-TRANSFER", DUE_2024_03_31, "1000.00");
    AllocationRequest request =
        request(payment, cashAdvance, purchases, balanceTransfer)
            .addDirection(PaymentDirection.of(balanceTransfer.id(), usd("60.00")))
            .build();
    return AllocationPolicy.consumerDirected(PRINCIPAL)
        .orElse(AllocationPolicy.inListedOrder(PRINCIPAL))
        .allocate(request);
  }

  @Test
  void inListedOrderByApr_cardAct400_excessToTheCashAdvance() {
    Allocation allocation = cardAct("400.00");
    assertEquals(
        Map.of(id("BALANCE-TRANSFER"), usd("60.00"), id("CASH-ADVANCE"), usd("340.00")),
        allocation.appliedByReceivable());
    Receivable cashAdvance = allocation.request().receivables().get(0);
    Receivable posted =
        cashAdvance.withEntry(
            allocation.toPayment(cashAdvance.id(), EntryId.of("P-1")).orElseThrow());
    assertEquals(usd("160.00"), posted.netBalanceAsOf(AS_OF_2024_05_01));
    assertEquals(usd("940.00"), usd("1000.00").minus(allocation.appliedTo(id("BALANCE-TRANSFER"))));
  }

  @Test
  void inListedOrderByApr_cardAct1000_paysOffTheCashAdvanceThenPurchases() {
    Allocation allocation = cardAct("1000.00");
    assertEquals(usd("500.00"), allocation.appliedTo(id("CASH-ADVANCE")));
    assertEquals(usd("440.00"), allocation.appliedTo(id("PURCHASES")));
    assertEquals(usd("1060.00"), usd("1500.00").minus(allocation.appliedTo(id("PURCHASES"))));
    assertEquals(usd("60.00"), allocation.appliedTo(id("BALANCE-TRANSFER")));
    assertEquals(USD_0, allocation.unapplied());
  }

  /** DOMAIN.md 5.3: five cents split 70/30 is 4 and 1 cents, and split 30/70 is 2 and 3. */
  @Test
  void proRata_fiveCentsBy70And30_fourAndOne() {
    Receivable seventy = principalOnly("A", DUE_2024_01_31, "70.00");
    Receivable thirty = principalOnly("B", DUE_2024_01_31, "30.00");
    Allocation allocation =
        AllocationPolicy.proRata(FIP).allocate(request("0.05", seventy, thirty).build());
    assertEquals(usd("0.04"), allocation.appliedTo(seventy.id()));
    assertEquals(usd("0.01"), allocation.appliedTo(thirty.id()));
  }

  @Test
  void proRata_fiveCentsBy30And70_twoAndThree() {
    Receivable thirty = principalOnly("A", DUE_2024_01_31, "30.00");
    Receivable seventy = principalOnly("B", DUE_2024_01_31, "70.00");
    Allocation allocation =
        AllocationPolicy.proRata(FIP).allocate(request("0.05", thirty, seventy).build());
    assertEquals(usd("0.02"), allocation.appliedTo(thirty.id()));
    assertEquals(usd("0.03"), allocation.appliedTo(seventy.id()));
  }

  @Test
  void proRata_paymentBeyondEveryBalance_paysAllOffAndLeavesTheRestUnapplied() {
    Receivable a = principalOnly("A", DUE_2024_01_31, "70.00");
    Receivable b = principalOnly("B", DUE_2024_01_31, "30.00");
    Allocation allocation = AllocationPolicy.proRata(FIP).allocate(request("150.00", a, b).build());
    assertEquals(usd("70.00"), allocation.appliedTo(a.id()));
    assertEquals(usd("30.00"), allocation.appliedTo(b.id()));
    assertEquals(usd("50.00"), allocation.unapplied());
  }

  @Test
  void proRata_weighsWhatTheOrderCanPay_notTheWholeBalance() {
    Receivable feesOnly =
        receivable("A", DUE_2024_01_31).addEntry(charge("E-1", Component.FEES, "100.00")).build();
    Receivable principal = principalOnly("B", DUE_2024_01_31, "100.00");
    Allocation allocation =
        AllocationPolicy.proRata(PRINCIPAL).allocate(request("60.00", feesOnly, principal).build());
    assertEquals(Map.of(principal.id(), usd("60.00")), allocation.appliedByReceivable());
  }

  @Test
  void oldestDueFirst_paysTheEarliestDueDateFirst_tiesByIssueDateThenId() {
    Receivable march = principalOnly("A-MARCH", DUE_2024_03_31, "100.00");
    Receivable januaryB = principalOnly("B-JANUARY", DUE_2024_01_31, "100.00");
    Receivable januaryA = principalOnly("A-JANUARY", DUE_2024_01_31, "100.00");
    Receivable januaryIssuedLater =
        receivable("0-JANUARY", AllocationFixtures.DEBTOR, LocalDate.of(2024, 1, 3), DUE_2024_01_31)
            .addEntry(charge("E-1", Component.PRINCIPAL, "100.00"))
            .build();
    Allocation allocation =
        AllocationPolicy.oldestDueFirst(FIP)
            .allocate(request("250.00", march, januaryIssuedLater, januaryB, januaryA).build());
    assertEquals(
        List.of(
            AllocationPart.of(januaryA.id(), Component.PRINCIPAL, usd("100.00")),
            AllocationPart.of(januaryB.id(), Component.PRINCIPAL, usd("100.00")),
            AllocationPart.of(januaryIssuedLater.id(), Component.PRINCIPAL, usd("50.00"))),
        allocation.parts());
  }

  @Test
  void consumerDirected_appliesDirectionsInTurn_cappedAtTheDebt_restUnapplied() {
    Receivable a = principalOnly("A", DUE_2024_01_31, "100.00");
    Receivable b = principalOnly("B", DUE_2024_02_29, "100.00");
    AllocationRequest request =
        request("300.00", a, b)
            .addDirection(PaymentDirection.of(b.id(), usd("40.00")))
            .addDirection(PaymentDirection.of(a.id(), usd("500.00")))
            .addDirection(PaymentDirection.ofWholeBalance(b.id()))
            .build();
    Allocation allocation = AllocationPolicy.consumerDirected(FIP).allocate(request);
    assertEquals(
        List.of(
            AllocationPart.of(b.id(), Component.PRINCIPAL, usd("100.00")),
            AllocationPart.of(a.id(), Component.PRINCIPAL, usd("100.00"))),
        allocation.parts());
    assertEquals(usd("100.00"), allocation.unapplied());
  }

  @Test
  void consumerDirected_withoutDirections_appliesNothing() {
    Allocation allocation =
        AllocationPolicy.consumerDirected(FIP)
            .allocate(request("10.00", principalOnly("A", DUE_2024_01_31, "100.00")).build());
    assertEquals(List.of(), allocation.parts());
    assertEquals(usd("10.00"), allocation.unapplied());
  }

  @Test
  void directedOrElseOldestFirst_followsTheDirectionThenPaysOldestFirst() {
    Receivable january = principalOnly("JAN", DUE_2024_01_31, "100.00");
    Receivable february = principalOnly("FEB", DUE_2024_02_29, "100.00");
    Receivable march = principalOnly("MAR", DUE_2024_03_31, "100.00");
    AllocationRequest request =
        request("180.00", march, february, january)
            .addDirection(PaymentDirection.of(march.id(), usd("50.00")))
            .build();
    Allocation allocation =
        AllocationPolicy.consumerDirected(FIP)
            .orElse(AllocationPolicy.oldestDueFirst(FIP))
            .allocate(request);
    assertEquals(
        List.of(
            AllocationPart.of(march.id(), Component.PRINCIPAL, usd("50.00")),
            AllocationPart.of(january.id(), Component.PRINCIPAL, usd("100.00")),
            AllocationPart.of(february.id(), Component.PRINCIPAL, usd("30.00"))),
        allocation.parts());
    assertSame(request, allocation.request());
  }

  @Test
  void orElse_nextPaysWhatIsLeftOfADirectedDebt_asOnePart() {
    Receivable only = principalOnly("A", DUE_2024_01_31, "100.00");
    AllocationRequest request =
        request("80.00", only).addDirection(PaymentDirection.of(only.id(), usd("30.00"))).build();
    Allocation allocation =
        AllocationPolicy.consumerDirected(FIP)
            .orElse(AllocationPolicy.oldestDueFirst(FIP))
            .allocate(request);
    assertEquals(
        List.of(AllocationPart.of(only.id(), Component.PRINCIPAL, usd("80.00"))),
        allocation.parts());
  }

  @Test
  void orElse_firstPaysEverything_nextNotAsked() {
    AllocationPolicy never =
        r -> {
          throw new AssertionError("next must not be asked");
        };
    Allocation allocation =
        AllocationPolicy.oldestDueFirst(FIP)
            .orElse(never)
            .allocate(request("10.00", principalOnly("A", DUE_2024_01_31, "100.00")).build());
    assertEquals(USD_0, allocation.unapplied());
  }

  @Test
  void directedElseOldestFirst_disputedDebtReceivesNothing_evenWhenDirected() {
    Receivable january = principalOnly("JAN", DUE_2024_01_31, "100.00");
    Receivable disputed = principalOnly("FEB", DUE_2024_02_29, "100.00");
    Receivable march = principalOnly("MAR", DUE_2024_03_31, "100.00");
    AllocationPolicy policy =
        AllocationPolicy.consumerDirected(FIP).orElse(AllocationPolicy.oldestDueFirst(FIP));
    AllocationRequest request =
        request("150.00", january, disputed, march)
            .addDisputedId(disputed.id())
            .addDirection(PaymentDirection.ofWholeBalance(disputed.id()))
            .build();
    Allocation allocation = policy.allocate(request);
    assertEquals(
        Map.of(january.id(), usd("100.00"), march.id(), usd("50.00")),
        allocation.appliedByReceivable());
    assertEquals(USD_0, allocation.appliedTo(disputed.id()));
    assertSame(request, allocation.request());
    Allocation undisputed =
        policy.allocate(
            request("150.00", january, disputed, march)
                .addDirection(PaymentDirection.ofWholeBalance(disputed.id()))
                .build());
    assertEquals(usd("100.00"), undisputed.appliedTo(disputed.id()));
  }

  /** The review's case: the policy after {@code orElse} must not pay a disputed debt either. */
  @Test
  void orElse_policyAfterTheFirst_neverPaysADisputedDebt() {
    Receivable oldestDisputed = principalOnly("OLD", DUE_2024_01_31, "100.00");
    Receivable newer = principalOnly("NEW", DUE_2024_03_31, "100.00");
    AllocationRequest request =
        request("150.00", oldestDisputed, newer)
            .addDisputedId(oldestDisputed.id())
            .addDirection(PaymentDirection.of(newer.id(), usd("20.00")))
            .build();
    Allocation allocation =
        AllocationPolicy.consumerDirected(FIP)
            .orElse(AllocationPolicy.oldestDueFirst(FIP))
            .allocate(request);
    assertEquals(
        List.of(AllocationPart.of(newer.id(), Component.PRINCIPAL, usd("100.00"))),
        allocation.parts());
    assertEquals(usd("50.00"), allocation.unapplied());
  }

  @Test
  void proRata_disputedDebt_sharesSplitAmongTheOthersOnly() {
    Receivable seventy = principalOnly("A", DUE_2024_01_31, "70.00");
    Receivable disputed = principalOnly("B", DUE_2024_01_31, "900.00");
    Receivable thirty = principalOnly("C", DUE_2024_01_31, "30.00");
    Allocation allocation =
        AllocationPolicy.proRata(FIP)
            .allocate(
                request("10.00", seventy, disputed, thirty).addDisputedId(disputed.id()).build());
    assertEquals(
        Map.of(seventy.id(), usd("7.00"), thirty.id(), usd("3.00")),
        allocation.appliedByReceivable());
  }

  @Test
  void everyPolicy_everyDebtDisputed_allUnapplied() {
    Receivable a = principalOnly("A", DUE_2024_01_31, "100.00");
    Receivable b = principalOnly("B", DUE_2024_02_29, "100.00");
    AllocationRequest request =
        request("20.00", a, b)
            .addAllDisputedIds(List.of(a.id(), b.id()))
            .addDirection(PaymentDirection.ofWholeBalance(a.id()))
            .build();
    for (AllocationPolicy policy : standardPolicies()) {
      Allocation allocation = policy.allocate(request);
      assertEquals(List.of(), allocation.parts(), policy.toString());
      assertEquals(usd("20.00"), allocation.unapplied(), policy.toString());
    }
  }

  @Test
  void userPolicy_readingTheLedgerInsteadOfTheRequest_cannotPayADisputedDebt() {
    Receivable a = principalOnly("A", DUE_2024_01_31, "100.00");
    AllocationRequest request = request("20.00", a).addDisputedId(a.id()).build();
    AllocationPolicy rogue =
        r -> {
          Receivable first = r.receivables().get(0);
          Money owed = first.balanceAsOf(r.asOf()).outstanding(Component.PRINCIPAL);
          return Allocation.builder()
              .request(r)
              .addPart(
                  AllocationPart.of(
                      first.id(),
                      Component.PRINCIPAL,
                      owed.isLessThan(r.payment()) ? owed : r.payment()))
              .build();
        };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rogue.allocate(request));
    assertEquals("a payment must not be applied to a disputed debt: A", e.getMessage());
    IllegalArgumentException chained =
        assertThrows(
            IllegalArgumentException.class,
            () -> AllocationPolicy.consumerDirected(FIP).orElse(rogue).allocate(request));
    assertEquals("a payment must not be applied to a disputed debt: A", chained.getMessage());
  }

  @Test
  void userPolicy_payingWhatTheRequestReports_skipsDisputedDebtsWithoutLookingAtDisputes() {
    Receivable disputed = principalOnly("A", DUE_2024_01_31, "100.00");
    Receivable b = principalOnly("B", DUE_2024_02_29, "100.00");
    AllocationPolicy naive =
        r -> {
          Allocation.Builder builder = Allocation.builder().request(r);
          Money left = r.payment();
          for (Receivable receivable : r.receivables()) {
            Money take = r.outstanding(receivable.id(), Component.PRINCIPAL);
            take = take.isGreaterThan(left) ? left : take;
            if (take.isPositive()) {
              builder.addPart(AllocationPart.of(receivable.id(), Component.PRINCIPAL, take));
              left = left.minus(take);
            }
          }
          return builder.build();
        };
    Allocation allocation =
        naive.allocate(request("150.00", disputed, b).addDisputedId(disputed.id()).build());
    assertEquals(Map.of(b.id(), usd("100.00")), allocation.appliedByReceivable());
    assertEquals(usd("50.00"), allocation.unapplied());
  }

  @Test
  void everyPolicy_overpayment_leftUnapplied() {
    Receivable a = principalOnly("A", DUE_2024_01_31, "100.00");
    AllocationRequest request =
        request("250.00", a).addDirection(PaymentDirection.ofWholeBalance(a.id())).build();
    for (AllocationPolicy policy : standardPolicies()) {
      Allocation allocation = policy.allocate(request);
      assertEquals(usd("100.00"), allocation.applied(), policy.toString());
      assertEquals(usd("150.00"), allocation.unapplied(), policy.toString());
    }
  }

  @Test
  void everyPolicy_nothingOpen_allUnapplied() {
    Receivable paidOff =
        receivable("PAID", DUE_2024_01_31)
            .addEntry(charge("E-1", Component.PRINCIPAL, "100.00"))
            .addEntry(
                Payment.of(
                    EntryId.of("P-1"),
                    DUE_2024_01_31,
                    usd("100.00"),
                    Map.of(Component.PRINCIPAL, usd("100.00"))))
            .build();
    Receivable inCredit =
        receivable("CREDIT", DUE_2024_01_31)
            .addEntry(charge("E-1", Component.FEES, "10.00"))
            .addEntry(Payment.of(EntryId.of("P-1"), DUE_2024_01_31, usd("25.00"), Map.of()))
            .build();
    Receivable notYetCharged =
        receivable("LATER", DUE_2024_01_31)
            .addEntry(
                Charge.of(
                    EntryId.of("E-1"),
                    AS_OF_2024_05_01.plusDays(1),
                    Component.PRINCIPAL,
                    usd("100.00")))
            .build();
    List<AllocationRequest> requests =
        List.of(
            request("40.00", paidOff, inCredit, notYetCharged)
                .addDirection(PaymentDirection.ofWholeBalance(inCredit.id()))
                .build(),
            request("40.00").build());
    for (AllocationRequest request : requests) {
      for (AllocationPolicy policy : standardPolicies()) {
        Allocation allocation = policy.allocate(request);
        assertEquals(List.of(), allocation.parts(), policy.toString());
        assertEquals(usd("40.00"), allocation.unapplied(), policy.toString());
      }
    }
  }

  @Test
  void creditBalance_absorbsOnlyWhatIsOwedAfterTheCredit() {
    Receivable withCredit =
        receivable("A", DUE_2024_01_31)
            .addEntry(charge("E-1", Component.PRINCIPAL, "100.00"))
            .addEntry(Payment.of(EntryId.of("P-1"), DUE_2024_01_31, usd("30.00"), Map.of()))
            .build();
    Allocation allocation =
        AllocationPolicy.oldestDueFirst(FIP).allocate(request("100.00", withCredit).build());
    assertEquals(usd("70.00"), allocation.appliedTo(withCredit.id()));
    assertEquals(usd("30.00"), allocation.unapplied());
  }

  @Test
  void unlistedComponent_neverPaid() {
    Receivable loan =
        receivable("A", DUE_2024_01_31)
            .addEntry(charge("E-1", Component.PRINCIPAL, "100.00"))
            .addEntry(charge("E-2", Component.FEES, "25.00"))
            .build();
    Allocation allocation =
        AllocationPolicy.oldestDueFirst(PRINCIPAL).allocate(request("200.00", loan).build());
    assertEquals(Map.of(Component.PRINCIPAL, usd("100.00")), allocation.allocationTo(loan.id()));
    assertEquals(usd("100.00"), allocation.unapplied());
  }

  @Test
  void toString_namesThePolicyChain() {
    assertEquals(
        "consumerDirected([FEES, INTEREST, PRINCIPAL, COSTS])"
            + ".orElse(oldestDueFirst([PRINCIPAL]))",
        AllocationPolicy.consumerDirected(FIP)
            .orElse(AllocationPolicy.oldestDueFirst(PRINCIPAL))
            .toString());
    assertEquals(
        "inListedOrder([PRINCIPAL])", AllocationPolicy.inListedOrder(PRINCIPAL).toString());
    assertEquals("proRata([PRINCIPAL])", AllocationPolicy.proRata(PRINCIPAL).toString());
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ComponentOrder.class, FIP)
            .setDefault(AllocationPolicy.class, AllocationPolicy.proRata(FIP))
            .setDefault(
                AllocationRequest.class,
                request("1.00", principalOnly("A", DUE_2024_01_31, "1.00")).build());
    tester.testAllPublicStaticMethods(AllocationPolicy.class);
    for (AllocationPolicy policy : standardPolicies()) {
      tester.testAllPublicInstanceMethods(policy);
    }
  }

  private static List<AllocationPolicy> standardPolicies() {
    return List.of(
        AllocationPolicy.inListedOrder(FIP),
        AllocationPolicy.oldestDueFirst(FIP),
        AllocationPolicy.proRata(FIP),
        AllocationPolicy.consumerDirected(FIP),
        AllocationPolicy.consumerDirected(FIP).orElse(AllocationPolicy.proRata(FIP)),
        AllocationPolicy.consumerDirected(FIP).orElse(AllocationPolicy.oldestDueFirst(FIP)));
  }
}
