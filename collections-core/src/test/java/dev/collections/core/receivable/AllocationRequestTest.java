package dev.collections.core.receivable;

import static dev.collections.core.receivable.AllocationFixtures.AS_OF_2024_05_01;
import static dev.collections.core.receivable.AllocationFixtures.charge;
import static dev.collections.core.receivable.AllocationFixtures.id;
import static dev.collections.core.receivable.AllocationFixtures.principalOnly;
import static dev.collections.core.receivable.AllocationFixtures.receivable;
import static dev.collections.core.receivable.AllocationFixtures.request;
import static dev.collections.core.receivable.AllocationFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.DebtScope;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorKind;
import dev.collections.core.debtor.DebtorStatus;
import dev.collections.core.debtor.Dispute;
import dev.collections.core.money.MixedCurrencyException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationRequestTest {

  private static final LocalDate DUE_2024_01_31 = LocalDate.of(2024, 1, 31);
  private static final Receivable A = principalOnly("A", DUE_2024_01_31, "100.00");
  private static final Receivable B = principalOnly("B", DUE_2024_01_31, "50.00");

  /** Principal 100.00 and fees 70.00 owed, 30.00 held as credit: net 140.00. */
  private static final Receivable WITH_CREDIT =
      receivable("C", DUE_2024_01_31)
          .addEntry(charge("E-1", Component.PRINCIPAL, "100.00"))
          .addEntry(charge("E-2", Component.FEES, "70.00"))
          .addEntry(Payment.of(EntryId.of("P-1"), DUE_2024_01_31, usd("30.00"), Map.of()))
          .build();

  private static final Instant DISPUTED_AT = Instant.parse("2024-04-10T15:00:00Z");
  private static final Instant RESOLVED_AT = Instant.parse("2024-04-20T15:00:00Z");
  private static final Instant PAID_AT = Instant.parse("2024-05-01T14:00:00Z");

  /** A written dispute of some debts, received at {@link #DISPUTED_AT}. */
  private static Dispute dispute(DebtScope debts) {
    return Dispute.builder().knownAt(DISPUTED_AT).debts(debts).written(true).build();
  }

  /** The consumer owing the fixtures' receivables, with some status events. */
  private static Debtor debtor(Dispute... disputes) {
    return Debtor.builder()
        .id(AllocationFixtures.DEBTOR)
        .kind(DebtorKind.CONSUMER)
        .displayName("Quincy Zebedee")
        .addAllEvents(Arrays.asList(disputes))
        .build();
  }

  private static IllegalArgumentException rejected(AllocationRequest.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build);
  }

  @Test
  void openBalance_isThePositiveNetLessPriorParts() {
    AllocationRequest request = request("10.00", A, WITH_CREDIT).build();
    assertEquals(usd("100.00"), request.openBalance(A.id()));
    assertEquals(usd("140.00"), request.openBalance(WITH_CREDIT.id()));
    assertEquals(usd("70.00"), request.outstanding(WITH_CREDIT.id(), Component.FEES));
    assertEquals(usd("0.00"), request.outstanding(WITH_CREDIT.id(), Component.COSTS));
    AllocationRequest afterPrior =
        request("10.00", A, WITH_CREDIT)
            .addPriorPart(AllocationPart.of(WITH_CREDIT.id(), Component.FEES, usd("20.00")))
            .addPriorPart(AllocationPart.of(WITH_CREDIT.id(), Component.FEES, usd("5.00")))
            .build();
    assertEquals(usd("115.00"), afterPrior.openBalance(WITH_CREDIT.id()));
    assertEquals(usd("45.00"), afterPrior.outstanding(WITH_CREDIT.id(), Component.FEES));
    assertEquals(usd("100.00"), afterPrior.outstanding(WITH_CREDIT.id(), Component.PRINCIPAL));
  }

  @Test
  void openBalance_followsTheAsOfDate() {
    Receivable later =
        receivable("L", DUE_2024_01_31)
            .addEntry(charge("E-1", Component.PRINCIPAL, "10.00"))
            .addEntry(
                Charge.of(
                    EntryId.of("E-2"),
                    AS_OF_2024_05_01.plusDays(1),
                    Component.PRINCIPAL,
                    usd("90.00")))
            .build();
    AllocationRequest request = request("10.00", later).build();
    assertEquals(usd("10.00"), request.openBalance(later.id()));
    assertEquals(
        usd("100.00"),
        AllocationRequest.builder()
            .payment(usd("10.00"))
            .asOf(AS_OF_2024_05_01.plusDays(1))
            .addReceivable(later)
            .build()
            .openBalance(later.id()));
  }

  @Test
  void openBalance_inCredit_isZero() {
    Receivable inCredit =
        receivable("X", DUE_2024_01_31)
            .addEntry(charge("E-1", Component.FEES, "10.00"))
            .addEntry(Payment.of(EntryId.of("P-1"), DUE_2024_01_31, usd("25.00"), Map.of()))
            .build();
    AllocationRequest request = request("10.00", inCredit).build();
    assertEquals(usd("0.00"), request.openBalance(inCredit.id()));
    assertEquals(usd("10.00"), request.outstanding(inCredit.id(), Component.FEES));
  }

  @Test
  void isDisputed_andCurrency() {
    AllocationRequest request = request("10.00", A, B).addDisputedId(B.id()).build();
    assertTrue(request.isDisputed(B.id()));
    assertFalse(request.isDisputed(A.id()));
    assertEquals(CurrencyUnit.USD, request.currency());
  }

  @Test
  void openBalanceAndOutstanding_disputedReceivable_zeroOnEveryComponent() {
    AllocationRequest request =
        request("10.00", A, WITH_CREDIT).addDisputedId(WITH_CREDIT.id()).build();
    assertEquals(usd("0.00"), request.openBalance(WITH_CREDIT.id()));
    for (Component component : Component.values()) {
      assertEquals(usd("0.00"), request.outstanding(WITH_CREDIT.id(), component), component::name);
    }
    assertEquals(usd("100.00"), request.openBalance(A.id()));
    assertEquals(usd("100.00"), request.outstanding(A.id(), Component.PRINCIPAL));
    assertEquals(usd("140.00"), WITH_CREDIT.balanceAsOf(AS_OF_2024_05_01).net());
  }

  @Test
  void disputedIdOutsideTheRequest_acceptedAndIgnored() {
    AllocationRequest request =
        request("10.00", A).addDisputedId(id("X")).addDisputedId(id("Y")).build();
    assertEquals(Set.of(id("X"), id("Y")), request.disputedIds());
    assertFalse(request.isDisputed(A.id()));
    assertEquals(usd("100.00"), request.openBalance(A.id()));
    assertEquals(usd("100.00"), request.outstanding(A.id(), Component.PRINCIPAL));
    assertEquals(
        Map.of(A.id(), usd("10.00")),
        AllocationPolicy.oldestDueFirst(AllocationFixtures.FIP)
            .allocate(request)
            .appliedByReceivable());
  }

  @Test
  void disputedAmong_openDisputes_theDisputedReceivablesInTheirOrder() {
    Debtor debtor =
        debtor(
            dispute(DebtScope.ofDebt("C")),
            dispute(DebtScope.of(List.of("A", "OTHER-9"))).withResolvedAt(RESOLVED_AT),
            dispute(DebtScope.ofDebt("B")));
    List<Receivable> receivables = List.of(WITH_CREDIT, A, B);
    assertEquals(
        List.of(WITH_CREDIT.id(), B.id()),
        List.copyOf(AllocationRequest.disputedAmong(debtor.statusAsOf(PAID_AT), receivables)));
    assertEquals(
        List.of(WITH_CREDIT.id(), A.id(), B.id()),
        List.copyOf(
            AllocationRequest.disputedAmong(
                debtor.statusAsOf(RESOLVED_AT.minusNanos(1)), receivables)));
    assertEquals(
        Set.of(),
        AllocationRequest.disputedAmong(debtor.statusAsOf(DISPUTED_AT.minusNanos(1)), receivables));
  }

  @Test
  void disputedAmong_allDebtsDisputed_everyReceivable() {
    DebtorStatus status = debtor(dispute(DebtScope.allDebts())).statusAsOf(PAID_AT);
    assertEquals(Set.of(A.id(), B.id()), AllocationRequest.disputedAmong(status, List.of(A, B)));
    assertEquals(Set.of(), AllocationRequest.disputedAmong(status, List.of()));
  }

  @Test
  void disputedAmong_debtorsWholeList_feedsARequestThatPaysOnlyUndisputedDebts() {
    DebtorStatus status =
        debtor(dispute(DebtScope.of(List.of("B", "OTHER-9")))).statusAsOf(PAID_AT);
    Receivable other = principalOnly("OTHER-9", DUE_2024_01_31, "10.00");
    AllocationRequest request =
        request("120.00", A, B)
            .addAllDisputedIds(AllocationRequest.disputedAmong(status, List.of(A, B, other)))
            .addDirection(PaymentDirection.ofWholeBalance(B.id()))
            .build();
    assertEquals(Set.of(B.id(), other.id()), request.disputedIds());
    Allocation allocation =
        AllocationPolicy.consumerDirected(AllocationFixtures.FIP)
            .orElse(AllocationPolicy.inListedOrder(AllocationFixtures.FIP))
            .allocate(request);
    assertEquals(Map.of(A.id(), usd("100.00")), allocation.appliedByReceivable());
    assertEquals(usd("20.00"), allocation.unapplied());
  }

  @Test
  void disputedAmong_nullReceivable_rejected() {
    DebtorStatus status = debtor().statusAsOf(PAID_AT);
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> AllocationRequest.disputedAmong(status, Arrays.asList(A, null)));
    assertEquals("receivable", e.getMessage());
  }

  @Test
  void unknownReceivable_rejected() {
    AllocationRequest request = request("10.00", A).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> request.openBalance(id("X")));
    assertEquals("receivable is not in the request: X", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> request.outstanding(id("X"), Component.FEES));
  }

  @Test
  void paymentNotPositive_rejected() {
    assertEquals("payment must be positive: USD 0.00", rejected(request("0.00", A)).getMessage());
    assertEquals("payment must be positive: USD -1.00", rejected(request("-1.00")).getMessage());
  }

  @Test
  void receivableInAnotherCurrency_rejected() {
    Receivable euro =
        Receivable.builder()
            .id(id("EUR-1"))
            .debtorId(AllocationFixtures.DEBTOR)
            .currency(CurrencyUnit.EUR)
            .accountingZone(AllocationFixtures.NEW_YORK)
            .issueDate(DUE_2024_01_31)
            .dueDate(DUE_2024_01_31)
            .originalCreditor("Euro Bank")
            .type(ReceivableType.PERSONAL_LOAN)
            .build();
    MixedCurrencyException e =
        assertThrows(MixedCurrencyException.class, () -> request("10.00", A, euro).build());
    assertEquals("receivable EUR-1 must be in USD: EUR", e.getMessage());
  }

  @Test
  void duplicateReceivable_rejected() {
    assertEquals(
        "receivable ids must be unique: A", rejected(request("10.00", A, B, A)).getMessage());
  }

  @Test
  void receivablesOfTwoDebtors_rejected() {
    Receivable other = receivable("O", DebtorId.of("D-2"), DUE_2024_01_31, DUE_2024_01_31).build();
    assertEquals(
        "receivables must be owed by one debtor: D-1 then D-2 for receivable O",
        rejected(request("10.00", A, other)).getMessage());
  }

  @Test
  void directionOutsideTheRequest_rejected() {
    assertEquals(
        "directions must name receivables of the request: X",
        rejected(request("10.00", A).addDirection(PaymentDirection.ofWholeBalance(id("X"))))
            .getMessage());
  }

  @Test
  void directionInAnotherCurrency_rejected() {
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class,
            () ->
                request("10.00", A)
                    .addDirection(PaymentDirection.of(A.id(), Money.parse("EUR 5.00")))
                    .build());
    assertEquals("direction to A must be in USD: EUR", e.getMessage());
  }

  @Test
  void priorPartOutsideTheRequest_rejected() {
    assertEquals(
        "prior parts must name receivables of the request: X",
        rejected(
                request("10.00", A)
                    .addPriorPart(AllocationPart.of(id("X"), Component.FEES, usd("1.00"))))
            .getMessage());
  }

  @Test
  void priorPartInAnotherCurrency_rejected() {
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class,
            () ->
                request("10.00", A)
                    .addPriorPart(
                        AllocationPart.of(A.id(), Component.PRINCIPAL, Money.parse("EUR 1.00")))
                    .build());
    assertEquals("prior part to A PRINCIPAL must be in USD: EUR", e.getMessage());
  }

  @Test
  void priorPartOnADisputedDebt_rejected() {
    assertEquals(
        "prior parts must not be applied to a disputed debt: B",
        rejected(
                request("10.00", A, B)
                    .addDisputedId(B.id())
                    .addPriorPart(AllocationPart.of(A.id(), Component.PRINCIPAL, usd("1.00")))
                    .addPriorPart(AllocationPart.of(B.id(), Component.PRINCIPAL, usd("1.00"))))
            .getMessage());
  }

  @Test
  void priorPartsBeyondAComponent_rejected() {
    assertEquals(
        "prior parts must not exceed what is outstanding: USD 80.00 > USD 70.00 on C FEES",
        rejected(
                request("10.00", WITH_CREDIT)
                    .addPriorPart(AllocationPart.of(WITH_CREDIT.id(), Component.FEES, usd("50.00")))
                    .addPriorPart(
                        AllocationPart.of(WITH_CREDIT.id(), Component.FEES, usd("30.00"))))
            .getMessage());
  }

  @Test
  void priorPartsBeyondTheOpenBalance_rejected() {
    assertEquals(
        "prior parts must not exceed the open balance: USD 150.00 > USD 140.00 on C",
        rejected(
                request("10.00", WITH_CREDIT)
                    .addPriorPart(
                        AllocationPart.of(WITH_CREDIT.id(), Component.PRINCIPAL, usd("100.00")))
                    .addPriorPart(
                        AllocationPart.of(WITH_CREDIT.id(), Component.FEES, usd("50.00"))))
            .getMessage());
  }

  @Test
  void withPayment_replacesThePayment_inTheSameCurrencyOnly() {
    AllocationRequest request = request("10.00", A).build();
    AllocationRequest larger = request.withPayment(usd("20.00"));
    assertEquals(usd("20.00"), larger.payment());
    assertEquals(request.receivables(), larger.receivables());
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class, () -> request.withPayment(Money.parse("EUR 20.00")));
    assertEquals("receivable A must be in EUR: USD", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> request.withPayment(usd("0.00")));
  }

  @Test
  void builder_isStrict_andRequiresPaymentAndDate() {
    assertThrows(IllegalStateException.class, () -> AllocationRequest.builder().build());
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> request("1.00").payment(usd("2.00")));
    assertTrue(String.valueOf(twice.getMessage()).contains("payment"), twice.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(request("10.00", A, B).build(), request("10.00", A, B).build())
        .addEqualityGroup(request("10.00", B, A).build())
        .addEqualityGroup(request("11.00", A, B).build())
        .addEqualityGroup(request("10.00", A, B).addDisputedId(B.id()).build())
        .addEqualityGroup(request("10.00", A, B).addDisputedId(id("X")).build())
        .addEqualityGroup(
            request("10.00", A, B).addDirection(PaymentDirection.ofWholeBalance(B.id())).build())
        .addEqualityGroup(
            request("10.00", A, B)
                .addPriorPart(AllocationPart.of(B.id(), Component.PRINCIPAL, usd("1.00")))
                .build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    AllocationRequest request = request("10.00", A).build();
    new NullPointerTester()
        .setDefault(ReceivableId.class, A.id())
        .setDefault(Money.class, usd("1.00"))
        .testAllPublicInstanceMethods(request);
    new NullPointerTester()
        .setDefault(DebtorStatus.class, debtor().statusAsOf(PAID_AT))
        .testAllPublicStaticMethods(AllocationRequest.class);
    assertEquals(List.of(), request.directions());
  }
}
