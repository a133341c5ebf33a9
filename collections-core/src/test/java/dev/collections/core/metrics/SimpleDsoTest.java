package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.money.MixedCurrencyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SimpleDsoTest {

  private static final Money USD_0 = Money.parse("USD 0.00");
  private static final Money USD_15_000 = Money.parse("USD 15000.00");
  private static final Money USD_10_000 = Money.parse("USD 10000.00");
  private static final Money USD_150_000 = Money.parse("USD 150000.00");
  private static final Money USD_1_800_000 = Money.parse("USD 1800000.00");

  @Test
  void of_domainExample_2_1_thirtyDayMonth_45days() {
    SimpleDso dso = SimpleDso.of(USD_15_000, USD_10_000, 30);
    assertEquals(Optional.of(new BigDecimal("45.0000")), dso.value());
    assertTrue(dso.isDefined());
    assertEquals(Optional.empty(), dso.undefinedReason());
    assertEquals(MetricUnit.DAYS, dso.unit());
  }

  @Test
  void of_domainExample_2_1_year_30point4167days() {
    SimpleDso dso = SimpleDso.of(USD_150_000, USD_1_800_000, 365);
    assertEquals(Optional.of(new BigDecimal("30.4167")), dso.value());
    // The document rounds 30.41667 to 30.4.
    assertEquals(
        Optional.of(new BigDecimal("30.4")), dso.withRounding(1, RoundingMode.HALF_UP).value());
  }

  @Test
  void of_defaults_fourDecimalsHalfEven() {
    SimpleDso dso = SimpleDso.of(USD_15_000, USD_10_000, 30);
    assertEquals(Metric.DEFAULT_SCALE, dso.scale());
    assertEquals(4, dso.scale());
    assertEquals(RoundingMode.HALF_EVEN, dso.roundingMode());
  }

  @Test
  void withRounding_roundsOnceAtTheScale() {
    // 1.00 × 1 / 8.00 = 0.125: HALF_EVEN gives 0.12, HALF_UP 0.13, DOWN at 0 decimals 0.
    SimpleDso dso = SimpleDso.of(Money.parse("USD 1.00"), Money.parse("USD 8.00"), 1);
    assertEquals(
        Optional.of(new BigDecimal("0.12")), dso.withRounding(2, RoundingMode.HALF_EVEN).value());
    assertEquals(
        Optional.of(new BigDecimal("0.13")), dso.withRounding(2, RoundingMode.HALF_UP).value());
    assertEquals(Optional.of(new BigDecimal("0")), dso.withRounding(0, RoundingMode.DOWN).value());
    assertEquals(
        Optional.of(new BigDecimal("0.125000000000000000")),
        dso.withRounding(Metric.MAX_SCALE, RoundingMode.HALF_EVEN).value());
    assertEquals(dso, dso.withRounding(2, RoundingMode.UP).withRounding(4, RoundingMode.HALF_EVEN));
  }

  @Test
  void of_zeroReceivables_zeroDays() {
    assertEquals(
        Optional.of(new BigDecimal("0.0000")), SimpleDso.of(USD_0, USD_10_000, 30).value());
  }

  @Test
  void of_zeroSales_undefinedWithReason() {
    SimpleDso dso = SimpleDso.of(USD_15_000, USD_0, 30);
    assertFalse(dso.isDefined());
    assertEquals(Optional.empty(), dso.value());
    assertEquals(Optional.of("credit sales are zero"), dso.undefinedReason());
    assertFalse(SimpleDso.of(USD_0, USD_0, 30).isDefined());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "ending receivables must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> SimpleDso.of(Money.parse("USD -1.00"), USD_10_000, 30))
            .getMessage());
    assertEquals(
        "credit sales must not be negative: USD -0.01",
        assertThrows(
                IllegalArgumentException.class,
                () -> SimpleDso.of(USD_15_000, Money.parse("USD -0.01"), 30))
            .getMessage());
    assertEquals(
        "days in period must be positive: 0",
        assertThrows(IllegalArgumentException.class, () -> SimpleDso.of(USD_15_000, USD_10_000, 0))
            .getMessage());
    assertEquals(
        "days in period must be positive: -30",
        assertThrows(
                IllegalArgumentException.class, () -> SimpleDso.of(USD_15_000, USD_10_000, -30))
            .getMessage());
    MixedCurrencyException mixed =
        assertThrows(
            MixedCurrencyException.class,
            () -> SimpleDso.of(USD_15_000, Money.parse("EUR 10000.00"), 30));
    assertEquals("credit sales must be in USD: EUR", mixed.getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "SimpleDso{endingReceivables=USD 15000.00, creditSales=USD 10000.00, daysInPeriod=30,"
            + " scale=4, roundingMode=HALF_EVEN, value=45.0000 days}",
        SimpleDso.of(USD_15_000, USD_10_000, 30).toString());
    assertEquals(
        "SimpleDso{endingReceivables=USD 15000.00, creditSales=USD 0.00, daysInPeriod=30,"
            + " scale=4, roundingMode=HALF_EVEN, value=undefined (credit sales are zero)}",
        SimpleDso.of(USD_15_000, USD_0, 30).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    SimpleDso dso = SimpleDso.of(USD_15_000, USD_10_000, 30);
    new EqualsTester()
        .addEqualityGroup(dso, SimpleDso.of(USD_15_000, USD_10_000, 30))
        .addEqualityGroup(SimpleDso.of(USD_150_000, USD_10_000, 30))
        .addEqualityGroup(SimpleDso.of(USD_15_000, USD_1_800_000, 30))
        .addEqualityGroup(SimpleDso.of(USD_15_000, USD_10_000, 31))
        .addEqualityGroup(dso.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(dso.withRounding(4, RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_10_000);
    tester.testAllPublicStaticMethods(SimpleDso.class);
    tester.testAllPublicInstanceMethods(SimpleDso.of(USD_15_000, USD_10_000, 30));
  }
}
