package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.money.MixedCurrencyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CostToCollectTest {

  private static final Money USD_0 = Money.parse("USD 0.00");
  private static final Money USD_120_000 = Money.parse("USD 120000.00");
  private static final Money USD_2_400_000 = Money.parse("USD 2400000.00");

  @Test
  void of_domainExample_2_10_fiveCentsPerDollar() {
    CostToCollect cost = CostToCollect.of(USD_120_000, USD_2_400_000);
    assertEquals(Optional.of(new BigDecimal("0.0500")), cost.value());
    assertEquals(Optional.of(new BigDecimal("5.00")), cost.percent());
    assertEquals(MetricUnit.FRACTION, cost.unit());
    assertEquals(USD_120_000, cost.cost());
    assertEquals(USD_2_400_000, cost.collected());
  }

  @Test
  void of_costAboveCollections_aboveOne() {
    assertEquals(
        Optional.of(new BigDecimal("1.2500")),
        CostToCollect.of(Money.parse("USD 500.00"), Money.parse("USD 400.00")).value());
    assertEquals(
        Optional.of(new BigDecimal("0.0000")), CostToCollect.of(USD_0, USD_2_400_000).value());
  }

  @Test
  void withRounding_roundsTheExactQuotientOnce() {
    // 1 / 3 = 0.333…
    CostToCollect third = CostToCollect.of(Money.parse("JPY 1"), Money.parse("JPY 3"));
    assertEquals(Optional.of(new BigDecimal("0.3333")), third.value());
    assertEquals(
        Optional.of(new BigDecimal("0.34")), third.withRounding(2, RoundingMode.CEILING).value());
    assertEquals(
        Optional.of(new BigDecimal("33")), third.withRounding(2, RoundingMode.DOWN).percent());
  }

  @Test
  void of_nothingCollected_undefinedWithReason() {
    CostToCollect cost = CostToCollect.of(USD_120_000, USD_0);
    assertFalse(cost.isDefined());
    assertEquals(Optional.empty(), cost.value());
    assertEquals(Optional.empty(), cost.percent());
    assertEquals(Optional.of("nothing was collected"), cost.undefinedReason());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "cost must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> CostToCollect.of(Money.parse("USD -1.00"), USD_2_400_000))
            .getMessage());
    assertEquals(
        "collected must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> CostToCollect.of(USD_120_000, Money.parse("USD -1.00")))
            .getMessage());
    assertEquals(
        "collected must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () -> CostToCollect.of(USD_120_000, Money.parse("EUR 2400000.00")))
            .getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "CostToCollect{cost=USD 120000.00, collected=USD 2400000.00, scale=4,"
            + " roundingMode=HALF_EVEN, value=0.0500 (5.00%)}",
        CostToCollect.of(USD_120_000, USD_2_400_000).toString());
    assertEquals(
        "CostToCollect{cost=USD 120000.00, collected=USD 0.00, scale=4,"
            + " roundingMode=HALF_EVEN, value=undefined (nothing was collected)}",
        CostToCollect.of(USD_120_000, USD_0).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    CostToCollect cost = CostToCollect.of(USD_120_000, USD_2_400_000);
    new EqualsTester()
        .addEqualityGroup(cost, CostToCollect.of(USD_120_000, USD_2_400_000))
        .addEqualityGroup(CostToCollect.of(Money.parse("USD 120000.01"), USD_2_400_000))
        .addEqualityGroup(CostToCollect.of(USD_120_000, USD_120_000))
        .addEqualityGroup(cost.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(cost.withRounding(4, RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_120_000);
    tester.testAllPublicStaticMethods(CostToCollect.class);
    tester.testAllPublicInstanceMethods(CostToCollect.of(USD_120_000, USD_2_400_000));
  }
}
