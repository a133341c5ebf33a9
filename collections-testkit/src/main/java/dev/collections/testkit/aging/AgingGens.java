package dev.collections.testkit.aging;

import dev.collections.core.aging.AgingBasis;
import dev.collections.core.aging.AgingBucket;
import dev.collections.core.aging.AgingItem;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.money.MoneyGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of aging schemes and of open items to age.
 *
 * <pre>{@code
 * Property.forAll(AgingGens.schemes(), Gen.longs(-1_000, 10_000))
 *     .check((scheme, days) -> assertTrue(scheme.bucketOf(days).contains(days) || days < 0));
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class AgingGens {

  /** The as-of date around which {@link #items(LocalDate, List)} spreads due dates. */
  public static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

  private AgingGens() {}

  /**
   * Returns a generator of valid aging schemes: the standard one, and schemes of 1 to 12 buckets
   * with random contiguous edges, by due or invoice date.
   *
   * @return the generator; edge cases are the standard scheme by each basis and a one-bucket scheme
   */
  public static Gen<AgingScheme> schemes() {
    Gen<List<Long>> edges = Gen.listOf(Gen.longs(1, 2_000), 0, 11).map(AgingGens::distinctSorted);
    Gen<AgingScheme> random =
        Gen.zip(
            Gen.longs(0, 30),
            edges,
            Gen.enums(AgingBasis.class),
            (first, cuts, basis) -> scheme(first, cuts).withBasis(basis));
    return random
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                AgingScheme.standard(),
                AgingScheme.standard().withBasis(AgingBasis.INVOICE_DATE),
                AgingScheme.of(List.of(AgingBucket.from(0)))));
  }

  /**
   * Returns a generator of open items in the given currencies, due within about a year either side
   * of {@code asOf}, with amounts of either sign (zero included) and some disputed.
   *
   * @param asOf the date the items will be aged at
   * @param currencies the currencies to draw from, not empty
   * @return the generator
   */
  public static Gen<AgingItem> items(LocalDate asOf, List<CurrencyUnit> currencies) {
    Objects.requireNonNull(asOf, "asOf");
    Gen<CurrencyUnit> currency = Gen.elements(currencies);
    Gen<Money> amount =
        currency.flatMap(
            c ->
                Gen.frequency(
                    List.of(
                        java.util.Map.entry(6, MoneyGens.positiveAmounts(c)),
                        java.util.Map.entry(2, MoneyGens.amounts(c, -1_000_000, -1)),
                        java.util.Map.entry(1, Gen.constant(Money.zero(c))))));
    Gen<LocalDate> due = Gen.longs(-400, 400).map(asOf::plusDays);
    Gen<Dates> dates = Gen.zip(Gen.integers(1, 1_000_000), due, Gen.longs(0, 60), Dates::new);
    Gen<Boolean> disputed =
        Gen.frequency(
            List.of(
                java.util.Map.entry(4, Gen.constant(false)),
                java.util.Map.entry(1, Gen.constant(true))));
    return Gen.zip(
        dates,
        amount,
        disputed,
        (d, open, isDisputed) ->
            AgingItem.builder()
                .receivableId(ReceivableId.of("R-" + d.id()))
                .dueDate(d.due())
                .issueDate(d.due().minusDays(d.terms()))
                .openAmount(open)
                .disputed(isDisputed)
                .build());
  }

  /** An item's identifier number, due date, and payment terms in days. */
  private record Dates(int id, LocalDate due, long terms) {}

  /**
   * Returns a generator of lists of up to {@code maxItems} items in USD, EUR and JPY.
   *
   * @param maxItems the largest list, at least 0
   * @return the generator
   */
  public static Gen<List<AgingItem>> portfolios(int maxItems) {
    return Gen.listOf(
        items(AS_OF, List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY)), 0, maxItems);
  }

  private static List<Long> distinctSorted(List<Long> values) {
    return List.copyOf(new TreeSet<>(values));
  }

  private static AgingScheme scheme(long firstLast, List<Long> cuts) {
    List<AgingBucket> buckets = new ArrayList<>();
    buckets.add(AgingBucket.upTo(firstLast));
    long start = firstLast + 1;
    for (long cut : cuts) {
      if (cut >= start) {
        buckets.add(AgingBucket.ofClosed(start, cut));
        start = cut + 1;
      }
    }
    buckets.add(AgingBucket.from(start));
    return AgingScheme.of(buckets);
  }
}
