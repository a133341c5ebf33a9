package dev.collections.core.receivable;

import static dev.collections.core.receivable.AllocationFixtures.AS_OF_2024_05_01;
import static dev.collections.core.receivable.AllocationFixtures.charge;
import static dev.collections.core.receivable.AllocationFixtures.id;
import static dev.collections.core.receivable.AllocationFixtures.principalOnly;
import static dev.collections.core.receivable.AllocationFixtures.receivable;
import static dev.collections.core.receivable.AllocationFixtures.request;
import static dev.collections.core.receivable.AllocationFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.money.MixedCurrencyException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final LocalDate DUE_2024_01_31 = LocalDate.of(2024, 1, 31);

  /** Fees 70.00, principal 100.00, credit 30.00: open 140.00. */
  private static final Receivable LOAN =
      receivable("L", DUE_2024_01_31)
          .addEntry(charge("E-1", Component.PRINCIPAL, "100.00"))
          .addEntry(charge("E-2", Component.FEES, "70.00"))
          .addEntry(Payment.of(EntryId.of("P-1"), DUE_2024_01_31, usd("30.00"), Map.of()))
          .build();

  private static final Receivable OTHER = principalOnly("O", DUE_2024_01_31, "100.00");

  private static final AllocationRequest REQUEST = request("200.00", LOAN, OTHER).build();

  private static AllocationPart part(Receivable receivable, Component component, String amount) {
    return AllocationPart.of(receivable.id(), component, usd(amount));
  }

  private static Allocation.Builder allocation(AllocationPart... parts) {
    return Allocation.builder().request(REQUEST).addParts(parts);
  }

  @Test
  void views_totalsByReceivableAndComponent() {
    Allocation allocation =
        allocation(
                part(OTHER, Component.PRINCIPAL, "40.00"),
                part(LOAN, Component.FEES, "70.00"),
                part(LOAN, Component.PRINCIPAL, "50.00"))
            .build();
    assertEquals(usd("200.00"), allocation.payment());
    assertEquals(usd("160.00"), allocation.applied());
    assertEquals(usd("40.00"), allocation.unapplied());
    assertEquals(usd("120.00"), allocation.appliedTo(LOAN.id()));
    assertEquals(
        List.of(LOAN.id(), OTHER.id()), List.copyOf(allocation.appliedByReceivable().keySet()));
    assertEquals(
        Map.of(LOAN.id(), usd("120.00"), OTHER.id(), usd("40.00")),
        allocation.appliedByReceivable());
    assertEquals(
        List.of(Component.PRINCIPAL, Component.FEES),
        List.copyOf(allocation.allocationTo(LOAN.id()).keySet()));
  }

  @Test
  void toPayment_isTheLedgerEntryOfOneReceivable_effectiveAsOf() {
    Allocation allocation =
        allocation(part(LOAN, Component.FEES, "70.00"), part(LOAN, Component.PRINCIPAL, "50.00"))
            .build();
    Payment payment = allocation.toPayment(LOAN.id(), EntryId.of("P-2")).orElseThrow();
    assertEquals(
        Payment.of(
            EntryId.of("P-2"),
            AS_OF_2024_05_01,
            usd("120.00"),
            Map.of(Component.FEES, usd("70.00"), Component.PRINCIPAL, usd("50.00"))),
        payment);
    assertEquals(usd("20.00"), LOAN.withEntry(payment).netBalanceAsOf(AS_OF_2024_05_01));
    assertEquals(Optional.empty(), allocation.toPayment(OTHER.id(), EntryId.of("P-2")));
  }

  @Test
  void noParts_everythingUnapplied() {
    Allocation allocation = allocation().build();
    assertEquals(usd("200.00"), allocation.unapplied());
    assertEquals(Map.of(), allocation.appliedByReceivable());
    assertEquals(usd("0.00"), allocation.appliedTo(LOAN.id()));
  }

  @Test
  void views_unknownReceivable_rejected() {
    Allocation allocation = allocation().build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> allocation.appliedTo(id("X")));
    assertEquals("receivable is not in the request: X", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> allocation.allocationTo(id("X")));
    assertThrows(
        IllegalArgumentException.class, () -> allocation.toPayment(id("X"), EntryId.of("P")));
  }

  @Test
  void partOutsideTheRequest_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> allocation(AllocationPart.of(id("X"), Component.FEES, usd("1.00"))).build());
    assertEquals("parts must name receivables of the request: X", e.getMessage());
  }

  @Test
  void partOnADisputedDebt_rejected_evenWithinWhatTheLedgerOwes() {
    AllocationRequest disputed =
        request("200.00", LOAN, OTHER).addDisputedId(OTHER.id()).addDisputedId(id("X")).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Allocation.builder()
                    .request(disputed)
                    .addPart(part(LOAN, Component.FEES, "70.00"))
                    .addPart(part(OTHER, Component.PRINCIPAL, "0.01"))
                    .build());
    assertEquals("a payment must not be applied to a disputed debt: O", e.getMessage());
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Allocation.builder()
                    .request(disputed)
                    .addPart(AllocationPart.of(id("X"), Component.FEES, usd("1.00")))
                    .build());
    assertEquals("parts must name receivables of the request: X", outside.getMessage());
    assertEquals(
        usd("70.00"),
        Allocation.builder()
            .request(disputed)
            .addPart(part(LOAN, Component.FEES, "70.00"))
            .build()
            .applied());
  }

  @Test
  void partInAnotherCurrency_rejected() {
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class,
            () ->
                allocation(AllocationPart.of(LOAN.id(), Component.FEES, Money.parse("EUR 1.00")))
                    .build());
    assertEquals("part to L FEES must be in USD: EUR", e.getMessage());
  }

  @Test
  void repeatedReceivableAndComponent_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                allocation(part(LOAN, Component.FEES, "1.00"), part(LOAN, Component.FEES, "2.00"))
                    .build());
    assertEquals("parts must not repeat a receivable and component: L FEES", e.getMessage());
  }

  @Test
  void partBeyondItsComponent_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> allocation(part(LOAN, Component.FEES, "70.01")).build());
    assertEquals(
        "parts must not exceed what is outstanding: USD 70.01 > USD 70.00 on L FEES",
        e.getMessage());
    IllegalArgumentException nothingOwed =
        assertThrows(
            IllegalArgumentException.class,
            () -> allocation(part(LOAN, Component.COSTS, "0.01")).build());
    assertEquals(
        "parts must not exceed what is outstanding: USD 0.01 > USD 0.00 on L COSTS",
        nothingOwed.getMessage());
  }

  @Test
  void partsBeyondTheOpenBalance_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                allocation(
                        part(LOAN, Component.FEES, "70.00"),
                        part(LOAN, Component.PRINCIPAL, "70.01"))
                    .build());
    assertEquals(
        "parts must not exceed the open balance: USD 140.01 > USD 140.00 on L", e.getMessage());
  }

  @Test
  void partsBeyondWhatPriorPartsLeft_rejected() {
    AllocationRequest afterPrior =
        request("10.00", OTHER).addPriorPart(part(OTHER, Component.PRINCIPAL, "95.00")).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Allocation.builder()
                    .request(afterPrior)
                    .addPart(part(OTHER, Component.PRINCIPAL, "6.00"))
                    .build());
    assertEquals(
        "parts must not exceed what is outstanding: USD 6.00 > USD 5.00 on O PRINCIPAL",
        e.getMessage());
  }

  @Test
  void partsBeyondThePayment_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                allocation(
                        part(LOAN, Component.FEES, "70.00"),
                        part(LOAN, Component.PRINCIPAL, "70.00"),
                        part(OTHER, Component.PRINCIPAL, "60.01"))
                    .build());
    assertEquals("parts must not exceed the payment: USD 200.01 > USD 200.00", e.getMessage());
  }

  @Test
  void toString_showsPaymentPartsAndUnapplied_notTheLedgers() {
    Allocation allocation = allocation(part(OTHER, Component.PRINCIPAL, "40.00")).build();
    assertEquals(
        "Allocation{payment=USD 200.00, asOf=2024-05-01, parts=[AllocationPart{receivableId=O,"
            + " component=PRINCIPAL, amount=USD 40.00}], unapplied=USD 160.00}",
        allocation.toString());
  }

  @Test
  void equalsAndHashCode_byRequestAndParts() {
    new EqualsTester()
        .addEqualityGroup(
            allocation(part(OTHER, Component.PRINCIPAL, "40.00")).build(),
            allocation(part(OTHER, Component.PRINCIPAL, "40.00")).build())
        .addEqualityGroup(allocation(part(OTHER, Component.PRINCIPAL, "41.00")).build())
        .addEqualityGroup(allocation().build())
        .addEqualityGroup(Allocation.builder().request(REQUEST.withPayment(usd("100.00"))).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Allocation allocation = allocation(part(OTHER, Component.PRINCIPAL, "40.00")).build();
    new NullPointerTester()
        .setDefault(ReceivableId.class, OTHER.id())
        .setDefault(EntryId.class, EntryId.of("P-9"))
        .testAllPublicInstanceMethods(allocation);
    new NullPointerTester().testAllPublicStaticMethods(Allocation.class);
  }
}
