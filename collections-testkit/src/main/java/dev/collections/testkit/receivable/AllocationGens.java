package dev.collections.testkit.receivable;

import dev.collections.core.receivable.AllocationPart;
import dev.collections.core.receivable.AllocationRequest;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.ComponentOrder;
import dev.collections.core.receivable.LedgerEntry;
import dev.collections.core.receivable.PaymentDirection;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.money.MoneyGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of payment allocation requests and component orders, for property tests of {@link
 * dev.collections.core.receivable.AllocationPolicy} implementations.
 *
 * <p>A request holds zero to {@link #MAX_RECEIVABLES} receivables of one debtor from {@link
 * ReceivableGens}, an as-of date that falls on, before or after their entries, and a payment drawn
 * against what they can absorb: one minor unit, part of it, exactly all of it, more than all of it
 * (an overpayment), or an amount of its own. About a quarter of the receivables are disputed (and
 * so absorb nothing), and about one request in five also lists a disputed debt outside the request,
 * as a debtor's whole list of disputes does; most requests carry directions (some naming a disputed
 * debt, some asking more than is owed); about one in eight carries {@linkplain
 * AllocationRequest#priorParts() prior parts} on undisputed receivables that fit what is owed, as
 * the second policy of a composition receives.
 *
 * <pre>{@code
 * Property.forAll(AllocationGens.requests(), AllocationGens.componentOrders())
 *     .check((request, order) -> ...);
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class AllocationGens {

  /** The most receivables in a generated request. */
  public static final int MAX_RECEIVABLES = 6;

  /** The most directions in a generated request. */
  public static final int MAX_DIRECTIONS = 4;

  /** A disputed debt of the debtor that no generated request lists. */
  private static final ReceivableId DISPUTED_ELSEWHERE = ReceivableId.of("DISPUTED-ELSEWHERE");

  /** An as-of date after every entry of every generated receivable. */
  private static final LocalDate AFTER_EVERY_ENTRY = LocalDate.of(2100, 1, 1);

  private AllocationGens() {}

  /**
   * Returns a generator of component orders: any non-empty selection of components, in any order.
   *
   * @return the generator; edge cases are fees-interest-principal-costs, principal only, the four
   *     components in reverse, and fees only
   */
  public static Gen<ComponentOrder> componentOrders() {
    return Gen.<ComponentOrder>of(
        (random, size) -> {
          List<Component> remaining = new ArrayList<>(List.of(Component.values()));
          List<Component> chosen = new ArrayList<>();
          int count = random.nextInt(1, remaining.size() + 1);
          for (int i = 0; i < count; i++) {
            chosen.add(remaining.remove(random.nextInt(remaining.size())));
          }
          return ComponentOrder.of(chosen.toArray(new Component[0]));
        },
        List.of(
            ComponentOrder.feesInterestPrincipalCosts(),
            ComponentOrder.of(Component.PRINCIPAL),
            ComponentOrder.of(
                Component.COSTS, Component.PRINCIPAL, Component.INTEREST, Component.FEES),
            ComponentOrder.of(Component.FEES)));
  }

  /**
   * Returns a generator of requests in any of {@link MoneyGens#CURRENCIES}.
   *
   * @return the generator, with the edge cases of {@link #requests(CurrencyUnit)} in JPY, USD and
   *     BHD
   */
  public static Gen<AllocationRequest> requests() {
    return MoneyGens.currencies()
        .withoutEdgeCases()
        .withEdgeCases(List.of(CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.of("BHD")))
        .flatMap(AllocationGens::requests);
  }

  /**
   * Returns a generator of requests in one currency.
   *
   * @param currency the currency of the payment and of every receivable
   * @return the generator; edge cases are a payment with no receivable, a payment of exactly what
   *     the edge receivables of {@link ReceivableGens#receivables(CurrencyUnit)} owe, an
   *     overpayment, one minor unit, a date before every entry (nothing owed), every receivable
   *     disputed and directed to, the first receivable disputed and directed to while the others
   *     are not, a disputed debt outside the request, and prior parts that leave one minor unit
   *     open
   */
  public static Gen<AllocationRequest> requests(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Gen<List<Receivable>> receivables =
        ReceivableGens.receivablesOfOneDebtor(currency, 1, MAX_RECEIVABLES);
    return Gen.of(
        (random, size) ->
            draw(
                random,
                size,
                currency,
                random.nextInt(20) == 0 ? List.of() : receivables.next(random, size)),
        edgeCases(currency));
  }

  private static AllocationRequest draw(
      RandomGenerator random, int size, CurrencyUnit currency, List<Receivable> receivables) {
    LocalDate asOf = asOf(random, receivables);
    Set<ReceivableId> disputed = new LinkedHashSet<>();
    for (Receivable receivable : receivables) {
      if (random.nextInt(4) == 0) {
        disputed.add(receivable.id());
      }
    }
    if (random.nextInt(5) == 0) {
      disputed.add(DISPUTED_ELSEWHERE);
    }
    // What each receivable can absorb, from requests whose payment is a placeholder; prior parts
    // go to undisputed receivables only, since the disputed ones absorb nothing.
    AllocationRequest probe = probe(currency, asOf, receivables, disputed, List.of());
    List<AllocationPart> prior = random.nextInt(4) == 0 ? prior(random, probe) : List.of();
    AllocationRequest afterPrior =
        prior.isEmpty() ? probe : probe(currency, asOf, receivables, disputed, prior);
    AllocationRequest.Builder builder =
        AllocationRequest.builder()
            .asOf(asOf)
            .addAllReceivables(receivables)
            .addAllDisputedIds(disputed)
            .addAllPriorParts(prior);
    Money open = Money.zero(currency);
    for (Receivable receivable : receivables) {
      open = open.plus(afterPrior.openBalance(receivable.id()));
    }
    if (!receivables.isEmpty()) {
      // What the ledgers owe, disputed debts included, for the amounts of directions.
      AllocationRequest owed =
          disputed.isEmpty() ? afterPrior : probe(currency, asOf, receivables, Set.of(), prior);
      int directions = random.nextInt(MAX_DIRECTIONS + 1);
      for (int i = 0; i < directions; i++) {
        Receivable target = receivables.get(random.nextInt(receivables.size()));
        Money targetOpen = owed.openBalance(target.id());
        builder.addDirection(
            random.nextInt(3) == 0
                ? PaymentDirection.ofWholeBalance(target.id())
                : PaymentDirection.of(target.id(), upTo(random, targetOpen.multipliedBy(2))));
      }
    }
    return builder.payment(payment(random, size, currency, open)).build();
  }

  private static AllocationRequest probe(
      CurrencyUnit currency,
      LocalDate asOf,
      List<Receivable> receivables,
      Set<ReceivableId> disputed,
      List<AllocationPart> prior) {
    return AllocationRequest.builder()
        .payment(Money.ofMinor(currency, 1))
        .asOf(asOf)
        .addAllReceivables(receivables)
        .addAllDisputedIds(disputed)
        .addAllPriorParts(prior)
        .build();
  }

  /** A positive amount of at most {@code max}, or one minor unit when {@code max} is less. */
  private static Money upTo(RandomGenerator random, Money max) {
    long units = max.getAmountMinorLong();
    return Money.ofMinor(max.getCurrencyUnit(), units < 1 ? 1 : random.nextLong(1, units + 1));
  }

  private static Money payment(
      RandomGenerator random, int size, CurrencyUnit currency, Money open) {
    Money unit = Money.ofMinor(currency, 1);
    return switch (random.nextInt(10)) {
      case 0 -> unit;
      case 1, 2, 3, 4 -> upTo(random, open);
      case 5 -> open.isPositive() ? open : unit;
      case 6 -> open.plus(upTo(random, open.plus(unit)));
      default -> MoneyGens.positiveAmounts(currency).next(random, size);
    };
  }

  /** A date on an entry's effective date, before every entry, after every entry, or between. */
  private static LocalDate asOf(RandomGenerator random, List<Receivable> receivables) {
    List<LocalDate> dates = new ArrayList<>();
    for (Receivable receivable : receivables) {
      dates.add(receivable.dueDate());
      for (LedgerEntry entry : receivable.entries()) {
        dates.add(entry.effectiveDate());
      }
    }
    if (dates.isEmpty()) {
      return ReceivableGens.FIRST_ISSUE_DATE;
    }
    LocalDate picked = dates.get(random.nextInt(dates.size()));
    return switch (random.nextInt(10)) {
      case 0 -> AFTER_EVERY_ENTRY;
      case 1 -> picked.minusDays(1);
      case 2, 3, 4 -> picked.plusDays(random.nextInt(0, 90));
      default -> picked;
    };
  }

  /**
   * Prior parts within what each receivable can absorb (nothing on a disputed one), as an earlier
   * step would have applied.
   */
  private static List<AllocationPart> prior(RandomGenerator random, AllocationRequest request) {
    List<AllocationPart> parts = new ArrayList<>();
    for (Receivable receivable : request.receivables()) {
      ReceivableId id = receivable.id();
      Money open = request.openBalance(id);
      if (random.nextInt(3) == 0 || !open.isPositive()) {
        continue;
      }
      for (Component component : Component.values()) {
        Money owed = request.outstanding(id, component);
        Money room = owed.isGreaterThan(open) ? open : owed;
        if (room.isPositive() && random.nextInt(3) != 0) {
          Money part = upTo(random, room);
          parts.add(AllocationPart.of(id, component, part));
          open = open.minus(part);
        }
      }
    }
    return parts;
  }

  private static List<AllocationRequest> edgeCases(CurrencyUnit currency) {
    List<Receivable> receivables =
        ReceivableGens.receivablesOfOneDebtor(currency, 0, MAX_RECEIVABLES).edgeCases().stream()
            .max((a, b) -> Integer.compare(a.size(), b.size()))
            .orElseThrow();
    Money unit = Money.ofMinor(currency, 1);
    LocalDate asOf = AFTER_EVERY_ENTRY;
    AllocationRequest all = probe(currency, asOf, receivables, Set.of(), List.of());
    Money open = Money.zero(currency);
    for (Receivable receivable : receivables) {
      open = open.plus(all.openBalance(receivable.id()));
    }
    Set<AllocationRequest> edges = new LinkedHashSet<>();
    edges.add(AllocationRequest.builder().payment(unit).asOf(asOf).build());
    edges.add(all.withPayment(open));
    edges.add(all.withPayment(open.plus(unit)));
    edges.add(all);
    if (!receivables.isEmpty()) {
      LocalDate beforeEveryEntry = receivables.get(0).issueDate().minusDays(1);
      edges.add(
          probe(currency, beforeEveryEntry, receivables, Set.of(), List.of()).withPayment(open));
    }
    AllocationRequest.Builder disputed =
        AllocationRequest.builder().payment(open).asOf(asOf).addAllReceivables(receivables);
    for (Receivable receivable : receivables) {
      disputed.addDisputedId(receivable.id());
      disputed.addDirection(PaymentDirection.ofWholeBalance(receivable.id()));
    }
    edges.add(disputed.build());
    if (!receivables.isEmpty()) {
      // The first debt disputed and directed to: its share must go to the others.
      ReceivableId first = receivables.get(0).id();
      edges.add(
          AllocationRequest.builder()
              .payment(open)
              .asOf(asOf)
              .addAllReceivables(receivables)
              .addDisputedId(first)
              .addDirection(PaymentDirection.ofWholeBalance(first))
              .build());
    }
    // A disputed debt outside the request changes nothing.
    edges.add(
        AllocationRequest.builder()
            .payment(open.plus(unit))
            .asOf(asOf)
            .addAllReceivables(receivables)
            .addDisputedId(DISPUTED_ELSEWHERE)
            .build());
    AllocationRequest.Builder nearlyPaid =
        AllocationRequest.builder().payment(open).asOf(asOf).addAllReceivables(receivables);
    for (Receivable receivable : receivables) {
      // Everything the receivable can absorb but one minor unit.
      Money left = all.openBalance(receivable.id()).minus(unit);
      for (Component component : Component.values()) {
        Money owed = all.outstanding(receivable.id(), component);
        Money part = owed.isGreaterThan(left) ? left : owed;
        if (part.isPositive()) {
          nearlyPaid.addPriorPart(AllocationPart.of(receivable.id(), component, part));
          left = left.minus(part);
        }
      }
    }
    edges.add(nearlyPaid.build());
    return List.copyOf(edges);
  }
}
