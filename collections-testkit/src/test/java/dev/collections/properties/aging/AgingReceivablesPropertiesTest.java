package dev.collections.properties.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.collections.core.aging.AgedReceivable;
import dev.collections.core.aging.AgingBucket;
import dev.collections.core.aging.AgingDetail;
import dev.collections.core.aging.AgingLine;
import dev.collections.core.aging.AgingPortfolio;
import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.metrics.RollCell;
import dev.collections.core.metrics.RollRateMatrix;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.aging.AgingGens;
import dev.collections.testkit.receivable.ReceivableGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Aging whole receivables: reports reconcile with balances, and roll-rate matrices conserve. */
class AgingReceivablesPropertiesTest {

  record Portfolio(
      AgingScheme scheme,
      List<Receivable> receivables,
      Set<ReceivableId> disputed,
      LocalDate asOf) {}

  private static final Gen<Portfolio> PORTFOLIOS = portfolios(0, 25);

  /** Portfolios longer than the blocks of a few hundred that aging reads at a time. */
  private static final Gen<Portfolio> LARGE_PORTFOLIOS = portfolios(200, 900);

  private static Gen<Portfolio> portfolios(int minSize, int maxSize) {
    return Gen.zip(
        AgingGens.schemes(),
        Gen.listOf(ReceivableGens.receivables(), minSize, maxSize)
            .map(AgingReceivablesPropertiesTest::distinct),
        Gen.longs(-60, ReceivableGens.MAX_ENTRY_DAYS),
        (scheme, receivables, offset) -> {
          Set<ReceivableId> disputed = new HashSet<>();
          for (int i = 0; i < receivables.size(); i += 3) {
            disputed.add(receivables.get(i).id());
          }
          LocalDate asOf =
              receivables.isEmpty()
                  ? AgingGens.AS_OF
                  : receivables.get(0).issueDate().plusDays(offset);
          return new Portfolio(scheme, receivables, disputed, asOf);
        });
  }

  private static List<Receivable> distinct(List<Receivable> receivables) {
    Map<ReceivableId, Receivable> byId = new LinkedHashMap<>();
    for (Receivable receivable : receivables) {
      byId.putIfAbsent(receivable.id(), receivable);
    }
    return List.copyOf(byId.values());
  }

  @Test
  void report_reconcilesWithTheBalances() {
    Property.forAll(PORTFOLIOS)
        .check(
            p -> {
              AgingReport report =
                  AgingReport.of(p.asOf(), p.scheme(), p.receivables(), p.disputed());
              Map<CurrencyUnit, Money> gross = new LinkedHashMap<>();
              Map<CurrencyUnit, Money> net = new LinkedHashMap<>();
              Map<CurrencyUnit, Money> disputed = new LinkedHashMap<>();
              for (Receivable r : p.receivables()) {
                Money balance = r.balanceAsOf(p.asOf()).net();
                CurrencyUnit c = r.currency();
                net.merge(c, balance, Money::plus);
                if (balance.isPositive()) {
                  gross.merge(c, balance, Money::plus);
                  if (p.disputed().contains(r.id())) {
                    disputed.merge(c, balance, Money::plus);
                  }
                }
              }
              for (CurrencyUnit c : net.keySet()) {
                assertEquals(net.get(c), report.net(c));
                assertEquals(gross.getOrDefault(c, Money.zero(c)), report.gross(c));
                assertEquals(disputed.getOrDefault(c, Money.zero(c)), report.disputed(c));
              }
            });
  }

  @Test
  @SuppressWarnings("JdkObsolete") // a LinkedList is the list without random access to test
  void report_isTheSameFromAnyIterable_andSummarizesTheDetail_acrossBlocks() {
    Property.forAll(LARGE_PORTFOLIOS)
        .withTries(40)
        .check(
            p -> {
              AgingReport fromList =
                  AgingReport.of(p.asOf(), p.scheme(), p.receivables(), p.disputed());
              assertEquals(
                  AgingDetail.of(p.asOf(), p.scheme(), p.receivables(), p.disputed()).summary(),
                  fromList);
              assertEquals(
                  fromList,
                  AgingReport.of(
                      p.asOf(), p.scheme(), new LinkedList<>(p.receivables()), p.disputed()));
              assertEquals(
                  fromList,
                  AgingReport.of(
                      p.asOf(),
                      p.scheme(),
                      new CopyOnWriteArrayList<>(p.receivables()),
                      p.disputed()));
            });
  }

  @Test
  void portfolioSnapshot_agesExactlyLikeTheReceivables() {
    Property.forAll(PORTFOLIOS, Gen.longs(-400, 400))
        .check(
            (p, shift) -> {
              AgingPortfolio snapshot = AgingPortfolio.of(p.receivables());
              for (LocalDate asOf : List.of(p.asOf(), p.asOf().plusDays(shift))) {
                assertEquals(
                    AgingReport.of(asOf, p.scheme(), p.receivables(), p.disputed()),
                    snapshot.age(asOf, p.scheme(), p.disputed()));
              }
              assertEquals(p.receivables().size(), snapshot.size());
            });
  }

  @Test
  void detail_summarizesToTheReport() {
    Property.forAll(PORTFOLIOS)
        .check(
            p ->
                assertEquals(
                    AgingReport.of(p.asOf(), p.scheme(), p.receivables(), p.disputed()),
                    AgingDetail.of(p.asOf(), p.scheme(), p.receivables(), p.disputed()).summary()));
  }

  @Test
  void rollRateMatrix_rowsConserveTheEarlierBuckets() {
    Property.forAll(PORTFOLIOS, Gen.longs(1, 200))
        .check(
            (p, days) -> {
              LocalDate later = p.asOf().plusDays(days);
              List<Receivable> laterPortfolio = new ArrayList<>(p.receivables());
              if (!laterPortfolio.isEmpty()) {
                laterPortfolio.remove(laterPortfolio.size() - 1);
              }
              AgingDetail before = AgingDetail.of(p.asOf(), p.scheme(), p.receivables(), Set.of());
              AgingDetail after = AgingDetail.of(later, p.scheme(), laterPortfolio, Set.of());
              RollRateMatrix matrix = RollRateMatrix.between(before, after);
              AgingReport earlier = before.summary();
              for (CurrencyUnit c : earlier.currencies()) {
                for (AgingLine line : earlier.lines(c)) {
                  Money total = Money.zero(c);
                  long count = 0;
                  Money later2 = Money.zero(c);
                  for (RollCell cell : matrix.row(c, line.bucket())) {
                    total = total.plus(cell.previousBalance());
                    count += cell.count();
                    later2 = later2.plus(cell.currentBalance());
                  }
                  assertEquals(line.amount(), total, "earlier balance of " + line.bucket().label());
                  assertEquals(line.count(), count, "count of " + line.bucket().label());
                  assertEquals(expectedLater(before, after, line.bucket(), c), later2);
                }
              }
            });
  }

  /** The later balances of the receivables open in a bucket at the earlier date. */
  private static Money expectedLater(
      AgingDetail before, AgingDetail after, AgingBucket bucket, CurrencyUnit currency) {
    Money sum = Money.zero(currency);
    for (AgedReceivable row : before.rows()) {
      if (row.status() == AgedReceivable.Status.OPEN
          && row.bucket().equals(bucket)
          && row.balance().getCurrencyUnit().equals(currency)) {
        sum =
            sum.plus(
                after
                    .row(row.receivableId())
                    .map(AgedReceivable::balance)
                    .orElse(Money.zero(currency)));
      }
    }
    return sum;
  }
}
