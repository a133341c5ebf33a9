package dev.collections.testkit.metrics;

import dev.collections.core.metrics.AverageDaysDelinquent;
import dev.collections.core.metrics.AverageDaysLate;
import dev.collections.core.metrics.BalanceCureRate;
import dev.collections.core.metrics.CollectionEffectivenessIndex;
import dev.collections.core.metrics.CountbackDso;
import dev.collections.core.metrics.CureRate;
import dev.collections.core.metrics.DayCountBasis;
import dev.collections.core.metrics.LatePayment;
import dev.collections.core.metrics.LiquidationRate;
import dev.collections.core.metrics.Metric;
import dev.collections.core.metrics.MonthlySales;
import dev.collections.core.metrics.NetBack;
import dev.collections.core.metrics.NetChargeOffRate;
import dev.collections.core.metrics.RecoveryRate;
import dev.collections.core.metrics.ReportingPeriod;
import dev.collections.core.metrics.SimpleDso;
import dev.collections.testkit.Gen;
import dev.collections.testkit.money.MoneyGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of the collection metrics of collections-core, with valid inputs in every currency of
 * {@link MoneyGens#CURRENCIES}.
 *
 * <p>Amounts run from zero to ten trillion major units over every order of magnitude, so zero
 * denominators (undefined results) come up often. Half of the metrics keep the default rounding,
 * the other half draw a scale from 0 to {@link Metric#MAX_SCALE} and any rounding mode but {@code
 * UNNECESSARY}. Each generator's edge cases are the worked examples of DOMAIN.md section 2 and its
 * undefined cases.
 *
 * <pre>{@code
 * Property.forAll(MetricGens.collectionEffectivenessIndexes())
 *     .check(cei -> cei.value().ifPresent(v -> assertTrue(v.compareTo(BigDecimal.ONE) <= 0)));
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class MetricGens {

  /** The rounding modes a metric accepts: every mode but {@link RoundingMode#UNNECESSARY}. */
  public static final List<RoundingMode> ROUNDING_MODES =
      List.of(
          RoundingMode.HALF_EVEN,
          RoundingMode.HALF_UP,
          RoundingMode.HALF_DOWN,
          RoundingMode.UP,
          RoundingMode.DOWN,
          RoundingMode.CEILING,
          RoundingMode.FLOOR);

  /** The longest sales history {@link #salesHistories(CurrencyUnit)} draws, in months. */
  public static final int LONGEST_HISTORY = 36;

  private static final Gen<Integer> SCALES =
      Gen.integers(0, Metric.MAX_SCALE).withEdgeCases(List.of(Metric.DEFAULT_SCALE));

  private static final Gen<RoundingMode> MODES = Gen.elements(ROUNDING_MODES);

  private static final Gen<Integer> DAYS_IN_PERIOD =
      Gen.integers(1, 1_000).withEdgeCases(List.of(28, 30, 31, 90, 365, 366));

  private static final Gen<CurrencyUnit> CURRENCIES = MoneyGens.currencies();

  /** DOMAIN.md 2.3: 1,000 paid 10 days late and 3,000 paid 20 days late. */
  private static final List<LatePayment> DOMAIN_LATE_PAYMENTS =
      List.of(LatePayment.of(usd("1000.00"), 10), LatePayment.of(usd("3000.00"), 20));

  private MetricGens() {}

  /**
   * Returns a generator of the scales a metric accepts: 0 to {@link Metric#MAX_SCALE}.
   *
   * @return the generator; edge cases are 0, {@link Metric#MAX_SCALE} and {@link
   *     Metric#DEFAULT_SCALE}
   */
  public static Gen<Integer> scales() {
    return SCALES;
  }

  /**
   * Returns a generator of the rounding modes a metric accepts.
   *
   * @return the generator of {@link #ROUNDING_MODES}; edge cases are HALF_EVEN and FLOOR
   */
  public static Gen<RoundingMode> roundingModes() {
    return MODES;
  }

  /**
   * Returns a generator of amounts a metric takes as input in {@code currency}: zero or more, up to
   * {@link MoneyGens#LARGEST_MAJOR} major units.
   *
   * @param currency the currency
   * @return the generator; edge cases include zero and one minor unit
   */
  public static Gen<Money> amounts(CurrencyUnit currency) {
    return MoneyGens.nonNegativeAmounts(currency);
  }

  /**
   * Returns a generator of simple DSOs.
   *
   * @return the generator; edge cases are DOMAIN.md 2.1's two examples and zero sales
   */
  public static Gen<SimpleDso> simpleDsos() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          SimpleDso dso =
              SimpleDso.of(
                  amount(currency, random, size),
                  amount(currency, random, size),
                  DAYS_IN_PERIOD.next(random, size));
          return rounded(random) ? dso.withRounding(scale(random, size), mode(random, size)) : dso;
        },
        List.of(
            SimpleDso.of(usd("15000.00"), usd("10000.00"), 30),
            SimpleDso.of(usd("150000.00"), usd("1800000.00"), 365),
            SimpleDso.of(usd("15000.00"), usd("0.00"), 30),
            SimpleDso.of(usd("0.00"), usd("0.00"), 1)));
  }

  /**
   * Returns a generator of average days delinquent, the current receivables never above the ending
   * receivables.
   *
   * @return the generator; edge cases are DOMAIN.md 2.3's two examples, zero sales, all current and
   *     none current
   */
  public static Gen<AverageDaysDelinquent> averageDaysDelinquents() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          Money a = amount(currency, random, size);
          Money b = amount(currency, random, size);
          AverageDaysDelinquent add =
              AverageDaysDelinquent.of(
                  a.isLessThan(b) ? b : a,
                  a.isLessThan(b) ? a : b,
                  amount(currency, random, size),
                  DAYS_IN_PERIOD.next(random, size));
          return rounded(random) ? add.withRounding(scale(random, size), mode(random, size)) : add;
        },
        List.of(
            AverageDaysDelinquent.of(usd("15000.00"), usd("4000.00"), usd("10000.00"), 30),
            AverageDaysDelinquent.of(usd("25000.00"), usd("6000.00"), usd("15000.00"), 30),
            AverageDaysDelinquent.of(usd("25000.00"), usd("6000.00"), usd("0.00"), 30),
            AverageDaysDelinquent.of(usd("25000.00"), usd("25000.00"), usd("1.00"), 30),
            AverageDaysDelinquent.of(usd("25000.00"), usd("0.00"), usd("1.00"), 30)));
  }

  /**
   * Returns a generator of monthly sales histories in {@code currency}: newest first, one month
   * after another, from 0 to {@link #LONGEST_HISTORY} months ending between 1990 and 2100.
   *
   * @param currency the currency of the sales
   * @return the generator; edge cases are the empty history and one month without sales
   */
  public static Gen<List<MonthlySales>> salesHistories(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    return Gen.of(
        (random, size) -> history(currency, random, size),
        List.of(List.of(), List.of(MonthlySales.of(YearMonth.of(2024, 2), Money.zero(currency)))));
  }

  /**
   * Returns a generator of countback DSOs on either day-count basis, whose receivables are most
   * often covered by the history (a defined result) and sometimes not.
   *
   * @return the generator; edge cases are DOMAIN.md 2.2's three examples and a history too short
   */
  public static Gen<CountbackDso> countbackDsos() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          List<MonthlySales> history = history(currency, random, size);
          Money total = Money.zero(currency);
          for (MonthlySales month : history) {
            total = total.plus(month.creditSales());
          }
          // A share of the history's sales from 0 to 1.2: above 1, the history runs out.
          BigDecimal share = BigDecimal.valueOf(random.nextInt(12_001), 4);
          Money receivables =
              random.nextInt(10) == 0
                  ? amount(currency, random, size)
                  : total.multipliedBy(share, RoundingMode.DOWN);
          DayCountBasis basis =
              random.nextBoolean() ? DayCountBasis.CALENDAR_DAYS : DayCountBasis.THIRTY_DAY_MONTHS;
          CountbackDso dso = CountbackDso.of(receivables, history, basis);
          return rounded(random) ? dso.withRounding(scale(random, size), mode(random, size)) : dso;
        },
        List.of(
            CountbackDso.of(
                usd("212000.00"),
                List.of(
                    MonthlySales.of(YearMonth.of(2024, 3), usd("100000.00")),
                    MonthlySales.of(YearMonth.of(2024, 2), usd("80000.00")),
                    MonthlySales.of(YearMonth.of(2024, 1), usd("70000.00"))),
                DayCountBasis.THIRTY_DAY_MONTHS),
            CountbackDso.of(
                usd("2000.00"),
                List.of(
                    MonthlySales.of(YearMonth.of(2020, 1), usd("200.00")),
                    MonthlySales.of(YearMonth.of(2019, 12), usd("400.00")),
                    MonthlySales.of(YearMonth.of(2019, 11), usd("600.00")),
                    MonthlySales.of(YearMonth.of(2019, 10), usd("700.00")),
                    MonthlySales.of(YearMonth.of(2019, 9), usd("500.00"))),
                DayCountBasis.CALENDAR_DAYS),
            CountbackDso.of(
                usd("2100000.00"),
                List.of(
                    MonthlySales.of(YearMonth.of(2023, 3), usd("900000.00")),
                    MonthlySales.of(YearMonth.of(2023, 2), usd("800000.00")),
                    MonthlySales.of(YearMonth.of(2023, 1), usd("700000.00"))),
                DayCountBasis.CALENDAR_DAYS),
            CountbackDso.of(usd("0.01"), List.of(), DayCountBasis.CALENDAR_DAYS)));
  }

  /**
   * Returns a generator of late payments in {@code currency}: a positive amount paid 0 to 3,650
   * days late.
   *
   * @param currency the currency of the amounts
   * @return the generator; edge cases are one minor unit on time and a large amount ten years late
   */
  public static Gen<LatePayment> latePayments(CurrencyUnit currency) {
    Objects.requireNonNull(currency, "currency");
    Gen<Money> positive = MoneyGens.positiveAmounts(currency);
    Gen<Long> days = Gen.longs(0, 3_650);
    return Gen.of(
        (random, size) -> LatePayment.of(positive.next(random, size), days.next(random, size)),
        List.of(
            LatePayment.of(Money.ofMinor(currency, 1), 0),
            LatePayment.of(Money.ofMajor(currency, MoneyGens.LARGEST_MAJOR), 3_650)));
  }

  /**
   * Returns a generator of average days late, dollar-weighted or not, of 0 to 40 payments.
   *
   * @return the generator; edge cases are DOMAIN.md 2.3's example both ways and no payments
   */
  public static Gen<AverageDaysLate> averageDaysLate() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          List<LatePayment> payments = Gen.listOf(latePayments(currency), 0, 40).next(random, size);
          AverageDaysLate average =
              random.nextBoolean()
                  ? AverageDaysLate.dollarWeighted(payments)
                  : AverageDaysLate.unweighted(payments);
          return rounded(random)
              ? average.withRounding(scale(random, size), mode(random, size))
              : average;
        },
        List.of(
            AverageDaysLate.dollarWeighted(DOMAIN_LATE_PAYMENTS),
            AverageDaysLate.unweighted(DOMAIN_LATE_PAYMENTS),
            AverageDaysLate.dollarWeighted(List.of())));
  }

  /**
   * Returns a generator of collection effectiveness indexes over 1 to 12 months, the ending current
   * receivables never above the ending receivables.
   *
   * @return the generator; edge cases are DOMAIN.md 2.4's two examples and nothing collectible
   */
  public static Gen<CollectionEffectivenessIndex> collectionEffectivenessIndexes() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          Money a = amount(currency, random, size);
          Money b = amount(currency, random, size);
          CollectionEffectivenessIndex.Builder builder =
              CollectionEffectivenessIndex.builder()
                  .beginningReceivables(amount(currency, random, size))
                  .creditSales(amount(currency, random, size))
                  .months(1 + random.nextInt(12))
                  .endingReceivables(a.isLessThan(b) ? b : a)
                  .endingCurrentReceivables(a.isLessThan(b) ? a : b);
          if (rounded(random)) {
            builder.scale(scale(random, size)).roundingMode(mode(random, size));
          }
          return builder.build();
        },
        List.of(
            cei("6200.00", "10890.00", 3, "6340.00", "3590.00"),
            cei("100000.00", "50000.00", 1, "80000.00", "40000.00"),
            cei("0.00", "0.00", 1, "0.00", "0.00")));
  }

  /**
   * Returns a generator of cure rates by number of accounts, up to a billion accounts.
   *
   * @return the generator; edge cases are DOMAIN.md 2.8's example, none delinquent, none cured and
   *     all cured
   */
  public static Gen<CureRate> cureRates() {
    Gen<Long> delinquent = Gen.longs(0, 1_000_000_000L);
    return Gen.of(
        (random, size) -> {
          long of = delinquent.next(random, size);
          CureRate cure = CureRate.of(of == 0 ? 0 : random.nextLong(of + 1), of);
          return rounded(random)
              ? cure.withRounding(scale(random, size), mode(random, size))
              : cure;
        },
        List.of(CureRate.of(120, 200), CureRate.of(0, 0), CureRate.of(0, 1), CureRate.of(7, 7)));
  }

  /**
   * Returns a generator of cure rates by balance.
   *
   * @return the generator; edge cases are 60%, nothing delinquent and everything cured
   */
  public static Gen<BalanceCureRate> balanceCureRates() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          Money a = amount(currency, random, size);
          Money b = amount(currency, random, size);
          BalanceCureRate cure =
              BalanceCureRate.of(a.isLessThan(b) ? a : b, a.isLessThan(b) ? b : a);
          return rounded(random)
              ? cure.withRounding(scale(random, size), mode(random, size))
              : cure;
        },
        List.of(
            BalanceCureRate.of(usd("30000.00"), usd("50000.00")),
            BalanceCureRate.of(usd("0.00"), usd("0.00")),
            BalanceCureRate.of(usd("0.01"), usd("0.01"))));
  }

  /**
   * Returns a generator of liquidation rates; the amount collected may exceed the amount placed.
   *
   * @return the generator; edge cases are DOMAIN.md 2.6's examples and nothing placed
   */
  public static Gen<LiquidationRate> liquidationRates() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          LiquidationRate rate =
              LiquidationRate.of(amount(currency, random, size), amount(currency, random, size));
          return rounded(random)
              ? rate.withRounding(scale(random, size), mode(random, size))
              : rate;
        },
        List.of(
            LiquidationRate.of(usd("100000.00"), usd("1000000.00")),
            LiquidationRate.of(usd("15000.00"), usd("100000.00")),
            LiquidationRate.of(usd("15000.00"), usd("0.00"))));
  }

  /**
   * Returns a generator of recovery rates.
   *
   * @return the generator; edge cases are a quarter recovered and nothing outstanding
   */
  public static Gen<RecoveryRate> recoveryRates() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          RecoveryRate rate =
              RecoveryRate.of(amount(currency, random, size), amount(currency, random, size));
          return rounded(random)
              ? rate.withRounding(scale(random, size), mode(random, size))
              : rate;
        },
        List.of(
            RecoveryRate.of(usd("12500.00"), usd("50000.00")),
            RecoveryRate.of(usd("1.00"), usd("0.00"))));
  }

  /**
   * Returns a generator of net-backs with fee rates from 0 to 1 in steps of 0.0001.
   *
   * @return the generator; edge cases are DOMAIN.md 2.6's examples, a fee of 0 and of 1, and
   *     nothing placed
   */
  public static Gen<NetBack> netBacks() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          NetBack back =
              NetBack.of(
                  amount(currency, random, size),
                  amount(currency, random, size),
                  BigDecimal.valueOf(random.nextInt(10_001), 4));
          return rounded(random)
              ? back.withRounding(scale(random, size), mode(random, size))
              : back;
        },
        List.of(
            NetBack.of(usd("40000.00"), usd("100000.00"), new BigDecimal("0.15")),
            NetBack.of(usd("45000.00"), usd("100000.00"), new BigDecimal("0.20")),
            NetBack.of(usd("0.05"), usd("1.00"), new BigDecimal("0.5")),
            NetBack.of(usd("1.00"), usd("1.00"), BigDecimal.ZERO),
            NetBack.of(usd("1.00"), usd("1.00"), BigDecimal.ONE),
            NetBack.of(usd("1.00"), usd("0.00"), new BigDecimal("0.3"))));
  }

  /**
   * Returns a generator of net charge-off rates over any reporting period.
   *
   * @return the generator; edge cases are DOMAIN.md 2.9's quarter, recoveries above the charge-offs
   *     and no loans
   */
  public static Gen<NetChargeOffRate> netChargeOffRates() {
    Gen<ReportingPeriod> periods = Gen.enums(ReportingPeriod.class);
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = currency(random, size);
          NetChargeOffRate.Builder builder =
              NetChargeOffRate.builder()
                  .grossChargeOffs(amount(currency, random, size))
                  .recoveries(amount(currency, random, size))
                  .averageLoans(amount(currency, random, size))
                  .period(periods.next(random, size));
          if (rounded(random)) {
            builder.scale(scale(random, size)).roundingMode(mode(random, size));
          }
          return builder.build();
        },
        List.of(
            nco("1200000.00", "200000.00", "50000000.00", ReportingPeriod.QUARTER),
            nco("100.00", "300.00", "10000.00", ReportingPeriod.MONTH),
            nco("100.00", "0.00", "0.00", ReportingPeriod.YEAR)));
  }

  /**
   * Returns a generator of any metric of the package.
   *
   * @return the generator, with the edge cases of every metric generator
   */
  public static Gen<Metric> metrics() {
    return Gen.oneOf(
        List.of(
            simpleDsos(),
            averageDaysDelinquents(),
            averageDaysDelinquents().map(AverageDaysDelinquent::bestPossibleDso),
            countbackDsos(),
            averageDaysLate(),
            collectionEffectivenessIndexes(),
            cureRates(),
            balanceCureRates(),
            liquidationRates(),
            recoveryRates(),
            netBacks(),
            netChargeOffRates(),
            FunnelGens.funnelRates(),
            FunnelGens.costsToCollect()));
  }

  private static List<MonthlySales> history(
      CurrencyUnit currency, RandomGenerator random, int size) {
    int length = random.nextInt(1 + Math.max(1, LONGEST_HISTORY * size / Gen.MAX_SIZE));
    YearMonth month = YearMonth.of(1990 + random.nextInt(111), 1 + random.nextInt(12));
    // Sales of one order of magnitude, so that a history usually covers its receivables.
    Gen<Money> sales =
        random.nextInt(4) == 0 ? amounts(currency) : MoneyGens.amounts(currency, 0, 1_000_000_000L);
    List<MonthlySales> history = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      history.add(MonthlySales.of(month.minusMonths(i), sales.next(random, size)));
    }
    return List.copyOf(history);
  }

  private static CurrencyUnit currency(RandomGenerator random, int size) {
    return CURRENCIES.next(random, size);
  }

  private static Money amount(CurrencyUnit currency, RandomGenerator random, int size) {
    return amounts(currency).next(random, size);
  }

  private static boolean rounded(RandomGenerator random) {
    return random.nextBoolean();
  }

  private static int scale(RandomGenerator random, int size) {
    return SCALES.next(random, size);
  }

  private static RoundingMode mode(RandomGenerator random, int size) {
    return MODES.next(random, size);
  }

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  private static CollectionEffectivenessIndex cei(
      String beginning, String sales, int months, String ending, String endingCurrent) {
    return CollectionEffectivenessIndex.builder()
        .beginningReceivables(usd(beginning))
        .creditSales(usd(sales))
        .months(months)
        .endingReceivables(usd(ending))
        .endingCurrentReceivables(usd(endingCurrent))
        .build();
  }

  private static NetChargeOffRate nco(
      String gross, String recoveries, String loans, ReportingPeriod period) {
    return NetChargeOffRate.builder()
        .grossChargeOffs(usd(gross))
        .recoveries(usd(recoveries))
        .averageLoans(usd(loans))
        .period(period)
        .build();
  }
}
