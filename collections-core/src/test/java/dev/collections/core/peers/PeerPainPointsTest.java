package dev.collections.core.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.aging.AgingDetail;
import dev.collections.core.aging.AgingItem;
import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.metrics.RollCell;
import dev.collections.core.metrics.RollRateMatrix;
import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.Payment;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.core.receivable.ReceivableType;
import dev.collections.core.receivable.Reversal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The pain points that users of established systems report (PEERS.md section 10), each shown to be
 * impossible here. Test names cite the issue or pull request.
 */
class PeerPainPointsTest {

  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final LocalDate DUE = LocalDate.of(2024, 2, 1);

  private static Receivable.Builder receivable(String zone) {
    return receivable("INV-1", zone);
  }

  private static Receivable.Builder receivable(String id, String zone) {
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(DebtorId.of("D-1"))
        .currency(USD)
        .accountingZone(ZoneId.of(zone))
        .issueDate(DUE.minusDays(30))
        .dueDate(DUE)
        .originalCreditor("Acme")
        .type(ReceivableType.UTILITY);
  }

  private static Charge charge(String id, LocalDate on, Component component, String amount) {
    return Charge.of(EntryId.of(id), on, component, Money.parse("USD " + amount));
  }

  private static Payment payment(String id, LocalDate on, Map<Component, Money> parts) {
    Money total = Money.total(USD, parts.values());
    return Payment.of(EntryId.of(id), on, total, parts);
  }

