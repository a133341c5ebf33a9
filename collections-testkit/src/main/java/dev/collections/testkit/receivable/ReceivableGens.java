package dev.collections.testkit.receivable;

import dev.collections.core.debtor.DebtorId;
import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import dev.collections.core.receivable.Adjustment;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.Credit;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.ItemizationDate;
import dev.collections.core.receivable.LedgerEntry;
import dev.collections.core.receivable.Payment;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.core.receivable.ReceivableType;
import dev.collections.core.receivable.Reversal;
import dev.collections.core.receivable.WriteOff;
import dev.collections.testkit.Gen;
import dev.collections.testkit.money.MoneyGens;
import dev.collections.testkit.time.TimeGens;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of receivables with itemized ledgers, valid by construction, and of the receivables of
 * one debtor.
 *
 * <p>Every ledger holds from one to {@link #MAX_ENTRIES} entries of every kind: charges to every
 * component, payments and credits applying all, part or none of their amount, signed adjustments,
 * write-offs, and reversals of earlier entries. Amounts are drawn on a scale chosen per receivable,
 * from a few minor units to billions of major units, so that small balances, one-minor-unit
 * remainders and large ones all occur; entries take effect over about a year and a half after the
 * issue date, some posted later than they take effect. Balances may be zero, positive or a credit.
 *
 * <pre>{@code
 * Property.forAll(ReceivableGens.receivables(CurrencyUnit.USD)).check(r -> ...);
 * Property.forAll(ReceivableGens.receivablesOfOneDebtor(CurrencyUnit.JPY, 1, 5)).check(rs -> ...);
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class ReceivableGens {

  /** The most entries a generated ledger holds. */
  public static final int MAX_ENTRIES = 12;

  /** The first issue date of a generated receivable. */
  public static final LocalDate FIRST_ISSUE_DATE = LocalDate.of(2000, 1, 1);

  /** The last issue date of a generated receivable. */
  public static final LocalDate LAST_ISSUE_DATE = LocalDate.of(2040, 12, 31);

  /** The most days after the issue date on which a generated entry takes effect. */
  public static final int MAX_ENTRY_DAYS = 540;

  /** The issue date of the edge-case receivables. */
  private static final LocalDate EDGE_ISSUE_DATE = LocalDate.of(2024, 2, 29);

  /** The largest amount of one entry, in minor units; ledger totals stay far from a long's end. */
  private static final long LARGEST_ENTRY_MINOR = 1_000_000_000_000_000L;

  private static final long[] SCALES = {10, 1_000, 100_000, 10_000_000, LARGEST_ENTRY_MINOR};

  private static final List<String> CREDITORS =
      List.of("Acme Supply", "First Bank", "Mercy Hospital", "Northern Power", "State University");

  private ReceivableGens() {}

  /**
   * Returns a generator of receivable identifiers such as {@code R-42}.
   *
   * @return the generator; edge cases are {@code R-1} and an identifier of 256 characters
   */
  public static Gen<ReceivableId> receivableIds() {
    return Gen.integers(1, 1_000_000)
        .withoutEdgeCases()
        .map(n -> ReceivableId.of("R-" + n))
        .withEdgeCases(List.of(ReceivableId.of("R-1"), ReceivableId.of("R-" + "9".repeat(254))));
  }

  /**
   * Returns a generator of receivables in any of {@link MoneyGens#CURRENCIES}.
   *
   * @return the generator
   */
  public static Gen<Receivable> receivables() {
    return MoneyGens.currencies().flatMap(ReceivableGens::receivables);
  }

  /**
   * Returns a generator of receivables in one currency, of one debtor or another.
   *
   * @param currency the currency of every amount
   * @return the generator; edge cases are a one-minor-unit debt, a debt paid off, an overpaid debt
   *     (a credit balance), a debt owing every component, a ledger with one entry of every kind, a
   *     student loan, and a debt charged only long after its issue date
   */
  public static Gen<Receivable> receivables(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    DebtorId edgeDebtor = DebtorId.of("D-1");
    return Gen.of(
        (random, size) ->
            draw(
                random,
                size,
                currency,
                DebtorId.of("D-" + random.nextInt(1, 1_000_000)),
                receivableIds().next(random, size)),
        edgeCases(currency, edgeDebtor));
  }

  /**
   * Returns a generator of the receivables one debtor owes: one currency, one debtor, distinct
   * identifiers, in no particular order of due dates.
   *
   * @param currency the currency of every amount
   * @param minCount the fewest receivables, at least 0
   * @param maxCount the most receivables, at least {@code minCount}
   * @return the generator of immutable lists; edge cases are the shortest list allowed, each edge
   *     receivable of {@link #receivables(CurrencyUnit)} alone, and as many of them together as
   *     allowed
   * @throws IllegalArgumentException if the counts are negative or reversed
   */
  public static Gen<List<Receivable>> receivablesOfOneDebtor(
      CurrencyUnit currency, int minCount, int maxCount) {
    Objects.requireNonNull(currency, "currency");
    if (minCount < 0) {
      throw new IllegalArgumentException("minCount must not be negative: " + minCount);
    }
    if (maxCount < minCount) {
      throw new IllegalArgumentException(
          "maxCount must not be less than minCount: " + minCount + " then " + maxCount);
    }
    List<Receivable> edges = edgeCases(currency, DebtorId.of("D-1"));
    Set<List<Receivable>> edgeLists = new LinkedHashSet<>();
    if (minCount == 0) {
      edgeLists.add(List.of());
    }
    if (minCount <= 1 && maxCount >= 1) {
      for (Receivable edge : edges) {
        edgeLists.add(List.of(edge));
      }
    }
    if (maxCount >= minCount && minCount <= edges.size()) {
      edgeLists.add(List.copyOf(edges.subList(0, Math.min(maxCount, edges.size()))));
    }
    return Gen.of(
        (random, size) -> {
          int count = minCount + random.nextInt(scaledSpan(maxCount - minCount, size) + 1);
          DebtorId debtor = DebtorId.of("D-" + random.nextInt(1, 1_000_000));
          Set<ReceivableId> ids = new HashSet<>();
          List<Receivable> receivables = new ArrayList<>(count);
          while (receivables.size() < count) {
            ReceivableId id = receivableIds().next(random, size);
            if (ids.add(id)) {
              receivables.add(draw(random, size, currency, debtor, id));
            }
          }
          return List.copyOf(receivables);
        },
        List.copyOf(edgeLists));
  }

  /**
   * Returns a generator of the receivables one debtor owes, from one to five, in any of {@link
   * MoneyGens#CURRENCIES}.
   *
   * @return the generator
   */
  public static Gen<List<Receivable>> receivablesOfOneDebtor() {
    return MoneyGens.currencies().flatMap(c -> receivablesOfOneDebtor(c, 1, 5));
  }

  /** Draws one receivable with a ledger of one to {@link #MAX_ENTRIES} valid entries. */
  private static Receivable draw(
      RandomGenerator random, int size, CurrencyUnit currency, DebtorId debtor, ReceivableId id) {
    ReceivableType type = Gen.enums(ReceivableType.class).next(random, size);
    LocalDate issued = TimeGens.dates(FIRST_ISSUE_DATE, LAST_ISSUE_DATE).next(random, size);
    LocalDate due = issued.plusDays(random.nextInt(10) == 0 ? 0 : random.nextInt(0, 121));
    Receivable.Builder builder =
        base(id, debtor, currency, type, issued, due)
            .accountingZone(TimeGens.usZones().next(random, size))
            .originalCreditor(CREDITORS.get(random.nextInt(CREDITORS.size())));
    if (random.nextInt(3) == 0) {
      builder.itemizationDate(
          ItemizationDate.of(
              Gen.enums(ItemizationDate.Kind.class).next(random, size),
              due.plusDays(random.nextInt(0, 200))));
    }
    long scale = SCALES[random.nextInt(SCALES.length)];
    Ledger ledger = new Ledger(random, size, MoneyGens.amounts(currency, 1, scale));
    int count = 1 + random.nextInt(scaledSpan(MAX_ENTRIES - 1, size) + 1);
    for (int i = 1; i <= count; i++) {
      EntryId entryId = EntryId.of("E-" + i);
      if (i == 1 && random.nextInt(10) != 0) {
        ledger.add(Charge.of(entryId, issued, Component.PRINCIPAL, ledger.charge()));
        continue;
      }
      LocalDate effective =
          random.nextInt(10) == 0 ? due : issued.plusDays(random.nextInt(0, MAX_ENTRY_DAYS + 1));
      LocalDate posted =
          random.nextInt(5) == 0 ? effective.plusDays(random.nextInt(1, 31)) : effective;
      ledger.add(ledger.entry(entryId, effective, posted));
    }
    return builder.addAllEntries(ledger.entries).build();
  }

  /**
   * A ledger being drawn. Reductions (payments, credits, write-offs, negative adjustments) are
   * mostly within what is owed so far, so most ledgers owe something; one in forty is drawn freely,
   * which overpays some.
   */
  private static final class Ledger {

    private final RandomGenerator random;
    private final int size;
    private final Gen<Money> amounts;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Set<EntryId> reversed = new HashSet<>();
    private BigInteger open = BigInteger.ZERO;

    /**
     * Per component, what the charges and positive adjustments drawn so far add up to, less the
     * write-offs and negative adjustments: a reduction never takes more (the ledger rejects it).
     */
    private final Map<Component, Long> assessed = new EnumMap<>(Component.class);

    /** Per component, the latest effective date of a charge or positive adjustment so far. */
    private final Map<Component, LocalDate> lastAssessed = new EnumMap<>(Component.class);

    Ledger(RandomGenerator random, int size, Gen<Money> amounts) {
      this.random = random;
      this.size = size;
      this.amounts = amounts;
    }

    void add(LedgerEntry entry) {
      if (entry instanceof Charge charge) {
        assess(charge.component(), charge.effectiveDate(), charge.amount());
      } else if (entry instanceof Adjustment adjustment && adjustment.amount().isPositive()) {
        assess(adjustment.component(), adjustment.effectiveDate(), adjustment.amount());
      }
      entries.add(entry);
    }

    private void assess(Component component, LocalDate effective, Money amount) {
      assessed.merge(component, amount.getAmountMinorLong(), Long::sum);
      lastAssessed.merge(component, effective, (a, b) -> a.isAfter(b) ? a : b);
    }

    /**
     * A reduction of what was assessed on a component: at most what is left of it, effective no
     * earlier than the latest assessment, so the running charges never go below zero.
     */
    Money assessedReduction(Component component, CurrencyUnit currency) {
      long left = assessed.getOrDefault(component, 0L);
      long units = random.nextInt(4) == 0 ? left : random.nextLong(1, left + 1);
      assessed.put(component, left - units);
      open = open.subtract(BigInteger.valueOf(units));
      return Money.ofMinor(currency, units);
    }

    boolean canReduce(Component component) {
      return assessed.getOrDefault(component, 0L) > 0;
    }

    LocalDate notBeforeAssessments(LocalDate effective, Iterable<Component> components) {
      LocalDate result = effective;
      for (Component component : components) {
        LocalDate last = lastAssessed.get(component);
        if (last != null && last.isAfter(result)) {
          result = last;
        }
      }
      return result;
    }

    /** An amount added to what is owed. */
    Money charge() {
      Money amount = amounts.next(random, size);
      open = open.add(amount.getAmount().unscaledValue());
      return amount;
    }

    /** An amount taken from what is owed: mostly within it, sometimes all of it. */
    Money reduction() {
      Money drawn = amounts.next(random, size);
      Money amount = drawn;
      if (open.signum() > 0 && random.nextInt(40) != 0) {
        long owed = open.min(BigInteger.valueOf(LARGEST_ENTRY_MINOR)).longValueExact();
        long units = random.nextInt(4) == 0 ? owed : random.nextLong(1, owed + 1);
        amount = Money.ofMinor(drawn.getCurrencyUnit(), units);
      }
      open = open.subtract(amount.getAmount().unscaledValue());
      return amount;
    }

    LedgerEntry entry(EntryId id, LocalDate effective, LocalDate posted) {
      Component component = Gen.enums(Component.class).next(random, size);
      int kind = random.nextInt(11);
      if (kind < 4) {
        return Charge.builder()
            .id(id)
            .effectiveDate(effective)
            .postingDate(posted)
            .component(component)
            .amount(charge())
            .build();
      }
      if (kind < 7) {
        Money amount = reduction();
        return Payment.builder()
            .id(id)
            .effectiveDate(effective)
            .postingDate(posted)
            .amount(amount)
            .putAllAllocation(applied(random, amount))
            .build();
      }
      if (kind == 7) {
        Money amount = reduction();
        return Credit.builder()
            .id(id)
            .effectiveDate(effective)
            .postingDate(posted)
            .amount(amount)
            .putAllAllocation(applied(random, amount))
            .build();
      }
      CurrencyUnit currency = amounts.next(random, size).getCurrencyUnit();
      if (kind == 8) {
        if (random.nextBoolean() || !canReduce(component)) {
          return Adjustment.builder()
              .id(id)
              .effectiveDate(effective)
              .postingDate(posted)
              .component(component)
              .amount(charge())
              .build();
        }
        return Adjustment.builder()
            .id(id)
            .effectiveDate(notBeforeAssessments(effective, List.of(component)))
            .postingDate(posted)
            .component(component)
            .amount(assessedReduction(component, currency).negated())
            .build();
      }
      if (kind == 9) {
        Map<Component, Money> parts = new EnumMap<>(Component.class);
        for (Component other : Component.values()) {
          if (canReduce(other) && (other == component || random.nextInt(4) == 0)) {
            parts.put(other, assessedReduction(other, currency));
          }
        }
        if (parts.isEmpty()) {
          return Charge.of(id, effective, component, charge());
        }
        return WriteOff.builder()
            .id(id)
            .effectiveDate(notBeforeAssessments(effective, parts.keySet()))
            .postingDate(posted)
            .currency(currency)
            .putAllAllocation(parts)
            .build();
      }
      // Reversing a charge or a positive adjustment could take away what was already written off
      // (the ledger rejects that), so only payments, credits and reductions are reversed here.
      List<LedgerEntry> reversible = new ArrayList<>();
      for (LedgerEntry entry : entries) {
        boolean assessment =
            entry instanceof Charge
                || (entry instanceof Adjustment adjustment && adjustment.amount().isPositive());
        if (!(entry instanceof Reversal) && !assessment && !reversed.contains(entry.id())) {
          reversible.add(entry);
        }
      }
      if (reversible.isEmpty()) {
        return Charge.of(id, effective, component, charge());
      }
      LedgerEntry original = reversible.get(random.nextInt(reversible.size()));
      reversed.add(original.id());
      open = open.subtract(owedBy(original));
      return Reversal.of(
          id, original.effectiveDate().plusDays(random.nextInt(0, 61)), original.id());
    }
  }

  /** What an entry adds to the net balance, in minor units. */
  private static BigInteger owedBy(LedgerEntry entry) {
    Money change =
        switch (entry.kind()) {
          case CHARGE -> ((Charge) entry).amount();
          case ADJUSTMENT -> ((Adjustment) entry).amount();
          case PAYMENT -> ((Payment) entry).amount().negated();
          case CREDIT -> ((Credit) entry).amount().negated();
          case WRITE_OFF -> ((WriteOff) entry).amount().negated();
          case REVERSAL -> throw new IllegalArgumentException("a reversal is never reversed");
        };
    return change.getAmount().unscaledValue();
  }

  /**
   * Returns the parts of a payment or credit applied to components: all of it, part of it, or none,
   * spread over one to four components.
   */
  private static Map<Component, Money> applied(RandomGenerator random, Money amount) {
    Money applied =
        switch (random.nextInt(6)) {
          case 0 -> Money.zero(amount.getCurrencyUnit());
          case 1, 2 ->
              Money.ofMinor(
                  amount.getCurrencyUnit(), random.nextLong(0, amount.getAmountMinorLong() + 1));
          default -> amount;
        };
    if (applied.isZero()) {
      return Map.of();
    }
    List<Component> components = List.of(Component.values());
    List<Long> weights = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      weights.add(random.nextInt(3) == 0 ? 0L : random.nextLong(1, 11));
    }
    if (weights.stream().allMatch(w -> w == 0)) {
      weights.set(random.nextInt(components.size()), 1L);
    }
    List<Money> parts = Splits.byWeights(applied, weights, RemainderPlacement.SPREAD);
    Map<Component, Money> allocation = new EnumMap<>(Component.class);
    for (int i = 0; i < components.size(); i++) {
      if (parts.get(i).isPositive()) {
        allocation.put(components.get(i), parts.get(i));
      }
    }
    return allocation;
  }

  private static Receivable.Builder base(
      ReceivableId id,
      DebtorId debtor,
      CurrencyUnit currency,
      ReceivableType type,
      LocalDate issued,
      LocalDate due) {
    Receivable.Builder builder =
        Receivable.builder()
            .id(id)
            .debtorId(debtor)
            .currency(currency)
            .type(type)
            .issueDate(issued)
            .dueDate(due);
    if (type == ReceivableType.STUDENT_LOAN) {
      builder.servicingAccountNumber("SVC-" + id.value().hashCode());
    }
    return builder;
  }

  /** The edge-case receivables of one debtor, with distinct identifiers {@code EDGE-1}… */
  private static List<Receivable> edgeCases(CurrencyUnit currency, DebtorId debtor) {
    Money unit = Money.ofMinor(currency, 1);
    Money hundred = Money.ofMinor(currency, 100);
    LocalDate day = EDGE_ISSUE_DATE;
    List<List<LedgerEntry>> ledgers = new ArrayList<>();
    ledgers.add(List.of(charge("E-1", day, Component.PRINCIPAL, unit)));
    ledgers.add(
        List.of(
            charge("E-1", day, Component.PRINCIPAL, hundred),
            Payment.of(
                EntryId.of("E-2"),
                day.plusDays(30),
                hundred,
                Map.of(Component.PRINCIPAL, hundred))));
    ledgers.add(
        List.of(
            charge("E-1", day, Component.FEES, hundred),
            Payment.of(
                EntryId.of("E-2"),
                day.plusDays(30),
                hundred.multipliedBy(3),
                Map.of(Component.FEES, hundred))));
    List<LedgerEntry> everyComponent = new ArrayList<>();
    for (Component component : Component.values()) {
      everyComponent.add(
          charge("E-" + (everyComponent.size() + 1), day, component, hundred.plus(unit)));
    }
    ledgers.add(everyComponent);
    ledgers.add(
        List.of(
            charge("E-1", day, Component.PRINCIPAL, hundred.multipliedBy(10)),
            charge("E-2", day.plusDays(31), Component.INTEREST, hundred),
            charge("E-3", day.plusDays(45), Component.FEES, hundred.multipliedBy(2)),
            Payment.of(
                EntryId.of("E-4"),
                day.plusDays(60),
                hundred.multipliedBy(2),
                Map.of(Component.FEES, hundred)),
            Credit.of(
                EntryId.of("E-5"), day.plusDays(61), hundred, Map.of(Component.INTEREST, hundred)),
            Adjustment.of(EntryId.of("E-6"), day.plusDays(62), Component.FEES, hundred.negated()),
            WriteOff.of(EntryId.of("E-7"), day.plusDays(90), Map.of(Component.PRINCIPAL, hundred)),
            Reversal.of(EntryId.of("E-8"), day.plusDays(95), EntryId.of("E-4")),
            charge("E-9", day.plusDays(100), Component.COSTS, hundred.multipliedBy(3))));
    ledgers.add(List.of(charge("E-1", day, Component.PRINCIPAL, hundred.multipliedBy(7))));
    ledgers.add(List.of(charge("E-1", day.plusDays(MAX_ENTRY_DAYS), Component.PRINCIPAL, hundred)));
    List<Receivable> receivables = new ArrayList<>();
    for (int i = 0; i < ledgers.size(); i++) {
      ReceivableType type =
          i == ledgers.size() - 2 ? ReceivableType.STUDENT_LOAN : ReceivableType.PERSONAL_LOAN;
      receivables.add(
          base(
                  ReceivableId.of("EDGE-" + (i + 1)),
                  debtor,
                  currency,
                  type,
                  day,
                  day.plusDays(i * 15L))
              .accountingZone(ZoneId.of("America/New_York"))
              .originalCreditor(CREDITORS.get(i % CREDITORS.size()))
              .addAllEntries(ledgers.get(i))
              .build());
    }
    return List.copyOf(receivables);
  }

  /** How far above its least a count may go at a size: all of {@code span} at the largest size. */
  private static int scaledSpan(int span, int size) {
    int scaled = (int) ((long) span * Math.min(Math.max(size, 0), Gen.MAX_SIZE) / Gen.MAX_SIZE);
    return Math.max(scaled, Math.min(1, span));
  }

  private static Charge charge(String id, LocalDate date, Component component, Money amount) {
    return Charge.of(EntryId.of(id), date, component, amount);
  }
}
