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
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.money.MixedCurrencyException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
  void disputedIdOutsideTheRequest_rejected() {
    assertEquals(
        "disputed ids must name receivables of the request: X",
        rejected(request("10.00", A).addDisputedId(id("X"))).getMessage());
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
    new NullPointerTester().testAllPublicStaticMethods(AllocationRequest.class);
    assertEquals(List.of(), request.directions());
  }
}
