package dev.collections.core.receivable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.money.MixedCurrencyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ReceivableTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalDate ISSUED_2024_01_02 = LocalDate.of(2024, 1, 2);
  private static final LocalDate DUE_2024_02_01 = LocalDate.of(2024, 2, 1);
  private static final Money USD_1000 = Money.parse("USD 1000.00");
  private static final Money USD_400 = Money.parse("USD 400.00");

  /** A builder with everything but the zone, due date and type set. */
  static Receivable.Builder base() {
    return Receivable.builder()
        .id(ReceivableId.of("INV-1"))
        .debtorId(DebtorId.of("D-1"))
        .currency(CurrencyUnit.USD)
        .issueDate(ISSUED_2024_01_02)
        .originalCreditor("Acme Supply");
  }

  static Receivable.Builder invoice() {
    return base()
        .accountingZone(NEW_YORK)
        .dueDate(DUE_2024_02_01)
        .type(ReceivableType.COMMERCIAL_INVOICE);
  }

  static Charge principal(String id, LocalDate date, String amount) {
    return Charge.of(EntryId.of(id), date, Component.PRINCIPAL, Money.parse("USD " + amount));
  }

  static Payment payment(String id, LocalDate date, String amount, Component to) {
    Money money = Money.parse("USD " + amount);
    return Payment.of(EntryId.of(id), date, money, Map.of(to, money));
  }

  @Test
  void pointInTime_domainExample_1_6() {
    // DOMAIN.md 1.6: 1,000.00 due 2024-02-01, 400.00 paid 2024-04-05.
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(payment("P-1", LocalDate.of(2024, 4, 5), "400.00", Component.PRINCIPAL))
            .build();
    LocalDate march31 = LocalDate.of(2024, 3, 31);
    LocalDate april30 = LocalDate.of(2024, 4, 30);
    assertEquals(59, receivable.daysPastDue(march31));
    assertEquals(USD_1000, receivable.netBalanceAsOf(march31));
    assertEquals(89, receivable.daysPastDue(april30));
    assertEquals(Money.parse("USD 600.00"), receivable.netBalanceAsOf(april30));
  }

  @Test
  void daysPastDue_dueDateIsDayZero() {
    Receivable receivable = invoice().build();
    assertEquals(0, receivable.daysPastDue(DUE_2024_02_01));
    assertEquals(1, receivable.daysPastDue(DUE_2024_02_01.plusDays(1)));
    assertEquals(-1, receivable.daysPastDue(DUE_2024_02_01.minusDays(1)));
    assertEquals(31, receivable.daysSinceIssue(DUE_2024_02_01.plusDays(1)));
  }

  @Test
  void daysPastDue_instant_usesTheAccountingZone() {
    Receivable receivable = invoice().build();
    // 2024-02-02T03:00Z is still February 1 in New York: day 0, not day 1.
    Instant lateEveningFeb1 = Instant.parse("2024-02-02T03:00:00Z");
    assertEquals(0, receivable.daysPastDue(lateEveningFeb1));
    assertEquals(LocalDate.of(2024, 2, 1), receivable.dateOf(lateEveningFeb1));
    Receivable utc =
        base()
            .accountingZone(ZoneId.of("UTC"))
            .dueDate(DUE_2024_02_01)
            .type(ReceivableType.COMMERCIAL_INVOICE)
            .build();
    assertEquals(1, utc.daysPastDue(lateEveningFeb1));
  }

  @Test
  void balance_ignoresEntriesEffectiveLater_andBackdatedEntriesChangeHistory() {
    LocalDate march1 = LocalDate.of(2024, 3, 1);
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(
                Payment.builder()
                    .id(EntryId.of("P-1"))
                    .postingDate(LocalDate.of(2024, 3, 20))
                    .effectiveDate(march1)
                    .amount(USD_400)
                    .putAllocation(Component.PRINCIPAL, USD_400)
                    .build())
            .build();
    assertEquals(USD_1000, receivable.netBalanceAsOf(march1.minusDays(1)));
    assertEquals(Money.parse("USD 600.00"), receivable.netBalanceAsOf(march1));
    assertEquals(
        Money.zero(CurrencyUnit.USD), receivable.netBalanceAsOf(ISSUED_2024_01_02.minusDays(1)));
  }

  @Test
  void balance_itemizedByComponent() {
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(
                Charge.of(
                    EntryId.of("E-2"),
                    DUE_2024_02_01.plusDays(10),
                    Component.FEES,
                    Money.parse("USD 35.00")))
            .addEntries(
                Charge.of(
                    EntryId.of("E-3"),
                    DUE_2024_02_01.plusDays(30),
                    Component.INTEREST,
                    Money.parse("USD 12.50")))
            .addEntries(
                Payment.of(
                    EntryId.of("P-1"),
                    DUE_2024_02_01.plusDays(40),
                    Money.parse("USD 100.00"),
                    Map.of(
                        Component.FEES, Money.parse("USD 35.00"),
                        Component.INTEREST, Money.parse("USD 12.50"),
                        Component.PRINCIPAL, Money.parse("USD 52.50"))))
            .build();
    Balance balance = receivable.balanceAsOf(DUE_2024_02_01.plusDays(40));
    assertEquals(Money.parse("USD 947.50"), balance.principal());
    assertEquals(Money.parse("USD 0.00"), balance.fees());
    assertEquals(Money.parse("USD 0.00"), balance.interest());
    assertEquals(Money.parse("USD 947.50"), balance.net());
    Balance before = receivable.balanceAsOf(DUE_2024_02_01.plusDays(39));
    assertEquals(Money.parse("USD 1047.50"), before.gross());
    assertEquals(Money.parse("USD 35.00"), before.outstanding(Component.FEES));
  }

  @Test
  void overpayment_isACreditBalance_neverANegativeComponent() {
    Money usd1050 = Money.parse("USD 1050.00");
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(
                Payment.of(
                    EntryId.of("P-1"),
                    DUE_2024_02_01,
                    usd1050,
                    Map.of(Component.PRINCIPAL, USD_1000)))
            .build();
    Balance balance = receivable.balanceAsOf(DUE_2024_02_01);
    assertEquals(Money.zero(CurrencyUnit.USD), balance.principal());
    assertEquals(Money.parse("USD 50.00"), balance.credit());
    assertEquals(Money.parse("USD -50.00"), balance.net());
    assertTrue(balance.isCreditBalance());
  }

  @Test
  void backdatedReductionBelowZero_becomesCredit() {
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "100.00"))
            .addEntries(payment("P-1", DUE_2024_02_01, "100.00", Component.PRINCIPAL))
            .addEntries(
                Adjustment.of(
                    EntryId.of("A-1"),
                    ISSUED_2024_01_02.plusDays(5),
                    Component.PRINCIPAL,
                    Money.parse("USD -30.00")))
            .build();
    Balance balance = receivable.balanceAsOf(DUE_2024_02_01);
    assertEquals(Money.zero(CurrencyUnit.USD), balance.principal());
    assertEquals(Money.parse("USD 30.00"), balance.credit());
  }

  @Test
  void returnedPayment_restoresWhatItPaid() {
    LocalDate returned = DUE_2024_02_01.plusDays(3);
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(payment("P-1", DUE_2024_02_01, "400.00", Component.PRINCIPAL))
            .addEntries(Reversal.of(EntryId.of("R-1"), returned, EntryId.of("P-1")))
            .build();
    assertEquals(Money.parse("USD 600.00"), receivable.netBalanceAsOf(returned.minusDays(1)));
    assertEquals(
        receivable.balanceAsOf(DUE_2024_02_01.minusDays(1)), receivable.balanceAsOf(returned));
  }

  @Test
  void writeOff_removesComponents() {
    Receivable receivable =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(
                WriteOff.of(
                    EntryId.of("W-1"),
                    DUE_2024_02_01.plusDays(180),
                    Map.of(Component.PRINCIPAL, USD_1000)))
            .build();
    assertTrue(receivable.balanceAsOf(DUE_2024_02_01.plusDays(180)).isZero());
    assertEquals(USD_1000, ((WriteOff) receivable.entries().get(1)).amount());
  }

  @Test
  void writeOffBeyondWhatWasCharged_rejected_soItCannotInventACredit() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                invoice()
                    .addEntries(principal("E-1", ISSUED_2024_01_02, "100.00"))
                    .addEntries(
                        WriteOff.of(
                            EntryId.of("W-1"),
                            DUE_2024_02_01,
                            Map.of(Component.PRINCIPAL, Money.parse("USD 150.00"))))
                    .build());
    assertEquals(
        "write-offs and reductions must not exceed what was charged: PRINCIPAL charges net of"
            + " them would be USD -50.00 at the end of 2024-02-01",
        e.getMessage());
  }

  @Test
  void reductionBeforeTheChargeTakesEffect_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            invoice()
                .addEntries(principal("E-1", DUE_2024_02_01, "100.00"))
                .addEntries(
                    Adjustment.of(
                        EntryId.of("A-1"),
                        ISSUED_2024_01_02,
                        Component.PRINCIPAL,
                        Money.parse("USD -10.00")))
                .build());
  }

  @Test
  void takingBackAWrittenOffCharge_rejected_butTakingBackAPaidChargeLeavesACredit() {
    Receivable written =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "100.00"))
            .addEntries(
                WriteOff.of(
                    EntryId.of("W-1"),
                    DUE_2024_02_01,
                    Map.of(
                        Component.PRINCIPAL,
                        USD_1000.dividedBy(10, java.math.RoundingMode.UNNECESSARY))))
            .build();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            written.withEntry(
                Reversal.of(EntryId.of("R-1"), DUE_2024_02_01.plusDays(5), EntryId.of("E-1"))));
    Receivable paid =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "100.00"))
            .addEntries(payment("P-1", DUE_2024_02_01, "100.00", Component.PRINCIPAL))
            .addEntries(
                Reversal.of(EntryId.of("R-1"), DUE_2024_02_01.plusDays(5), EntryId.of("E-1")))
            .build();
    Balance balance = paid.balanceAsOf(DUE_2024_02_01.plusDays(5));
    assertEquals(Money.parse("USD 100.00"), balance.credit());
    assertEquals(Money.parse("USD -100.00"), balance.net());
  }

  @Test
  @SuppressWarnings("JdkObsolete") // a LinkedList is the list without random access to test
  void netMinorUnitsAsOfEach_agreesWithEachReceivable_inAndAfterTheRange() {
    LocalDate march31 = LocalDate.of(2024, 3, 31);
    // Settled by March 31; two entries on later days (the ledger index answers); one future
    // charge (answered from the receivable's own fields); an overpayment (a credit).
    Receivable paid =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(payment("P-1", LocalDate.of(2024, 3, 1), "1000.00", Component.PRINCIPAL))
            .build();
    Receivable twoLater =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "1000.00"))
            .addEntries(payment("P-1", LocalDate.of(2024, 4, 5), "400.00", Component.PRINCIPAL))
            .addEntries(payment("P-2", LocalDate.of(2024, 5, 5), "100.00", Component.PRINCIPAL))
            .build();
    Receivable oneLater =
        invoice().addEntries(principal("E-1", LocalDate.of(2024, 4, 1), "5.00")).build();
    Receivable overpaid =
        invoice()
            .addEntries(principal("E-1", ISSUED_2024_01_02, "10.00"))
            .addEntries(payment("P-1", LocalDate.of(2024, 2, 1), "12.50", Component.PRINCIPAL))
            .build();
    List<Receivable> list = List.of(paid, twoLater, oneLater, overpaid, paid);
    long[] net = {7, 7, 7, 7, 7};

    Receivable.netMinorUnitsAsOfEach(march31, list, 1, 4, net);

    assertArrayEquals(new long[] {100_000, 0, -250, 7, 7}, net);
    for (int i = 1; i < 4; i++) {
      assertEquals(list.get(i).netMinorUnitsAsOf(march31), net[i - 1]);
    }
    Receivable.netMinorUnitsAsOfEach(LocalDate.of(2024, 4, 30), list, 0, 5, net);
    assertArrayEquals(new long[] {0, 60_000, 500, -250, 0}, net);
    // A list without random access gives the same figures, the ledger index included.
    Receivable.netMinorUnitsAsOfEach(march31, new LinkedList<>(list), 1, 4, net);
    assertArrayEquals(new long[] {100_000, 0, -250, -250, 0}, net);
  }

  @Test
  @SuppressWarnings("JdkObsolete") // a LinkedList is the list without random access to test
  void netMinorUnitsAsOfEach_rejectsBadRangesArraysAndNullReceivables() {
    Receivable receivable = invoice().build();
    List<Receivable> two = List.of(receivable, receivable);
    LocalDate date = DUE_2024_02_01;
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> Receivable.netMinorUnitsAsOfEach(date, two, 1, 0, new long[2]));
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> Receivable.netMinorUnitsAsOfEach(date, two, -1, 1, new long[2]));
    assertThrows(
        IndexOutOfBoundsException.class,
        () -> Receivable.netMinorUnitsAsOfEach(date, two, 0, 3, new long[3]));
    IllegalArgumentException shortArray =
        assertThrows(
            IllegalArgumentException.class,
            () -> Receivable.netMinorUnitsAsOfEach(date, two, 0, 2, new long[1]));
    assertEquals(
        "netMinorUnits must hold one balance per receivable in the range (2), but its length is 1",
        shortArray.getMessage());
    List<Receivable> withNull = Arrays.asList(receivable, receivable, null);
    NullPointerException missing =
        assertThrows(
            NullPointerException.class,
            () -> Receivable.netMinorUnitsAsOfEach(date, withNull, 1, 3, new long[2]));
    assertEquals("receivables[2]", missing.getMessage());
    NullPointerException missingFromLinked =
        assertThrows(
            NullPointerException.class,
            () ->
                Receivable.netMinorUnitsAsOfEach(
                    date, new LinkedList<>(withNull), 1, 3, new long[2]));
    assertEquals("receivables[2]", missingFromLinked.getMessage());
  }

  @Test
  void withEntry_appends() {
    Receivable empty = invoice().build();
    Receivable charged = empty.withEntry(principal("E-1", ISSUED_2024_01_02, "1000.00"));
    assertEquals(1, charged.entries().size());
    assertEquals(USD_1000, charged.netBalanceAsOf(ISSUED_2024_01_02));
    assertEquals(0, empty.entries().size());
  }

  @Test
  void dueDateBeforeIssueDate_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                base()
                    .accountingZone(NEW_YORK)
                    .dueDate(ISSUED_2024_01_02.minusDays(1))
                    .type(ReceivableType.COMMERCIAL_INVOICE)
                    .build());
    assertEquals(
        "due date must not be before the issue date: 2024-01-02 then 2024-01-01 for receivable INV-1",
        e.getMessage());
  }

  @Test
  void entryInAnotherCurrency_rejected() {
    MixedCurrencyException e =
        assertThrows(
            MixedCurrencyException.class,
            () ->
                invoice()
                    .addEntries(
                        Charge.of(
                            EntryId.of("E-1"),
                            ISSUED_2024_01_02,
                            Component.PRINCIPAL,
                            Money.parse("EUR 1.00")))
                    .build());
    assertEquals("entry E-1 must be in USD: EUR", e.getMessage());
  }

  @Test
  void duplicateEntryIds_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                invoice()
                    .addEntries(principal("E-1", ISSUED_2024_01_02, "1.00"))
                    .addEntries(principal("E-1", ISSUED_2024_01_02, "2.00"))
                    .build());
    assertEquals("ledger entry ids must be unique: E-1", e.getMessage());
  }

  @Test
  void reversalOfUnknownEntry_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                invoice()
                    .addEntries(Reversal.of(EntryId.of("R-1"), DUE_2024_02_01, EntryId.of("P-9")))
                    .build());
    assertEquals(
        "a reversal must reverse an entry of the ledger: R-1 reverses unknown P-9", e.getMessage());
  }

  @Test
  void reversalOfAReversal_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                invoice()
                    .addEntries(principal("E-1", ISSUED_2024_01_02, "1.00"))
                    .addEntries(Reversal.of(EntryId.of("R-1"), DUE_2024_02_01, EntryId.of("E-1")))
                    .addEntries(Reversal.of(EntryId.of("R-2"), DUE_2024_02_01, EntryId.of("R-1")))
                    .build());
    assertEquals("a reversal must not reverse another reversal: R-2 reverses R-1", e.getMessage());
  }

  @Test
  void reversingTwiceOrBeforeTheOriginal_rejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            invoice()
                .addEntries(principal("E-1", ISSUED_2024_01_02, "1.00"))
                .addEntries(Reversal.of(EntryId.of("R-1"), DUE_2024_02_01, EntryId.of("E-1")))
                .addEntries(Reversal.of(EntryId.of("R-2"), DUE_2024_02_01, EntryId.of("E-1")))
                .build());
    IllegalArgumentException early =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                invoice()
                    .addEntries(principal("E-1", DUE_2024_02_01, "1.00"))
                    .addEntries(
                        Reversal.of(EntryId.of("R-1"), ISSUED_2024_01_02, EntryId.of("E-1")))
                    .build());
    assertEquals(
        "a reversal must not take effect before the entry it reverses: R-1 on 2024-01-02, E-1 on 2024-02-01",
        early.getMessage());
  }

  @Test
  void negativeOrZeroPayment_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Payment.of(EntryId.of("P-1"), DUE_2024_02_01, Money.parse("USD -5.00"), Map.of()));
    assertEquals("payment amount must be positive: USD -5.00 in entry P-1", e.getMessage());
    IllegalArgumentException over =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Payment.of(
                    EntryId.of("P-1"),
                    DUE_2024_02_01,
                    Money.parse("USD 5.00"),
                    Map.of(Component.FEES, Money.parse("USD 6.00"))));
    assertEquals(
        "payment allocation must not exceed the amount: USD 6.00 > USD 5.00 in entry P-1",
        over.getMessage());
  }

  @Test
  void studentLoan_needsItsServicingAccountNumber_andOthersMustNotHaveOne() {
    Receivable.Builder loanWithoutNumber =
        base().accountingZone(NEW_YORK).dueDate(DUE_2024_02_01).type(ReceivableType.STUDENT_LOAN);
    assertThrows(IllegalArgumentException.class, loanWithoutNumber::build);
    assertThrows(
        IllegalArgumentException.class, () -> invoice().servicingAccountNumber("SVC-1").build());
    Receivable loan =
        base()
            .accountingZone(NEW_YORK)
            .dueDate(DUE_2024_02_01)
            .type(ReceivableType.STUDENT_LOAN)
            .servicingAccountNumber("SVC-1")
            .build();
    assertFalse(loan.toString().contains("SVC-1"), loan.toString());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose, to see it rejected
  void missingRequiredField_rejected() {
    assertThrows(
        IllegalStateException.class, () -> Receivable.builder().id(ReceivableId.of("R")).build());
    assertThrows(NullPointerException.class, () -> Receivable.builder().originalCreditor(null));
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> invoice().dueDate(DUE_2024_02_01));
    assertTrue(String.valueOf(twice.getMessage()).contains("dueDate"), twice.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(invoice().build(), invoice().build())
        .addEqualityGroup(invoice().addEntries(principal("E-1", ISSUED_2024_01_02, "1.00")).build())
        .addEqualityGroup(
            base()
                .accountingZone(NEW_YORK)
                .dueDate(DUE_2024_02_01.plusDays(1))
                .type(ReceivableType.COMMERCIAL_INVOICE)
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            principal("E-1", ISSUED_2024_01_02, "1.00"),
            principal("E-1", ISSUED_2024_01_02, "1.00"))
        .addEqualityGroup(principal("E-1", ISSUED_2024_01_02, "2.00"))
        .addEqualityGroup(payment("E-1", ISSUED_2024_01_02, "1.00", Component.PRINCIPAL))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Receivable receivable =
        invoice().addEntries(principal("E-1", ISSUED_2024_01_02, "1.00")).build();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, DUE_2024_02_01)
            .setDefault(Money.class, USD_400)
            .setDefault(EntryId.class, EntryId.of("X"))
            .setDefault(CurrencyUnit.class, CurrencyUnit.USD);
    tester.testAllPublicInstanceMethods(receivable);
    tester.testAllPublicStaticMethods(Charge.class);
    tester.testAllPublicStaticMethods(Payment.class);
    tester.testAllPublicStaticMethods(Reversal.class);
    tester.testAllPublicStaticMethods(Balance.class);
    tester.testAllPublicStaticMethods(ReceivableId.class);
    tester.testAllPublicStaticMethods(Receivable.class);
    assertEquals(List.of(), invoice().build().entries());
  }
}
