package dev.collections.properties.receivable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.receivable.Adjustment;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.Credit;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.LedgerEntry;
import dev.collections.core.receivable.Payment;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.Reversal;
import dev.collections.core.receivable.WriteOff;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.receivable.ReceivableGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Balances follow the ledger alone: they equal a straightforward model of the effective entries,
 * whatever order the entries arrived in, and a reversal restores what its entry changed.
 */
class ReceivablePropertiesTest {

  record AsOf(Receivable receivable, LocalDate date) {}

  /** A receivable and a date from before its first entry to after its last. */
  private static final Gen<AsOf> AS_OF =
      ReceivableGens.receivables()
          .flatMap(
              r ->
                  Gen.longs(-40, ReceivableGens.MAX_ENTRY_DAYS + 40)
                      .map(days -> new AsOf(r, r.issueDate().plusDays(days))));

  /** The running totals of the entries effective on or before a date: the model. */
  private static Map<Object, Long> model(Receivable receivable, LocalDate asOf) {
    Map<Object, Long> columns = new java.util.HashMap<>();
    for (LedgerEntry entry : receivable.entries()) {
      if (!entry.effectiveDate().isAfter(asOf)) {
        add(columns, deltas(entry, receivable), 1);
      }
    }
    return columns;
  }

  private static Map<Object, Long> deltas(LedgerEntry entry, Receivable receivable) {
    Map<Object, Long> deltas = new java.util.HashMap<>();
    switch (entry.kind()) {
      case CHARGE -> put(deltas, ((Charge) entry).component(), ((Charge) entry).amount());
      case ADJUSTMENT ->
          put(deltas, ((Adjustment) entry).component(), ((Adjustment) entry).amount());
      case PAYMENT -> {
        Payment payment = (Payment) entry;
        payment.allocation().forEach((c, m) -> put(deltas, c, m.negated()));
        put(deltas, "unapplied", payment.unapplied().negated());
      }
      case CREDIT -> {
        Credit credit = (Credit) entry;
        credit.allocation().forEach((c, m) -> put(deltas, c, m.negated()));
        put(deltas, "unapplied", credit.unapplied().negated());
      }
      case WRITE_OFF ->
          ((WriteOff) entry).allocation().forEach((c, m) -> put(deltas, c, m.negated()));
      case REVERSAL -> {
        LedgerEntry original = receivable.entry(((Reversal) entry).reverses()).orElseThrow();
        add(deltas, deltas(original, receivable), -1);
      }
    }
    return deltas;
  }

  private static void put(Map<Object, Long> deltas, Object column, Money amount) {
    deltas.merge(column, amount.getAmountMinorLong(), Long::sum);
  }

  private static void add(Map<Object, Long> into, Map<Object, Long> deltas, int sign) {
    deltas.forEach((column, units) -> into.merge(column, sign * units, Long::sum));
  }

  private static Balance modelBalance(Receivable receivable, LocalDate asOf) {
    Map<Object, Long> columns = model(receivable, asOf);
    CurrencyUnit currency = receivable.currency();
    Map<Component, Money> outstanding = new EnumMap<>(Component.class);
    long credit = -columns.getOrDefault("unapplied", 0L);
    for (Component component : Component.values()) {
      long raw = columns.getOrDefault(component, 0L);
      outstanding.put(component, Money.ofMinor(currency, Math.max(raw, 0)));
      credit += Math.max(-raw, 0);
    }
    return Balance.of(
        outstanding.get(Component.PRINCIPAL),
        outstanding.get(Component.INTEREST),
        outstanding.get(Component.FEES),
        outstanding.get(Component.COSTS),
        Money.ofMinor(currency, credit));
  }

  @Test
  void balance_equalsTheSumOfEffectiveEntries() {
    Property.forAll(AS_OF)
        .check(
            a ->
                assertEquals(
                    modelBalance(a.receivable(), a.date()), a.receivable().balanceAsOf(a.date())));
  }

