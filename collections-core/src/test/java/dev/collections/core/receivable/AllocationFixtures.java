package dev.collections.core.receivable;

import dev.collections.core.debtor.DebtorId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Receivables and requests shared by the allocation tests. */
final class AllocationFixtures {

  static final DebtorId DEBTOR = DebtorId.of("D-1");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final LocalDate ISSUED_2024_01_02 = LocalDate.of(2024, 1, 2);
  static final LocalDate AS_OF_2024_05_01 = LocalDate.of(2024, 5, 1);
  static final ComponentOrder FIP = ComponentOrder.feesInterestPrincipalCosts();

  private AllocationFixtures() {}

  static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  /** A consumer receivable of {@link #DEBTOR}, issued 2024-01-02, with the given due date. */
  static Receivable.Builder receivable(String id, LocalDate due) {
    return receivable(id, DEBTOR, ISSUED_2024_01_02, due);
  }

  /** A consumer receivable of a debtor, with its issue and due dates. */
  static Receivable.Builder receivable(
      String id, DebtorId debtor, LocalDate issued, LocalDate due) {
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(debtor)
        .currency(CurrencyUnit.USD)
        .accountingZone(NEW_YORK)
        .issueDate(issued)
        .dueDate(due)
        .originalCreditor("First Bank")
        .type(ReceivableType.PERSONAL_LOAN);
  }

  static Charge charge(String id, Component component, String amount) {
    return Charge.of(EntryId.of(id), ISSUED_2024_01_02, component, usd(amount));
  }

  /** A receivable owing only principal. */
  static Receivable principalOnly(String id, LocalDate due, String amount) {
    return receivable(id, due).addEntry(charge(id + "-E1", Component.PRINCIPAL, amount)).build();
  }

  static AllocationRequest.Builder request(String payment, Receivable... receivables) {
    return AllocationRequest.builder()
        .payment(usd(payment))
        .asOf(AS_OF_2024_05_01)
        .addAllReceivables(List.of(receivables));
  }

  static ReceivableId id(String value) {
    return ReceivableId.of(value);
  }
}
