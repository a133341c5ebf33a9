package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.CountbackDso;
import dev.collections.core.metrics.DayCountBasis;
import dev.collections.core.metrics.MonthlySales;
import dev.collections.core.metrics.SimpleDso;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.MetricGens;
import dev.collections.testkit.money.MoneyGens;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The countback DSO counts whole months exactly, and only runs out when the history does. */
class CountbackDsoPropertiesTest {

  /** Equal monthly sales S over n months, receivables k·S with k ≤ n, at any rounding. */
  record EqualMonths(Money sales, int months, int k, int scale) {}

  private static final Gen<EqualMonths> EQUAL_MONTHS =
      Gen.zip(
              MoneyGens.currencies().flatMap(MoneyGens::positiveAmounts),
              Gen.integers(1, MetricGens.LONGEST_HISTORY),
              MetricGens.scales(),
              (sales, months, scale) -> new EqualMonths(sales, months, months, scale))
          .flatMap(
              e ->
                  Gen.integers(0, e.months())
                      .map(k -> new EqualMonths(e.sales(), e.months(), k, e.scale())));

  private static BigDecimal historyTotal(CountbackDso dso) {
    BigDecimal total = BigDecimal.ZERO;
    for (MonthlySales month : dso.salesNewestFirst()) {
      total = total.add(month.creditSales().getAmount());
    }
    return total;
  }

  @Test
  void equalSales_thirtyDayMonths_receivablesOfKMonths_exactly30TimesKDays() {
    Property.forAll(EQUAL_MONTHS, MetricGens.roundingModes())
        .check(
            (e, mode) -> {
              List<MonthlySales> history = new ArrayList<>();
              YearMonth newest = YearMonth.of(2024, 2);
              for (int i = 0; i < e.months(); i++) {
                history.add(MonthlySales.of(newest.minusMonths(i), e.sales()));
              }
              CountbackDso dso =
                  CountbackDso.of(
                          e.sales().multipliedBy(e.k()), history, DayCountBasis.THIRTY_DAY_MONTHS)
                      .withRounding(e.scale(), mode);
              assertEquals(
                  BigDecimal.valueOf(30L * e.k()).setScale(e.scale()),
                  dso.value().orElseThrow(),
                  dso.toString());
            });
  }

  @Test
  void defined_exactlyWhenTheHistoryCoversTheReceivables() {
    Property.forAll(MetricGens.countbackDsos())
        .check(
            dso -> {
              boolean covered =
                  dso.endingReceivables().getAmount().compareTo(historyTotal(dso)) <= 0;
              assertEquals(covered, dso.isDefined(), dso.toString());
              if (!covered) {
                assertTrue(
                    dso.undefinedReason()
                        .orElseThrow()
                        .startsWith("sales history shorter than the receivables: "),
                    dso.toString());
              }
            });
  }

  @Test
  void value_betweenZeroAndTheDaysOfTheHistory() {
    Property.forAll(MetricGens.countbackDsos())
        .check(
            dso ->
                dso.value()
                    .ifPresent(
                        days -> {
                          long historyDays = 0;
                          for (MonthlySales month : dso.salesNewestFirst()) {
                            historyDays += dso.dayCountBasis().daysIn(month.month());
                          }
                          assertEquals(dso.scale(), days.scale());
                          assertTrue(days.signum() >= 0, dso.toString());
                          assertTrue(
                              days.compareTo(BigDecimal.valueOf(historyDays)) <= 0, dso.toString());
                        }));
  }

  @Test
  void receivablesWithinTheNewestMonth_equalTheSimpleDsoOfThatMonth() {
    Property.forAll(MetricGens.countbackDsos())
        .check(
            dso -> {
              if (dso.salesNewestFirst().isEmpty()) {
                return;
              }
              MonthlySales newest = dso.salesNewestFirst().get(0);
              if (dso.endingReceivables().isGreaterThan(newest.creditSales())) {
                return;
              }
              SimpleDso simple =
                  SimpleDso.of(
                          dso.endingReceivables(),
                          newest.creditSales(),
                          dso.dayCountBasis().daysIn(newest.month()))
                      .withRounding(dso.scale(), dso.roundingMode());
              if (simple.isDefined()) {
                assertEquals(simple.value(), dso.value(), dso.toString());
              } else {
                // No sales in the newest month and no receivables: zero days.
                assertEquals(0, dso.value().orElseThrow().signum(), dso.toString());
              }
            });
  }

  @Test
  void moreReceivables_neverFewerDays() {
    Property.forAll(MetricGens.countbackDsos(), Gen.integers(0, 10_000))
        .check(
            (dso, share) -> {
              Money less =
                  dso.endingReceivables()
                      .multipliedBy(BigDecimal.valueOf(share, 4), java.math.RoundingMode.DOWN);
              CountbackDso smaller =
                  CountbackDso.of(less, dso.salesNewestFirst(), dso.dayCountBasis())
                      .withRounding(dso.scale(), dso.roundingMode());
              if (dso.isDefined()) {
                assertTrue(smaller.isDefined(), smaller.toString());
                assertTrue(
                    smaller.value().orElseThrow().compareTo(dso.value().orElseThrow()) <= 0,
                    smaller + " vs " + dso);
              }
              if (!smaller.isDefined()) {
                assertFalse(dso.isDefined(), dso.toString());
              }
            });
  }

  @Test
  void history_isConsecutiveNewestFirst() {
    Property.forAll(MoneyGens.currencies().flatMap(MetricGens::salesHistories))
        .check(
            history -> {
              assertTrue(history.size() <= MetricGens.LONGEST_HISTORY);
              for (int i = 1; i < history.size(); i++) {
                assertEquals(history.get(i - 1).month().minusMonths(1), history.get(i).month());
              }
              for (MonthlySales month : history) {
                CurrencyUnit first = history.get(0).creditSales().getCurrencyUnit();
                assertEquals(first, month.creditSales().getCurrencyUnit());
                assertFalse(month.creditSales().isNegative());
              }
            });
  }
}
