package dev.collections.core.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.Credit;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.core.receivable.ReceivableType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The worked example of DOMAIN.md 1.6, merging, disputes and installment-level aging. */
class AgingReportTest {

  private static final LocalDate MARCH_31_2024 = LocalDate.of(2024, 3, 31);
  private static final CurrencyUnit USD = CurrencyUnit.USD;

  /** An invoice on net-30 terms: issued 30 days before it is due. */
  static Receivable invoice(String id, String due, String amount) {
    LocalDate dueDate = LocalDate.parse(due);
    LocalDate issued = dueDate.minusDays(30);
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(DebtorId.of("D-1"))
        .currency(USD)
        .accountingZone(ZoneId.of("America/Chicago"))
        .issueDate(issued)
        .dueDate(dueDate)
        .originalCreditor("Acme Supply")
        .type(ReceivableType.COMMERCIAL_INVOICE)
        .addEntries(
            Charge.of(
                EntryId.of(id + "-C"), issued, Component.PRINCIPAL, Money.parse("USD " + amount)))
        .build();
  }

  static Receivable creditMemo(String id, String amount) {
    LocalDate date = LocalDate.of(2024, 3, 10);
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(DebtorId.of("D-1"))
        .currency(USD)
        .accountingZone(ZoneId.of("America/Chicago"))
        .issueDate(date)
        .dueDate(date)
        .originalCreditor("Acme Supply")
        .type(ReceivableType.COMMERCIAL_INVOICE)
        .addEntries(Credit.of(EntryId.of(id + "-C"), date, Money.parse("USD " + amount), Map.of()))
        .build();
  }

  static final List<Receivable> DOMAIN_1_6 =
      List.of(
          invoice("INV-1", "2024-04-15", "1000.00"),
          invoice("INV-2", "2024-03-31", "500.00"),
          invoice("INV-3", "2024-03-01", "750.00"),
          invoice("INV-4", "2024-02-29", "1200.00"),
          invoice("INV-5", "2024-01-01", "300.00"),
          invoice("INV-6", "2023-12-15", "80.00"),
          invoice("INV-7", "2023-12-01", "450.00"),
          creditMemo("CM-1", "200.00"));

  private static List<String> amounts(AgingReport report) {
    return report.lines(USD).stream().map(l -> l.amount().getAmount().toPlainString()).toList();
  }

  @Test
  void dueDateAging_domainExample() {
    AgingReport report = AgingReport.of(MARCH_31_2024, AgingScheme.standard(), DOMAIN_1_6);
    assertEquals(
        List.of("1500.00", "750.00", "1200.00", "300.00", "80.00", "450.00"), amounts(report));
    assertEquals(
        List.of(2L, 1L, 1L, 1L, 1L, 1L), report.lines(USD).stream().map(AgingLine::count).toList());
    assertEquals(Money.parse("USD 4280.00"), report.gross(USD));
    assertEquals(Money.parse("USD 200.00"), report.credit(USD));
    assertEquals(1, report.creditCount(USD));
    assertEquals(Money.parse("USD 4080.00"), report.net(USD));
    assertEquals(7, report.count(USD));
  }

  @Test
  void invoiceDateAging_domainExample() {
    AgingScheme byInvoice =
        AgingScheme.of(
                List.of(
                    AgingBucket.upTo(30).withLabel("0-30"),
                    AgingBucket.ofClosed(31, 60),
                    AgingBucket.ofClosed(61, 90),
                    AgingBucket.ofClosed(91, 120),
                    AgingBucket.from(121)))
            .withBasis(AgingBasis.INVOICE_DATE);
    AgingReport report = AgingReport.of(MARCH_31_2024, byInvoice, DOMAIN_1_6);
    assertEquals(List.of("1500.00", "750.00", "1200.00", "300.00", "530.00"), amounts(report));
  }

  static Receivable invoiceWithTerms(String id, String issued, int termsDays, String amount) {
    LocalDate issueDate = LocalDate.parse(issued);
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(DebtorId.of("D-1"))
        .currency(USD)
        .accountingZone(ZoneId.of("America/Chicago"))
        .issueDate(issueDate)
        .dueDate(issueDate.plusDays(termsDays))
        .originalCreditor("Acme Supply")
        .type(ReceivableType.COMMERCIAL_INVOICE)
        .addEntries(
            Charge.of(
                EntryId.of(id + "-C"),
                issueDate,
                Component.PRINCIPAL,
                Money.parse("USD " + amount)))
        .build();
  }

