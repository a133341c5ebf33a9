package dev.collections.properties.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.aging.AgingBasis;
import dev.collections.core.aging.AgingBucket;
import dev.collections.core.aging.AgingItem;
import dev.collections.core.aging.AgingLine;
import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.aging.AgingGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Buckets partition the day axis; reports reconcile with their items and merge as a monoid. */
class AgingPropertiesTest {

  private static final LocalDate AS_OF = AgingGens.AS_OF;

  record Portfolio(AgingScheme scheme, List<AgingItem> items) {}

  private static final Gen<Portfolio> PORTFOLIOS =
      Gen.zip(AgingGens.schemes(), AgingGens.portfolios(120), Portfolio::new);

  private static long age(AgingItem item, AgingScheme scheme) {
    LocalDate from = scheme.basis() == AgingBasis.DUE_DATE ? item.dueDate() : item.issueDate();
    return AS_OF.toEpochDay() - from.toEpochDay();
  }

  private static Set<CurrencyUnit> currencies(List<AgingItem> items) {
    Set<CurrencyUnit> currencies = new HashSet<>();
    for (AgingItem item : items) {
      currencies.add(item.openAmount().getCurrencyUnit());
    }
    return currencies;
  }

  @Test
  void buckets_partitionEveryNonNegativeAge() {
    Property.forAll(AgingGens.schemes(), Gen.longs(0, 100_000))
        .check(
            (scheme, days) -> {
              int containing = 0;
              for (AgingBucket bucket : scheme.buckets()) {
                if (bucket.contains(days)) {
                  containing++;
                  assertEquals(bucket, scheme.bucketOf(days));
                }
              }
              assertEquals(1, containing, "buckets containing day " + days);
            });
  }

  @Test
  void bucketOf_negativeAges_fallInTheFirstBucketOrTheirOwn() {
    Property.forAll(AgingGens.schemes(), Gen.longs(Long.MIN_VALUE, -1))
        .check(
            (scheme, days) -> {
              AgingBucket bucket = scheme.bucketOf(days);
              assertTrue(bucket.contains(days) || bucket.equals(scheme.buckets().get(0)));
            });
  }

  @Test
  void bucketIndexOf_agreesWithContainment_farAndNear() {
    Property.forAll(AgingGens.schemes(), Gen.longs(-10_000, Long.MAX_VALUE))
        .check(
            (scheme, days) -> {
              AgingBucket bucket = scheme.buckets().get(scheme.bucketIndexOf(days));
              AgingBucket first = scheme.buckets().get(0);
              assertTrue(bucket.contains(days) || (bucket.equals(first) && days < 0));
            });
  }

  @Test
  void report_reconcilesExactlyWithItsItems() {
    Property.forAll(PORTFOLIOS)
        .check(
            p -> {
              AgingReport report = AgingReport.ofItems(AS_OF, p.scheme(), p.items());
              for (CurrencyUnit currency : currencies(p.items())) {
                Money gross = Money.zero(currency);
                Money credit = Money.zero(currency);
                Money net = Money.zero(currency);
                long open = 0;
                List<Money> byBucket = new ArrayList<>();
                for (int b = 0; b < p.scheme().buckets().size(); b++) {
                  byBucket.add(Money.zero(currency));
                }
                for (AgingItem item : p.items()) {
                  Money amount = item.openAmount();
                  if (!amount.getCurrencyUnit().equals(currency)) {
                    continue;
                  }
                  net = net.plus(amount);
                  if (amount.isPositive()) {
                    gross = gross.plus(amount);
                    open++;
                    int b = p.scheme().bucketIndexOf(age(item, p.scheme()));
                    byBucket.set(b, byBucket.get(b).plus(amount));
                  } else if (amount.isNegative()) {
                    credit = credit.minus(amount);
                  }
                }
                assertEquals(gross, report.gross(currency));
                assertEquals(credit, report.credit(currency));
                assertEquals(net, report.net(currency));
                assertEquals(open, report.count(currency));
                List<AgingLine> lines = report.lines(currency);
                for (int b = 0; b < lines.size(); b++) {
                  assertEquals(byBucket.get(b), lines.get(b).amount());
                  assertTrue(!lines.get(b).disputedAmount().isGreaterThan(lines.get(b).amount()));
                }
              }
            });
  }

  @Test
  void merge_isAssociativeAndCommutative_withEmptyIdentity() {
    Gen<List<List<AgingItem>>> threeParts = Gen.listOf(AgingGens.portfolios(40), 3, 3);
    Property.forAll(AgingGens.schemes(), threeParts)
        .check(
            (scheme, parts) -> {
              AgingReport a = AgingReport.ofItems(AS_OF, scheme, parts.get(0));
              AgingReport b = AgingReport.ofItems(AS_OF, scheme, parts.get(1));
              AgingReport c = AgingReport.ofItems(AS_OF, scheme, parts.get(2));
              assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
              assertEquals(a.merge(b), b.merge(a));
              AgingReport empty = AgingReport.empty(AS_OF, scheme);
              assertEquals(a, a.merge(empty));
              assertEquals(a, empty.merge(a));
              assertEquals(
                  a.merge(b).merge(c), AgingReport.mergeAll(AS_OF, scheme, List.of(c, a, b)));
            });
  }

  @Test
  void merge_ofDisjointParts_equalsTheReportOfTheWhole() {
    Property.forAll(PORTFOLIOS, Gen.integers(0, 120))
        .check(
            (p, cut) -> {
              List<AgingItem> items = p.items();
              int at = Math.min(cut, items.size());
              AgingReport whole = AgingReport.ofItems(AS_OF, p.scheme(), items);
              AgingReport left = AgingReport.ofItems(AS_OF, p.scheme(), items.subList(0, at));
              AgingReport right =
                  AgingReport.ofItems(AS_OF, p.scheme(), items.subList(at, items.size()));
              assertEquals(whole, left.merge(right));
            });
  }
}