  @Test
  void netBalance_agreesWithTheItemizedBalanceOnEveryDate() {
    Property.forAll(AS_OF)
        .check(
            a -> {
              Receivable r = a.receivable();
              Balance balance = r.balanceAsOf(a.date());
              assertEquals(balance.net(), r.netBalanceAsOf(a.date()));
              assertEquals(balance.net().getAmountMinorLong(), r.netMinorUnitsAsOf(a.date()));
              // Every component is reported non-negative; what is paid beyond one is credit.
              for (Component component : Component.values()) {
                assertTrue(!balance.outstanding(component).isNegative());
              }
              assertTrue(!balance.credit().isNegative());
            });
  }

  @Test
  void entriesInAnyOrder_giveTheSameBalances() {
    Property.forAll(AS_OF, Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE))
        .check(
            (a, seed) -> {
              List<LedgerEntry> shuffled = new ArrayList<>(a.receivable().entries());
              Collections.shuffle(shuffled, new Random(seed));
              Receivable reordered = rebuild(a.receivable(), shuffled);
              assertEquals(a.receivable().balanceAsOf(a.date()), reordered.balanceAsOf(a.date()));
              assertEquals(
                  a.receivable().netMinorUnitsAsOf(a.date()),
                  reordered.netMinorUnitsAsOf(a.date()));
            });
  }

  @Test
  void reversal_restoresTheBalanceWithoutTheReversedEntry() {
    Property.forAll(AS_OF, Gen.integers(0, ReceivableGens.MAX_ENTRIES))
        .check(
            (a, pick) -> {
              Receivable r = a.receivable();
              Optional<LedgerEntry> target = reversible(r, pick);
              if (target.isEmpty()) {
                return;
              }
              LedgerEntry original = target.get();
              LocalDate on = original.effectiveDate().plusDays(3);
              Receivable reversed =
                  r.withEntry(Reversal.of(EntryId.of("REV-" + original.id()), on, original.id()));
              List<LedgerEntry> without = new ArrayList<>(r.entries());
              without.remove(original);
              Receivable never = rebuild(r, without);
              LocalDate later = a.date().isAfter(on) ? a.date() : on;
              assertEquals(never.balanceAsOf(later), reversed.balanceAsOf(later));
              assertEquals(r.balanceAsOf(on.minusDays(1)), reversed.balanceAsOf(on.minusDays(1)));
            });
  }

  @Test
  void daysPastDue_countsCalendarDaysFromTheDueDate() {
    Property.forAll(AS_OF)
        .check(
            a -> {
              Receivable r = a.receivable();
              assertEquals(
                  a.date().toEpochDay() - r.dueDate().toEpochDay(), r.daysPastDue(a.date()));
              assertEquals(0, r.daysPastDue(r.dueDate()));
              assertEquals(r.daysPastDue(a.date()) + 1, r.daysPastDue(a.date().plusDays(1)));
            });
  }

  /** An entry that a reversal may reverse: not a reversal, not reversed already, not reversing. */
  private static Optional<LedgerEntry> reversible(Receivable r, int pick) {
    Set<EntryId> taken = new HashSet<>();
    for (LedgerEntry entry : r.entries()) {
      if (entry instanceof Reversal reversal) {
        taken.add(reversal.reverses());
      }
    }
    List<LedgerEntry> candidates = new ArrayList<>();
    for (LedgerEntry entry : r.entries()) {
      if (!(entry instanceof Reversal) && !taken.contains(entry.id())) {
        candidates.add(entry);
      }
    }
    return candidates.isEmpty()
        ? Optional.empty()
        : Optional.of(candidates.get(pick % candidates.size()));
  }

  static Receivable rebuild(Receivable r, List<LedgerEntry> entries) {
    Receivable.Builder builder =
        Receivable.builder()
            .id(r.id())
            .debtorId(r.debtorId())
            .currency(r.currency())
            .accountingZone(r.accountingZone())
            .issueDate(r.issueDate())
            .dueDate(r.dueDate())
            .originalCreditor(r.originalCreditor())
            .type(r.type())
            .addAllEntries(entries);
    r.itemizationDate().ifPresent(builder::itemizationDate);
    r.servicingAccountNumber().ifPresent(builder::servicingAccountNumber);
    return builder.build();
  }
}
