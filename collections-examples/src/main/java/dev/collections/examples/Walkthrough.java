package dev.collections.examples;

import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.contact.CallOutcome;
import dev.collections.core.contact.Channel;
import dev.collections.core.contact.ContactAttempt;
import dev.collections.core.contact.ContactAttemptId;
import dev.collections.core.contact.ContactHistory;
import dev.collections.core.contact.Direction;
import dev.collections.core.debtor.AddressType;
import dev.collections.core.debtor.DebtScope;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorKind;
import dev.collections.core.debtor.DebtorStatus;
import dev.collections.core.debtor.Dispute;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PhoneType;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.metrics.SimpleDso;
import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import dev.collections.core.receivable.Allocation;
import dev.collections.core.receivable.AllocationPart;
import dev.collections.core.receivable.AllocationPolicy;
import dev.collections.core.receivable.AllocationRequest;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.ComponentOrder;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.PaymentDirection;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.core.receivable.ReceivableType;
import dev.collections.core.time.BusinessCalendar;
import dev.collections.core.time.BusinessDayConvention;
import dev.collections.core.time.PaymentFrequency;
import dev.collections.core.time.UsFederalHoliday;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A walkthrough of an embedding of collections, printed step by step: how a host (an ERP, a billing
 * product) turns its records into exact amounts and dates. Run it with the README's walkthrough
 * command.
 *
 * <p>It follows the data flow of DESIGN.md: exact money and calendar arithmetic; then ERP records
 * become a debtor, receivables with ledgers and a contact history; as of a date come balances, the
 * aging report and metrics; a payment is allocated and posted; the contact history answers the
 * call-frequency question in every zone the consumer may be in.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /**
   * Prints the walkthrough to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the walkthrough to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    out.println("collections walkthrough");
    out.println("=======================");
    foundation(out);
    portfolio(out);
  }

  private static void foundation(PrintStream out) {
    out.println();
    // 1. A settlement in installments: the amounts must add up to the cent.
    Money settlement = Money.parse("USD 2500.00");
    int installments = 6;
    List<Money> amounts = Splits.equally(settlement, installments, RemainderPlacement.ALL_TO_LAST);
    out.println(
        "1. " + settlement + " in " + installments + " installments, last absorbs rounding:");
    out.println("   " + amounts + " (sum " + Money.total(amounts) + ")");
    List<Money> spread = Splits.equally(settlement, installments, RemainderPlacement.SPREAD);
    out.println("   spread instead: " + spread + " (sum " + Money.total(spread) + ")");
    out.println();

    // 2. The due dates: anchored monthly from January 31, moved off weekends and holidays.
    BusinessCalendar calendar = BusinessCalendar.usFederalObserved();
    LocalDate anchor = LocalDate.of(2024, 1, 31);
    PaymentFrequency monthly = PaymentFrequency.monthly().withEndOfMonthSticky(true);
    out.println("2. Due dates, " + monthly + " from " + anchor + ", adjusted FOLLOWING:");
    for (LocalDate scheduled : monthly.dates(anchor, installments)) {
      LocalDate due = BusinessDayConvention.FOLLOWING.adjust(scheduled, calendar);
      out.println(
          "   "
              + scheduled
              + " ("
              + scheduled.getDayOfWeek()
              + ") -> due "
              + due
              + (due.equals(scheduled) ? "" : " (moved)"));
    }
    out.println();

    // 3. A payment split across three debts in proportion to their balances.
    Money payment = Money.parse("USD 100.00");
    List<Money> balances =
        List.of(Money.parse("USD 1200.00"), Money.parse("USD 450.55"), Money.parse("USD 80.10"));
    List<Money> shares = Splits.proRata(payment, balances, RemainderPlacement.SPREAD);
    out.println("3. " + payment + " pro rata to balances " + balances + ":");
    out.println("   " + shares + " (sum " + Money.total(shares) + ")");
    out.println();

    // 4. Holidays computed by rule, for any year.
    LocalDate laborDay = UsFederalHoliday.LABOR_DAY.dateIn(2031).orElseThrow();
    out.println(
        "4. Labor Day 2031 is "
            + laborDay
            + "; 10 business days after 2031-08-29 is "
            + calendar.plusBusinessDays(LocalDate.of(2031, 8, 29), 10));
  }

  private static void portfolio(PrintStream out) {
    out.println();
    LocalDate asOf = LocalDate.of(2024, 3, 31);
    Instant endOfMarch = Instant.parse("2024-04-01T03:59:59Z");

    // 5. The ERP's customer becomes a Debtor: contact points suggest the zones they may be in.
    DebtorId debtorId = DebtorId.of("D-1001");
    Debtor debtor =
        Debtor.builder()
            .id(debtorId)
            .kind(DebtorKind.CONSUMER)
            .displayName("Alex Example")
            .addPhones(
                Phone.of("+12025550143", PhoneType.MOBILE)
                    .withAreaCodeZone(ZoneId.of("America/New_York")))
            .addAddresses(
                PostalAddress.builder()
                    .type(AddressType.HOME)
                    .addLines("100 Main St")
                    .city("Portland")
                    .region("OR")
                    .postalCode("97201")
                    .country("US")
                    .zone(ZoneId.of("America/Los_Angeles"))
                    .build())
            .addEvents(
                Dispute.builder()
                    .knownAt(Instant.parse("2024-03-10T15:00:00Z"))
                    .debts(DebtScope.ofDebt("MED-7"))
                    .written(true)
                    .build())
            .build();
    DebtorStatus status = debtor.statusAsOf(endOfMarch);
    out.println("5. " + debtor);
    out.println("   candidate zones: " + debtor.candidateZones());
    out.println("   MED-7 disputed as of " + endOfMarch + ": " + status.isDisputed("MED-7"));
    out.println();

    // 6. Its invoices become Receivables with itemized ledgers; balances as of a date.
    List<Receivable> receivables =
        List.of(
            receivable("CARD-1", debtorId, ReceivableType.CREDIT_CARD, "2023-12-01")
                .addEntries(charge("C1", "2023-11-01", Component.PRINCIPAL, "1200.00"))
                .addEntries(charge("C2", "2024-01-15", Component.FEES, "35.00"))
                .addEntries(charge("C3", "2024-02-01", Component.INTEREST, "18.40"))
                .build(),
            receivable("MED-7", debtorId, ReceivableType.MEDICAL, "2024-02-15")
                .addEntries(charge("M1", "2024-01-16", Component.PRINCIPAL, "640.00"))
                .build(),
            receivable("UTIL-3", debtorId, ReceivableType.UTILITY, "2024-03-20")
                .addEntries(charge("U1", "2024-02-20", Component.PRINCIPAL, "96.15"))
                .build());
    out.println("6. Balances as of " + asOf + ":");
    for (Receivable receivable : receivables) {
      Balance balance = receivable.balanceAsOf(asOf);
      out.println(
          "   "
              + receivable.id()
              + ": "
              + balance.outstandingByComponent()
              + ", net "
              + balance.net()
              + ", "
              + receivable.daysPastDue(asOf)
              + " days past due");
    }
    out.println();

    // 7. The aging report, the disputed debt flagged apart.
    Set<ReceivableId> disputed = new HashSet<>();
    for (Receivable receivable : receivables) {
      if (status.isDisputed(receivable.id().value())) {
        disputed.add(receivable.id());
      }
    }
    AgingReport aging = AgingReport.of(asOf, AgingScheme.standard(), receivables, disputed);
    out.println("7. " + aging.toString().replace("\n", "\n   "));
    out.println();

    // 8. Metrics hold their inputs: DSO from the aged total and March's credit sales.
    SimpleDso dso = SimpleDso.of(aging.gross(CurrencyUnit.USD), Money.parse("USD 1500.00"), 31);
    out.println("8. " + dso);
    out.println();

    // 9. A payment arrives with the consumer asking for USD 50 to go to the utility bill and
    //    USD 100 to the medical bill: directed, else oldest first, fees then interest then
    //    principal. The medical bill is disputed, so it receives nothing, whatever the policy
    //    (15 U.S.C. 1692h): its USD 100 goes oldest first with the rest.
    ComponentOrder order = ComponentOrder.feesInterestPrincipalCosts();
    AllocationPolicy policy =
        AllocationPolicy.consumerDirected(order).orElse(AllocationPolicy.oldestDueFirst(order));
    LocalDate paidOn = LocalDate.of(2024, 4, 5);
    DebtorStatus whenPaid = debtor.statusAsOf(Instant.parse("2024-04-05T16:00:00Z"));
    AllocationRequest request =
        AllocationRequest.builder()
            .payment(Money.parse("USD 300.00"))
            .asOf(paidOn)
            .addAllReceivables(receivables)
            .addAllDisputedIds(AllocationRequest.disputedAmong(whenPaid, receivables))
            .addDirections(
                PaymentDirection.of(ReceivableId.of("UTIL-3"), Money.parse("USD 50.00")),
                PaymentDirection.of(ReceivableId.of("MED-7"), Money.parse("USD 100.00")))
            .build();
    Allocation allocation = policy.allocate(request);
    out.println("9. " + request.payment() + " on " + paidOn + " by " + policy + ":");
    for (AllocationPart part : allocation.parts()) {
      out.println("   " + part.receivableId() + " " + part.component() + " " + part.amount());
    }
    out.println("   unapplied " + allocation.unapplied());
    out.println("   disputed, so paid nothing even when directed: " + request.disputedIds());
    List<Receivable> afterPayment = new ArrayList<>();
    for (Receivable receivable : receivables) {
      afterPayment.add(
          allocation
              .toPayment(receivable.id(), EntryId.of("PAY-0405"))
              .map(receivable::withEntry)
              .orElse(receivable));
    }
    for (Receivable receivable : afterPayment) {
      out.println("   " + receivable.id() + " now " + receivable.netBalanceAsOf(paidOn));
    }
    out.println();

    // 10. The contact history answers the 7-in-7 question in the consumer's zones.
    PersonId consumer = debtor.personId();
    ReceivableId card = ReceivableId.of("CARD-1");
    List<ContactAttempt> attempts = new ArrayList<>();
    String[] outcomes = {"NO_ANSWER", "BUSY", "VOICEMAIL_NO_MESSAGE", "NO_ANSWER", "CONVERSATION"};
    for (int day = 0; day < outcomes.length; day++) {
      attempts.add(
          ContactAttempt.builder()
              .id(ContactAttemptId.of("CALL-" + day))
              .instant(Instant.parse("2024-04-0" + (day + 1) + "T15:30:00Z"))
              .channel(Channel.CALL)
              .direction(Direction.OUTBOUND)
              .debtorId(debtorId)
              .personId(consumer)
              .personRole(PersonRole.CONSUMER)
              .callOutcome(CallOutcome.valueOf(outcomes[day]))
              .addAllocatedDebts(card)
              .build());
    }
    ContactHistory history = ContactHistory.of(attempts);
    out.println("10. Calls about " + card + ", 1-5 April: " + outcomes.length + " placed");
    for (ZoneId zone : debtor.candidateZones()) {
      out.println(
          "   counted in the 7 days ending 2024-04-07 in "
              + zone
              + ": "
              + history.countedCallCountInSevenDays(
                  consumer, card, LocalDate.of(2024, 4, 7), zone));
    }
    out.println(
        "   last conversation: "
            + history
                .lastConversation(consumer, card, Instant.parse("2024-04-07T00:00:00Z"))
                .map(ContactAttempt::instant)
                .orElseThrow());
  }

  private static Receivable.Builder receivable(
      String id, DebtorId debtor, ReceivableType type, String due) {
    LocalDate dueDate = LocalDate.parse(due);
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(debtor)
        .currency(CurrencyUnit.USD)
        .accountingZone(ZoneId.of("America/New_York"))
        .issueDate(dueDate.minusDays(30))
        .dueDate(dueDate)
        .originalCreditor("Example Health & Power")
        .type(type);
  }

  private static Charge charge(String id, String date, Component component, String amount) {
    return Charge.of(
        EntryId.of(id), LocalDate.parse(date), component, Money.parse("USD " + amount));
  }
}