  @Test
  void erpnext45685_invoiceIsNotOverdueOnItsDueDate() {
    // frappe/erpnext #45685 / #45716 (dunning on the due date) and NangoHQ/nango #7168 (an
    // inclusive filter flagged invoices due today): the due date is day 0 and current.
    Receivable invoice =
        receivable("America/New_York")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "10.00"))
            .build();
    assertEquals(0, invoice.daysPastDue(DUE));
    AgingReport report = AgingReport.of(DUE, AgingScheme.standard(), List.of(invoice));
    assertEquals(Money.parse("USD 10.00"), report.lines(USD).get(0).amount());
  }

  @Test
  void odoo72027_dueDateDependsOnTheAccountsZoneNotUtc() {
    // odoo/odoo #72027 (due date a day early in negative offsets) and elizaOS/eliza #31062 (bills
    // overdue on the UTC day): an instant's date is taken in the receivable's accounting zone.
    Instant eveningOfDueDateInHonolulu = Instant.parse("2024-02-02T08:00:00Z");
    Receivable honolulu = receivable("Pacific/Honolulu").build();
    Receivable utc = receivable("UTC").build();
    assertEquals(0, honolulu.daysPastDue(eveningOfDueDateInHonolulu));
    assertEquals(1, utc.daysPastDue(eveningOfDueDateInHonolulu));
  }

  @Test
  void killbill535_noWallClock_resultsDependOnlyOnTheAsOfDate() {
    // killbill/killbill #535 (effective dates from the wall clock when jobs run late) and #782
    // (non-deterministic overdue state): every calculation takes its as-of date.
    Receivable invoice =
        receivable("America/Chicago")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "100.00"))
            .addEntries(
                payment(
                    "P", DUE.plusDays(40), Map.of(Component.PRINCIPAL, Money.parse("USD 60.00"))))
            .build();
    LocalDate asOf = DUE.plusDays(35);
    assertEquals(invoice.balanceAsOf(asOf), invoice.balanceAsOf(asOf));
    assertEquals(Money.parse("USD 100.00"), invoice.netBalanceAsOf(asOf));
  }

  @Test
  void erpnext58220_interestIsNotDroppedWhenPrincipalIsPaid() {
    // frappe/erpnext #58220: dunning interest silently dropped after the principal was paid.
    Receivable loan =
        receivable("America/New_York")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "500.00"))
            .addEntries(charge("I", DUE.plusDays(30), Component.INTEREST, "12.34"))
            .addEntries(
                payment(
                    "P", DUE.plusDays(31), Map.of(Component.PRINCIPAL, Money.parse("USD 500.00"))))
            .build();
    Balance balance = loan.balanceAsOf(DUE.plusDays(31));
    assertEquals(Money.zero(USD), balance.principal());
    assertEquals(Money.parse("USD 12.34"), balance.interest());
    assertEquals(Money.parse("USD 12.34"), balance.net());
  }

  @Test
  void lago_thresholdsUseTheAmountStillDue_notTheGrossInvoice() {
    // Lago (code reading): a dunning threshold compared gross invoice totals. Aging and balances
    // use what is still due as of the date.
    Receivable invoice =
        receivable("America/New_York")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "1000.00"))
            .addEntries(
                payment(
                    "P", DUE.plusDays(5), Map.of(Component.PRINCIPAL, Money.parse("USD 990.00"))))
            .build();
    AgingReport report = AgingReport.of(DUE.plusDays(10), AgingScheme.standard(), List.of(invoice));
    assertEquals(Money.parse("USD 10.00"), report.gross(USD));
  }

  @Test
  void erpnext49262_agingAlwaysSumsToTheOutstanding() {
    // frappe/erpnext #49262 / #36574 / #13992: aging not summing to the outstanding, negative
    // outstanding per term. The report's net is the sum of balances; credits stand apart.
    List<Receivable> receivables = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      receivables.add(
          receivable("R" + i, "America/New_York")
              .build()
              .withEntry(
                  charge("C" + i, DUE.minusDays(30), Component.PRINCIPAL, (i + 1) + "0.00")));
    }
    Money total = Money.zero(USD);
    for (Receivable r : receivables) {
      total = total.plus(r.netBalanceAsOf(DUE));
    }
    assertEquals(total, AgingReport.of(DUE, AgingScheme.standard(), receivables).net(USD));
  }

  @Test
  void killbill125_partialPaymentsKeepTheRestDue() {
    // killbill/killbill #125 and OCA/credit-control #330: partially paid invoices not followed up.
    Receivable invoice =
        receivable("America/New_York")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "300.00"))
            .addEntries(
                payment(
                    "P", DUE.plusDays(1), Map.of(Component.PRINCIPAL, Money.parse("USD 100.00"))))
            .build();
    assertEquals(Money.parse("USD 200.00"), invoice.netBalanceAsOf(DUE.plusDays(45)));
    assertEquals(45, invoice.daysPastDue(DUE.plusDays(45)));
  }

  @Test
  void frappeLending296_installmentsAreExactToTheCent() {
    // frappe/lending #296 and apache/fineract #4262: installment amounts off by rounding.
    List<Money> installments =
        Splits.equally(Money.parse("USD 1000.00"), 7, RemainderPlacement.ALL_TO_LAST);
    assertEquals(Money.parse("USD 1000.00"), Money.total(installments));
  }

  @Test
  void fineract2550_eachInstallmentAgedByItsOwnDueDate() {
    // apache/fineract #2550 (a job read only the oldest installment) and OCA/credit-control #374
    // (partially overdue installments ignored): installment items age separately.
    ReceivableId plan = ReceivableId.of("PLAN");
    List<AgingItem> items =
        List.of(
            AgingItem.of(plan, DUE, Money.parse("USD 100.00")),
            AgingItem.of(plan, DUE.plusMonths(1), Money.parse("USD 100.00")),
            AgingItem.of(plan, DUE.plusMonths(2), Money.parse("USD 100.00")));
    AgingReport report =
        AgingReport.ofItems(DUE.plusMonths(1).plusDays(3), AgingScheme.standard(), items);
    assertEquals(Money.parse("USD 100.00"), report.lines(USD).get(0).amount());
    assertEquals(Money.parse("USD 100.00"), report.lines(USD).get(1).amount());
    assertEquals(Money.parse("USD 100.00"), report.lines(USD).get(2).amount());
  }

  @Test
  void fineract2668_returnedPaymentReclassifiesTheReceivable() {
    // apache/fineract #2668 / #2739 (chargebacks and post-repayment reclassification) and #4195
    // (charge-off behaviour with backdated activity): a reversal restores what the payment paid,
    // and the aging as of any date follows.
    Receivable invoice =
        receivable("America/New_York")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "100.00"))
            .addEntries(
                payment(
                    "P", DUE.plusDays(10), Map.of(Component.PRINCIPAL, Money.parse("USD 100.00"))))
            .addEntries(Reversal.of(EntryId.of("NSF"), DUE.plusDays(14), EntryId.of("P")))
            .build();
    assertTrue(invoice.balanceAsOf(DUE.plusDays(12)).isZero());
    assertEquals(Money.parse("USD 100.00"), invoice.netBalanceAsOf(DUE.plusDays(14)));
  }

  @Test
  void fineract2442_historyOfBucketMovesFromTwoAgings() {
    // apache/fineract PR #2442 review: the history of bucket moves was missing.
    Receivable invoice =
        receivable("America/New_York")
            .addEntries(charge("C", DUE.minusDays(30), Component.PRINCIPAL, "100.00"))
            .build();
    AgingScheme scheme = AgingScheme.standard();
    RollRateMatrix moves =
        RollRateMatrix.between(
            AgingDetail.of(DUE.plusDays(20), scheme, List.of(invoice), Set.of()),
            AgingDetail.of(DUE.plusDays(50), scheme, List.of(invoice), Set.of()));
    RollCell cell = moves.row(USD, scheme.buckets().get(1)).get(2);
    assertEquals(1, cell.count());
    assertNotEquals(cell.from(), cell.to().orElseThrow());
  }
}
