package dev.collections.properties.receivable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.receivable.Adjustment;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.Credit;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.EntryKind;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Balances follow the ledger alone: the net balance is the sum of the signed amounts of the
 * effective entries, whatever order they arrived in; credit only ever comes from money received or
 * credited; and a reversal restores what its entry changed.
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

  /** What an entry adds to what is owed, in minor units: its signed amount. */
  private static long signed(LedgerEntry entry, Receivable receivable) {
    return switch (entry.kind()) {
      case CHARGE -> ((Charge) entry).amount().getAmountMinorLong();
      case ADJUSTMENT -> ((Adjustment) entry).amount().getAmountMinorLong();
      case PAYMENT -> -((Payment) entry).amount().getAmountMinorLong();
      case CREDIT -> -((Credit) entry).amount().getAmountMinorLong();
      case WRITE_OFF -> -((WriteOff) entry).amount().getAmountMinorLong();
      case REVERSAL ->
          -signed(receivable.entry(((Reversal) entry).reverses()).orElseThrow(), receivable);
    };
  }

  /** The net balance of a ledger by a date, from the signed amounts of its entries. */
  private static long signedSum(Receivable receivable, LocalDate asOf) {
    return signedSum(receivable.entries(), receivable, asOf);
  }

  /** The sum of the signed amounts of some entries of a ledger, effective by a date. */
  private static long signedSum(List<LedgerEntry> entries, Receivable ledger, LocalDate asOf) {
    long sum = 0;
    for (LedgerEntry entry : entries) {
      if (!entry.effectiveDate().isAfter(asOf)) {
        sum += signed(entry, ledger);
      }
    }
    return sum;
  }

  /** Money received or credited, net of reversed payments and credits, effective by a date. */
  private static long cashIn(Receivable receivable, LocalDate asOf) {
    long cash = 0;
    for (LedgerEntry entry : receivable.entries()) {
      if (entry.effectiveDate().isAfter(asOf)) {
        continue;
      }
      LedgerEntry source =
          entry instanceof Reversal reversal
              ? receivable.entry(reversal.reverses()).orElseThrow()
              : entry;
      if (source.kind() == EntryKind.PAYMENT || source.kind() == EntryKind.CREDIT) {
        cash -= signed(entry, receivable);
      }
    }
    return cash;
  }

  /** What was charged to a component (charges and positive adjustments) by a date. */
  private static long charged(Receivable receivable, Component component, LocalDate asOf) {
    long charged = 0;
    for (LedgerEntry entry : receivable.entries()) {
      if (entry.effectiveDate().isAfter(asOf)) {
        continue;
      }
      if (entry instanceof Charge charge && charge.component() == component) {
        charged += charge.amount().getAmountMinorLong();
      } else if (entry instanceof Adjustment adjustment
          && adjustment.component() == component
          && adjustment.amount().isPositive()) {
        charged += adjustment.amount().getAmountMinorLong();
      }
    }
    return charged;
  }

  @Test
  void netBalance_isTheSumOfTheEffectiveEntriesSignedAmounts() {
    Property.forAll(AS_OF)
        .check(
            a ->
                assertEquals(
                    signedSum(a.receivable(), a.date()),
                    a.receivable().netMinorUnitsAsOf(a.date())));
  }

  /** A list of receivables and a range of it. */
  record Range(List<Receivable> receivables, int from, int to) {}

  private static final Gen<Range> RANGES =
      Gen.listOf(ReceivableGens.receivables(), 0, 20)
          .flatMap(
              list ->
                  Gen.integers(0, list.size())
                      .flatMap(
                          from ->
                              Gen.integers(from, list.size())
                                  .map(to -> new Range(list, from, to))));

  @Test
  @SuppressWarnings("JdkObsolete") // a LinkedList is the list without random access to test
  void netBalancesOfEach_areEachReceivablesNetBalance_onEveryDayAroundALedgerChange() {
    long untouched = Long.MIN_VALUE + 7;
    Property.forAll(RANGES)
        .check(
            r -> {
              List<Receivable> range = r.receivables().subList(r.from(), r.to());
              Set<LocalDate> dates = new HashSet<>();
              for (Receivable receivable : range) {
                for (LedgerEntry entry : receivable.entries()) {
                  dates.add(entry.effectiveDate().minusDays(1));
                  dates.add(entry.effectiveDate());
                  dates.add(entry.effectiveDate().plusDays(1));
                }
              }
              dates.add(ReceivableGens.FIRST_ISSUE_DATE);
              for (List<Receivable> list :
                  List.of(r.receivables(), new LinkedList<>(r.receivables()))) {
                for (LocalDate date : dates) {
                  long[] net = new long[range.size() + 2];
                  Arrays.fill(net, untouched);
                  Receivable.netMinorUnitsAsOfEach(date, list, r.from(), r.to(), net);
                  for (int i = 0; i < range.size(); i++) {
                    assertEquals(range.get(i).netMinorUnitsAsOf(date), net[i], "at " + date);
                  }
                  assertEquals(untouched, net[range.size()]);
                  assertEquals(untouched, net[range.size() + 1]);
                }
              }
            });
  }

  @Test
  void itemizedBalance_agreesWithTheNetBalance_andIsNeverNegative() {
    Property.forAll(AS_OF)
        .check(
            a -> {
              Receivable r = a.receivable();
              Balance balance = r.balanceAsOf(a.date());
              assertEquals(balance.net(), r.netBalanceAsOf(a.date()));
              assertEquals(balance.gross().minus(balance.credit()), balance.net());
              for (Component component : Component.values()) {
                assertTrue(!balance.outstanding(component).isNegative());
              }
              assertTrue(!balance.credit().isNegative());
            });
  }

  @Test
  void credit_comesOnlyFromMoneyReceivedOrCredited() {
    // Write-offs and reductions never invent a credit: the ledger rejects any that would.
    Property.forAll(AS_OF)
        .check(
            a -> {
              long credit = a.receivable().balanceAsOf(a.date()).credit().getAmountMinorLong();
              long cash = cashIn(a.receivable(), a.date());
              assertTrue(credit <= Math.max(0, cash), "credit " + credit + ", cash in " + cash);
            });
  }

  @Test
  void outstanding_neverExceedsWhatWasCharged() {
    Property.forAll(AS_OF)
        .check(
            a -> {
              Balance balance = a.receivable().balanceAsOf(a.date());
              for (Component component : Component.values()) {
                long charged = charged(a.receivable(), component, a.date());
                assertTrue(
                    balance.outstanding(component).getAmountMinorLong() <= charged,
                    component + " outstanding " + balance.outstanding(component) + " > " + charged);
              }
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
  void reversal_restoresTheBalanceWithoutTheEntry_orIsRefusedForTakingBackWrittenOffCharges() {
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
              Reversal reversal =
                  Reversal.of(EntryId.of("REV-" + original.id()), on, original.id());
              boolean assessment =
                  original instanceof Charge
                      || (original instanceof Adjustment adjustment
                          && adjustment.amount().isPositive());
              Receivable reversed;
              try {
                reversed = r.withEntry(reversal);
              } catch (IllegalArgumentException refused) {
                // Only taking back a charge can be refused: what would be left of the charges
                // would be less than what was written off or reduced.
                String message = String.valueOf(refused.getMessage());
                assertTrue(assessment, message);
                assertTrue(
                    message.startsWith(
                        "write-offs and reductions must not exceed what was charged"),
                    message);
                return;
              }
              List<LedgerEntry> without = new ArrayList<>(r.entries());
              without.remove(original);
              LocalDate later = a.date().isAfter(on) ? a.date() : on;
              // Without the entry, as if it had never been: measured on the remaining entries
              // themselves, since the ledger without it need not be valid on every day.
              assertEquals(signedSum(without, r, later), reversed.netMinorUnitsAsOf(later));
              assertEquals(r.balanceAsOf(on.minusDays(1)), reversed.balanceAsOf(on.minusDays(1)));
            });
  }

  @Test
  void daysPastDue_growsByOneEachDay_andIsZeroOnTheDueDate() {
    Property.forAll(AS_OF)
        .check(
            a -> {
              Receivable r = a.receivable();
              assertEquals(0, r.daysPastDue(r.dueDate()));
              assertEquals(r.daysPastDue(a.date()) + 1, r.daysPastDue(a.date().plusDays(1)));
              assertEquals(a.date().isAfter(r.dueDate()), r.daysPastDue(a.date()) > 0);
            });
  }

  /** An entry that a reversal may reverse: not a reversal, not reversed already. */
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
