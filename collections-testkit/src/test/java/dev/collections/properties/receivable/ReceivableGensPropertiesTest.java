package dev.collections.properties.receivable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.collections.core.receivable.AllocationRequest;
import dev.collections.core.receivable.Balance;
import dev.collections.core.receivable.EntryKind;
import dev.collections.core.receivable.LedgerEntry;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.receivable.AllocationGens;
import dev.collections.testkit.receivable.ReceivableGens;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The receivable and allocation generators give valid values of every shape. */
class ReceivableGensPropertiesTest {

  private static final int SAMPLES = 2_000;

  /** Draws values at every size from 0 to the largest, as a property run does. */
  private static <T> List<T> sample(Gen<T> gen, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<T> values = new java.util.ArrayList<>(SAMPLES);
    for (int i = 0; i < SAMPLES; i++) {
      values.add(gen.next(random, i * Gen.MAX_SIZE / (SAMPLES - 1)));
    }
    return values;
  }

  @Test
  void receivables_oneToMaxEntries_inTheirCurrency() {
    Property.forAll(ReceivableGens.receivables())
        .check(
            r -> {
              assertTrue(
                  r.entries().size() >= 1 && r.entries().size() <= ReceivableGens.MAX_ENTRIES);
              assertEquals(r.currency(), r.balanceAsOf(r.dueDate()).currency());
              assertTrue(!r.dueDate().isBefore(r.issueDate()));
            });
  }

  @Test
  void receivables_overARun_coverEveryEntryKindAndBalanceShape() {
    Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
    int owing = 0;
    int settled = 0;
    int inCredit = 0;
    int backdated = 0;
    for (Receivable receivable : sample(ReceivableGens.receivables(CurrencyUnit.USD), 7)) {
      for (LedgerEntry entry : receivable.entries()) {
        kinds.add(entry.kind());
        if (entry.postingDate().isAfter(entry.effectiveDate())) {
          backdated++;
        }
      }
      Balance balance = receivable.balanceAsOf(receivable.issueDate().plusYears(3));
      if (balance.isCreditBalance()) {
        inCredit++;
      } else if (balance.net().isZero()) {
        settled++;
      } else {
        owing++;
      }
    }
    assertEquals(EnumSet.allOf(EntryKind.class), kinds);
    assertTrue(owing > SAMPLES / 4, "owing " + owing);
    assertTrue(inCredit > SAMPLES / 50, "in credit " + inCredit);
    assertTrue(settled > 0, "settled " + settled);
    assertTrue(backdated > SAMPLES / 10, "backdated " + backdated);
  }

  @Test
  void receivables_edgeCases_includeOneMinorUnitSettledAndCredit() {
    List<Receivable> edges = ReceivableGens.receivables(CurrencyUnit.JPY).edgeCases();
    List<Money> nets =
        edges.stream().map(r -> r.netBalanceAsOf(r.issueDate().plusYears(5))).toList();
    assertTrue(nets.contains(Money.ofMinor(CurrencyUnit.JPY, 1)), nets::toString);
    assertTrue(nets.contains(Money.zero(CurrencyUnit.JPY)), nets::toString);
    assertTrue(nets.stream().anyMatch(Money::isNegative), nets::toString);
    Set<EntryKind> kinds = EnumSet.noneOf(EntryKind.class);
    edges.forEach(r -> r.entries().forEach(e -> kinds.add(e.kind())));
    assertEquals(EnumSet.allOf(EntryKind.class), kinds);
  }

  @Test
  void receivablesOfOneDebtor_oneDebtorOneCurrencyDistinctIds() {
    Property.forAll(ReceivableGens.receivablesOfOneDebtor())
        .check(
            rs -> {
              assertTrue(rs.size() >= 1 && rs.size() <= 5, () -> "size " + rs.size());
              Set<ReceivableId> ids = new HashSet<>();
              for (Receivable r : rs) {
                assertTrue(ids.add(r.id()), () -> "repeated " + r.id());
                assertEquals(rs.get(0).debtorId(), r.debtorId());
                assertEquals(rs.get(0).currency(), r.currency());
              }
            });
  }

  @Test
  void receivablesOfOneDebtor_badCounts_rejected() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReceivableGens.receivablesOfOneDebtor(CurrencyUnit.USD, -1, 2));
    assertEquals("minCount must not be negative: -1", negative.getMessage());
    IllegalArgumentException reversed =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReceivableGens.receivablesOfOneDebtor(CurrencyUnit.USD, 3, 2));
    assertEquals("maxCount must not be less than minCount: 3 then 2", reversed.getMessage());
  }

  @Test
  void requests_overARun_coverEveryShape() {
    int empty = 0;
    int under = 0;
    int exact = 0;
    int over = 0;
    int disputed = 0;
    int directed = 0;
    int withPrior = 0;
    for (AllocationRequest request : sample(AllocationGens.requests(), 11)) {
      Money open = Money.zero(request.currency());
      for (Receivable receivable : request.receivables()) {
        open = open.plus(request.openBalance(receivable.id()));
      }
      empty += request.receivables().isEmpty() ? 1 : 0;
      under += request.payment().isLessThan(open) ? 1 : 0;
      exact += request.payment().equals(open) ? 1 : 0;
      over += request.payment().isGreaterThan(open) ? 1 : 0;
      disputed += request.disputedIds().isEmpty() ? 0 : 1;
      directed += request.directions().isEmpty() ? 0 : 1;
      withPrior += request.priorParts().isEmpty() ? 0 : 1;
    }
    int tenth = SAMPLES / 10;
    assertTrue(empty > 0, "empty " + empty);
    assertTrue(under > tenth * 3, "under " + under);
    assertTrue(exact > tenth / 2, "exact " + exact);
    assertTrue(over > tenth, "over " + over);
    assertTrue(disputed > tenth * 3, "disputed " + disputed);
    assertTrue(directed > tenth * 5, "directed " + directed);
    assertTrue(withPrior > tenth / 2, "prior parts " + withPrior);
  }

  @Test
  void requests_inTheirCurrency_withPositivePayments() {
    Property.forAll(AllocationGens.requests(CurrencyUnit.of("BHD")))
        .check(
            r -> {
              assertTrue(r.payment().isPositive());
              assertEquals(CurrencyUnit.of("BHD"), r.currency());
            });
  }

  @Test
  void componentOrders_coverEveryLengthAndEveryFirstComponent() {
    Set<Integer> lengths = new HashSet<>();
    Set<Object> firsts = new HashSet<>();
    sample(AllocationGens.componentOrders(), 5)
        .forEach(
            o -> {
              lengths.add(o.components().size());
              firsts.add(o.components().get(0));
            });
    assertEquals(Set.of(1, 2, 3, 4), lengths);
    assertEquals(4, firsts.size());
  }

  @Test
  void factories_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(CurrencyUnit.class, CurrencyUnit.USD);
    tester.testAllPublicStaticMethods(ReceivableGens.class);
    tester.testAllPublicStaticMethods(AllocationGens.class);
  }
}