  @Test
  void sixtyDayTerms_currentByDueDate_butAprilInvoiceIs31To60ByDocumentDate() {
    // DOMAIN.md 1.2: with 60-day terms, an April and a May invoice are both current by due date
    // at the end of May, but by document date the April one sits in 31-60.
    List<Receivable> invoices =
        List.of(
            invoiceWithTerms("APR", "2024-04-15", 60, "100.00"),
            invoiceWithTerms("MAY", "2024-05-10", 60, "100.00"));
    LocalDate endOfMay = LocalDate.of(2024, 5, 31);
    AgingScheme byDueDate = AgingScheme.standard();
    AgingScheme byDocumentDate =
        AgingScheme.of(
                List.of(
                    AgingBucket.upTo(30).withLabel("0-30"),
                    AgingBucket.ofClosed(31, 60),
                    AgingBucket.from(61)))
            .withBasis(AgingBasis.INVOICE_DATE);
    AgingDetail due = AgingDetail.of(endOfMay, byDueDate, invoices, Set.of());
    AgingDetail document = AgingDetail.of(endOfMay, byDocumentDate, invoices, Set.of());
    assertEquals("Current", due.row(ReceivableId.of("APR")).orElseThrow().bucket().label());
    assertEquals("Current", due.row(ReceivableId.of("MAY")).orElseThrow().bucket().label());
    assertEquals("31-60", document.row(ReceivableId.of("APR")).orElseThrow().bucket().label());
    assertEquals("0-30", document.row(ReceivableId.of("MAY")).orElseThrow().bucket().label());
  }

  @Test
  void paymentDueAugust1PaidAugust31_isThirtyDaysPastDue() {
    // DOMAIN.md 1.3: the 30-day count starts after the due date.
    Receivable invoice = invoiceWithTerms("AUG", "2024-07-02", 30, "100.00");
    assertEquals(LocalDate.of(2024, 8, 1), invoice.dueDate());
    assertEquals(30, invoice.daysPastDue(LocalDate.of(2024, 8, 31)));
    assertEquals(
        "1-30",
        AgingScheme.standard().bucketOf(invoice.daysPastDue(LocalDate.of(2024, 8, 31))).label());
  }

  @Test
  void pointInTime_paymentAfterAsOfIgnored() {
    Receivable receivable =
        invoice("INV-9", "2024-02-01", "1000.00")
            .withEntry(
                dev.collections.core.receivable.Payment.of(
                    EntryId.of("P-1"),
                    LocalDate.of(2024, 4, 5),
                    Money.parse("USD 400.00"),
                    Map.of(Component.PRINCIPAL, Money.parse("USD 400.00"))));
    AgingScheme scheme = AgingScheme.standard();
    AgingReport march = AgingReport.of(MARCH_31_2024, scheme, List.of(receivable));
    AgingReport april = AgingReport.of(LocalDate.of(2024, 4, 30), scheme, List.of(receivable));
    assertEquals(Money.parse("USD 1000.00"), march.line(USD, scheme.buckets().get(2)).amount());
    assertEquals(Money.parse("USD 600.00"), april.line(USD, scheme.buckets().get(3)).amount());
  }

  @Test
  void disputed_flaggedApartButCounted() {
    AgingReport report =
        AgingReport.of(
            MARCH_31_2024,
            AgingScheme.standard(),
            DOMAIN_1_6,
            Set.of(ReceivableId.of("INV-4"), ReceivableId.of("INV-2")));
    AgingLine current = report.lines(USD).get(0);
    assertEquals(Money.parse("USD 1500.00"), current.amount());
    assertEquals(Money.parse("USD 500.00"), current.disputedAmount());
    assertEquals(Money.parse("USD 1000.00"), current.undisputedAmount());
    assertEquals(1, current.disputedCount());
    assertEquals(Money.parse("USD 1700.00"), report.disputed(USD));
    assertEquals(Money.parse("USD 4280.00"), report.gross(USD));
  }

