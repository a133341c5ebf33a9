package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.money.MixedCurrencyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CountbackDsoTest {

  private static final YearMonth MAR_2024 = YearMonth.of(2024, 3);
  private static final YearMonth FEB_2024 = YearMonth.of(2024, 2);
  private static final YearMonth JAN_2024 = YearMonth.of(2024, 1);

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }

  private static MonthlySales sales(int year, int month, String amount) {
    return MonthlySales.of(YearMonth.of(year, month), usd(amount));
  }

  /** benjipays: 100,000 / 80,000 / 70,000, newest first. */
  private static final List<MonthlySales> BENJIPAYS =
      List.of(
          MonthlySales.of(MAR_2024, usd("100000.00")),
          MonthlySales.of(FEB_2024, usd("80000.00")),
          MonthlySales.of(JAN_2024, usd("70000.00")));

  /** Anaplan: Jan 200, Dec 400, Nov 600, Oct 700, Sep 500. */
  private static final List<MonthlySales> ANAPLAN =
      List.of(
          sales(2020, 1, "200.00"),
          sales(2019, 12, "400.00"),
          sales(2019, 11, "600.00"),
          sales(2019, 10, "700.00"),
          sales(2019, 9, "500.00"));

  /** snowday: Mar 900,000, Feb 800,000 (28 days), Jan 700,000. */
  private static final List<MonthlySales> SNOWDAY =
      List.of(
          sales(2023, 3, "900000.00"), sales(2023, 2, "800000.00"), sales(2023, 1, "700000.00"));

  @Test
  void of_domainExample_2_2_benjipays_thirtyDayMonths_73point7days() {
    CountbackDso dso =
        CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.THIRTY_DAY_MONTHS);
    // 30 + 30 + 32,000 / 70,000 × 30 = 73.714…
    assertEquals(Optional.of(new BigDecimal("73.7143")), dso.value());
    assertEquals(
        Optional.of(new BigDecimal("73.7")), dso.withRounding(1, RoundingMode.HALF_UP).value());
    assertEquals(MetricUnit.DAYS, dso.unit());
  }

  @Test
  void of_sameHistory_calendarDays_countsTheMonthsLengths() {
    // 31 (March) + 29 (February 2024) + 32,000 / 70,000 × 31 (January) = 74.1714…
    assertEquals(
        Optional.of(new BigDecimal("74.1714")),
        CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.CALENDAR_DAYS).value());
  }

  @Test
  void of_domainExample_2_2_anaplan_calendarDays_129daysExactly() {
    CountbackDso dso = CountbackDso.of(usd("2000.00"), ANAPLAN, DayCountBasis.CALENDAR_DAYS);
    // 31 + 31 + 30 + 31 + 100 / 500 × 30
    assertEquals(Optional.of(new BigDecimal("129.0000")), dso.value());
  }

  @Test
  void of_domainExample_2_2_snowday_calendarDays_76point714days() {
    CountbackDso dso = CountbackDso.of(usd("2100000.00"), SNOWDAY, DayCountBasis.CALENDAR_DAYS);
    // 31 + 28 + 400,000 / 700,000 × 31
    assertEquals(Optional.of(new BigDecimal("76.7143")), dso.value());
    assertEquals(
        Optional.of(new BigDecimal("76.714")), dso.withRounding(3, RoundingMode.HALF_EVEN).value());
  }

  @Test
  void of_roundsTheWholeSumOnce_notTheFractionAlone() {
    // 31 + 10 / 620 × 31 = 31.5: HALF_EVEN at 0 decimals gives 32; rounding 0.5 alone would give
    // 31 + 0 = 31.
    List<MonthlySales> history = List.of(sales(2024, 1, "100.00"), sales(2023, 12, "620.00"));
    assertEquals(
        Optional.of(new BigDecimal("32")),
        CountbackDso.of(usd("110.00"), history, DayCountBasis.CALENDAR_DAYS)
            .withRounding(0, RoundingMode.HALF_EVEN)
            .value());
  }

  @Test
  void of_receivablesEqualToTheHistory_countsEveryMonthInFull() {
    assertEquals(
        Optional.of(new BigDecimal("60.0000")),
        CountbackDso.of(usd("180000.00"), BENJIPAYS.subList(0, 2), DayCountBasis.THIRTY_DAY_MONTHS)
            .value());
  }

  @Test
  void of_monthWithoutSales_countsInFull() {
    List<MonthlySales> history = List.of(sales(2024, 3, "0.00"), sales(2024, 2, "200.00"));
    // 30 + 100 / 200 × 30
    assertEquals(
        Optional.of(new BigDecimal("45.0000")),
        CountbackDso.of(usd("100.00"), history, DayCountBasis.THIRTY_DAY_MONTHS).value());
  }

  @Test
  void of_zeroReceivables_zeroDays_evenWithoutHistory() {
    assertEquals(
        Optional.of(new BigDecimal("0.0000")),
        CountbackDso.of(usd("0.00"), List.of(), DayCountBasis.CALENDAR_DAYS).value());
    assertEquals(
        Optional.of(new BigDecimal("0.0000")),
        CountbackDso.of(usd("0.00"), ANAPLAN, DayCountBasis.CALENDAR_DAYS).value());
  }

  @Test
  void of_historyShorterThanTheReceivables_undefinedWithReason() {
    CountbackDso shortHistory =
        CountbackDso.of(usd("2000.00"), ANAPLAN.subList(0, 2), DayCountBasis.CALENDAR_DAYS);
    assertFalse(shortHistory.isDefined());
    assertEquals(Optional.empty(), shortHistory.value());
    assertEquals(
        Optional.of("sales history shorter than the receivables: USD 1400.00 left after 2 months"),
        shortHistory.undefinedReason());
    assertEquals(
        Optional.of("sales history shorter than the receivables: USD 1800.00 left after 1 month"),
        CountbackDso.of(usd("2000.00"), ANAPLAN.subList(0, 1), DayCountBasis.CALENDAR_DAYS)
            .undefinedReason());
    assertEquals(
        Optional.of("sales history shorter than the receivables: USD 0.01 left after 0 months"),
        CountbackDso.of(usd("0.01"), List.of(), DayCountBasis.CALENDAR_DAYS).undefinedReason());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "ending receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> CountbackDso.of(usd("-1.00"), BENJIPAYS, DayCountBasis.CALENDAR_DAYS))
            .getMessage());
    assertEquals(
        "monthly sales must run back one month at a time, newest first: 2024-03 then 2024-01",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    CountbackDso.of(
                        usd("1.00"),
                        List.of(BENJIPAYS.get(0), BENJIPAYS.get(2)),
                        DayCountBasis.CALENDAR_DAYS))
            .getMessage());
    assertEquals(
        "monthly sales must run back one month at a time, newest first: 2024-01 then 2024-02",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    CountbackDso.of(
                        usd("1.00"),
                        List.of(BENJIPAYS.get(2), BENJIPAYS.get(1)),
                        DayCountBasis.CALENDAR_DAYS))
            .getMessage());
    assertEquals(
        "monthly sales[1] must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () ->
                    CountbackDso.of(
                        usd("1.00"),
                        List.of(
                            BENJIPAYS.get(0), MonthlySales.of(FEB_2024, Money.parse("EUR 1.00"))),
                        DayCountBasis.CALENDAR_DAYS))
            .getMessage());
    assertEquals(
        "credit sales must not be negative: USD -1.00 in 2024-03",
        assertThrows(IllegalArgumentException.class, () -> sales(2024, 3, "-1.00")).getMessage());
  }

  @Test
  void dayCountBasis_daysIn() {
    assertEquals(29, DayCountBasis.CALENDAR_DAYS.daysIn(FEB_2024));
    assertEquals(28, DayCountBasis.CALENDAR_DAYS.daysIn(YearMonth.of(2023, 2)));
    assertEquals(31, DayCountBasis.CALENDAR_DAYS.daysIn(MAR_2024));
    assertEquals(30, DayCountBasis.THIRTY_DAY_MONTHS.daysIn(FEB_2024));
    assertEquals(30, DayCountBasis.THIRTY_DAY_MONTHS.daysIn(MAR_2024));
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "CountbackDso{endingReceivables=USD 212000.00, salesNewestFirst=[2024-03 USD 100000.00,"
            + " 2024-02 USD 80000.00, 2024-01 USD 70000.00], dayCountBasis=THIRTY_DAY_MONTHS,"
            + " scale=4, roundingMode=HALF_EVEN, value=73.7143 days}",
        CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.THIRTY_DAY_MONTHS).toString());
    assertEquals(
        "CountbackDso{endingReceivables=USD 5.00, salesNewestFirst=[],"
            + " dayCountBasis=CALENDAR_DAYS, scale=4, roundingMode=HALF_EVEN, value=undefined"
            + " (sales history shorter than the receivables: USD 5.00 left after 0 months)}",
        CountbackDso.of(usd("5.00"), List.of(), DayCountBasis.CALENDAR_DAYS).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    CountbackDso dso = CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.CALENDAR_DAYS);
    new EqualsTester()
        .addEqualityGroup(
            dso, CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.CALENDAR_DAYS))
        .addEqualityGroup(CountbackDso.of(usd("212000.01"), BENJIPAYS, DayCountBasis.CALENDAR_DAYS))
        .addEqualityGroup(
            CountbackDso.of(usd("212000.00"), BENJIPAYS.subList(0, 2), DayCountBasis.CALENDAR_DAYS))
        .addEqualityGroup(
            CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.THIRTY_DAY_MONTHS))
        .addEqualityGroup(dso.withRounding(1, RoundingMode.HALF_EVEN))
        .addEqualityGroup(dso.withRounding(4, RoundingMode.HALF_DOWN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(sales(2024, 3, "1.00"), MonthlySales.of(MAR_2024, usd("1.00")))
        .addEqualityGroup(sales(2024, 2, "1.00"))
        .addEqualityGroup(sales(2024, 3, "2.00"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Money.class, usd("1.00"))
            .setDefault(YearMonth.class, MAR_2024);
    tester.testAllPublicStaticMethods(CountbackDso.class);
    tester.testAllPublicInstanceMethods(
        CountbackDso.of(usd("212000.00"), BENJIPAYS, DayCountBasis.CALENDAR_DAYS));
    tester.testAllPublicStaticMethods(MonthlySales.class);
    tester.testAllPublicInstanceMethods(DayCountBasis.CALENDAR_DAYS);
    assertThrows(
        NullPointerException.class,
        () ->
            CountbackDso.of(
                usd("1.00"),
                java.util.Arrays.asList(BENJIPAYS.get(0), null),
                DayCountBasis.CALENDAR_DAYS));
  }
}