  @Test
  void settledReceivable_leftOut() {
    Receivable paid =
        invoice("INV-8", "2024-02-01", "100.00")
            .withEntry(
                dev.collections.core.receivable.Payment.of(
                    EntryId.of("P-1"),
                    LocalDate.of(2024, 2, 10),
                    Money.parse("USD 100.00"),
                    Map.of(Component.PRINCIPAL, Money.parse("USD 100.00"))));
    AgingReport report = AgingReport.of(MARCH_31_2024, AgingScheme.standard(), List.of(paid));
    assertEquals(0, report.count(USD));
    assertEquals(Set.of(), report.currencies());
  }

  @Test
  void merge_disjointParts_equalsTheWhole() {
    AgingScheme scheme = AgingScheme.standard();
    AgingReport whole = AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6);
    AgingReport first = AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6.subList(0, 3));
    AgingReport second = AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6.subList(3, 8));
    assertEquals(whole, first.merge(second));
    assertEquals(whole, second.merge(first));
    assertEquals(whole, AgingReport.mergeAll(MARCH_31_2024, scheme, List.of(first, second)));
    AgingReport empty = AgingReport.empty(MARCH_31_2024, scheme);
    assertSame(whole, whole.merge(empty));
    assertEquals(whole, empty.merge(whole));
  }

  @Test
  void merge_acrossCurrencies_keepsThemApart() {
    Receivable euro =
        Receivable.builder()
            .id(ReceivableId.of("EU-1"))
            .debtorId(DebtorId.of("D-2"))
            .currency(CurrencyUnit.EUR)
            .accountingZone(ZoneId.of("Europe/Paris"))
            .issueDate(LocalDate.of(2024, 1, 1))
            .dueDate(LocalDate.of(2024, 1, 31))
            .originalCreditor("Acme SA")
            .type(ReceivableType.COMMERCIAL_INVOICE)
            .addEntries(
                Charge.of(
                    EntryId.of("C"),
                    LocalDate.of(2024, 1, 1),
                    Component.PRINCIPAL,
                    Money.parse("EUR 10.00")))
            .build();
    AgingScheme scheme = AgingScheme.standard();
    AgingReport report =
        AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6)
            .merge(AgingReport.of(MARCH_31_2024, scheme, List.of(euro)));
    assertEquals(Set.of(CurrencyUnit.EUR, USD), report.currencies());
    assertEquals(Money.parse("EUR 10.00"), report.lines(CurrencyUnit.EUR).get(2).amount());
    assertEquals(Money.parse("USD 4080.00"), report.net(USD));
  }

  @Test
  void merge_differentDatesOrSchemes_rejected() {
    AgingScheme scheme = AgingScheme.standard();
    IllegalArgumentException dates =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgingReport.empty(MARCH_31_2024, scheme)
                    .merge(AgingReport.empty(MARCH_31_2024.plusDays(1), scheme)));
    assertEquals(
        "aging reports must have the same as-of date to merge: 2024-03-31 and 2024-04-01",
        dates.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AgingReport.empty(MARCH_31_2024, scheme)
                .merge(
                    AgingReport.empty(MARCH_31_2024, scheme.withBasis(AgingBasis.INVOICE_DATE))));
  }

  @Test
  void ofItems_agesInstallmentsByTheirOwnDueDates() {
    ReceivableId plan = ReceivableId.of("PLAN-1");
    List<AgingItem> installments = new ArrayList<>();
    for (int month = 1; month <= 3; month++) {
      installments.add(AgingItem.of(plan, LocalDate.of(2024, month, 1), Money.parse("USD 250.00")));
    }
    AgingReport report = AgingReport.ofItems(MARCH_31_2024, AgingScheme.standard(), installments);
    // Due 03-01 is 30 days past due, 02-01 is 59, 01-01 is 90.
    assertEquals(List.of("0.00", "250.00", "250.00", "250.00", "0.00", "0.00"), amounts(report));
  }

  @Test
  void detail_listsEachBucket_andSummarizesToTheReport() {
    Set<ReceivableId> disputed = Set.of(ReceivableId.of("INV-5"));
    AgingScheme scheme = AgingScheme.standard();
    AgingDetail detail = AgingDetail.of(MARCH_31_2024, scheme, DOMAIN_1_6, disputed);
    AgedReceivable inv4 = detail.row(ReceivableId.of("INV-4")).orElseThrow();
    assertEquals("31-60", inv4.bucket().label());
    assertEquals(31, inv4.age());
    assertEquals(AgedReceivable.Status.OPEN, inv4.status());
    assertEquals(
        AgedReceivable.Status.CREDIT, detail.row(ReceivableId.of("CM-1")).orElseThrow().status());
    assertEquals(AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6, disputed), detail.summary());
    assertEquals(8, detail.rows().size());
  }

  @Test
  void portfolioSnapshot_domainExample_matchesTheReceivables() {
    AgingPortfolio portfolio = AgingPortfolio.of(DOMAIN_1_6);
    Set<ReceivableId> disputed = Set.of(ReceivableId.of("INV-4"), ReceivableId.of("ELSEWHERE"));
    assertEquals(
        AgingReport.of(MARCH_31_2024, AgingScheme.standard(), DOMAIN_1_6, disputed),
        portfolio.age(MARCH_31_2024, AgingScheme.standard(), disputed));
    assertEquals(8, portfolio.size());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> AgingPortfolio.of(List.of(DOMAIN_1_6.get(0), DOMAIN_1_6.get(0))));
    assertEquals("a portfolio holds each receivable once: INV-1", twice.getMessage());
    new NullPointerTester()
        .setDefault(LocalDate.class, MARCH_31_2024)
        .setDefault(AgingScheme.class, AgingScheme.standard())
        .testAllPublicInstanceMethods(portfolio);
  }

  @Test
  void nullReceivable_rejectedWithItsPosition_fromAListOrAnyIterable() {
    AgingScheme scheme = AgingScheme.standard();
    // Position 3 lies in the first block read; position 290 in the second.
    for (int position : new int[] {3, 290}) {
      List<Receivable> withNull = new ArrayList<>();
      while (withNull.size() < 300) {
        withNull.add(invoice("INV-" + withNull.size(), "2024-02-29", "10.00"));
      }
      withNull.set(position, null);
      NullPointerException fromList =
          assertThrows(
              NullPointerException.class, () -> AgingReport.of(MARCH_31_2024, scheme, withNull));
      assertEquals("receivables[" + position + "]", fromList.getMessage());
      Iterable<Receivable> iterable = Collections.unmodifiableCollection(withNull);
      NullPointerException fromIterable =
          assertThrows(
              NullPointerException.class, () -> AgingReport.of(MARCH_31_2024, scheme, iterable));
      assertEquals("receivables[" + position + "]", fromIterable.getMessage());
    }
  }

  @Test
  void detail_sameReceivableTwice_rejected() {
    Receivable one = DOMAIN_1_6.get(0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AgingDetail.of(MARCH_31_2024, AgingScheme.standard(), List.of(one, one), Set.of()));
    assertEquals("an aging lists each receivable once: INV-1", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byFigures() {
    AgingScheme scheme = AgingScheme.standard();
    new EqualsTester()
        .addEqualityGroup(
            AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6),
            AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6))
        .addEqualityGroup(AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6.subList(0, 2)))
        .addEqualityGroup(AgingReport.empty(MARCH_31_2024, scheme))
        .addEqualityGroup(AgingReport.empty(MARCH_31_2024.plusDays(1), scheme))
        .testEquals();
    assertTrue(
        AgingReport.of(MARCH_31_2024, scheme, DOMAIN_1_6)
            .toString()
            .contains("31-60: 1200.00 (1)"));
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, MARCH_31_2024)
            .setDefault(AgingScheme.class, AgingScheme.standard())
            .setDefault(CurrencyUnit.class, USD)
            .setDefault(AgingBucket.class, AgingBucket.current())
            .setDefault(Money.class, Money.parse("USD 1.00"))
            .setDefault(ReceivableId.class, ReceivableId.of("R"));
    tester.testAllPublicStaticMethods(AgingReport.class);
    tester.testAllPublicInstanceMethods(
        AgingReport.of(MARCH_31_2024, AgingScheme.standard(), DOMAIN_1_6));
    tester.testAllPublicStaticMethods(AgingDetail.class);
    tester.testAllPublicStaticMethods(AgingItem.class);
  }
}
