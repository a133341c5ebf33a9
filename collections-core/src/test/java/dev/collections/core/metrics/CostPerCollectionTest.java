package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CostPerCollectionTest {

  private static final Money USD_10_000 = Money.parse("USD 10000.00");

  @Test
  void of_domainExample_2_10_hundredDollarsPerCollection() {
    CostPerCollection cost = CostPerCollection.of(USD_10_000, 100);
    assertEquals(Optional.of(Money.parse("USD 100.00")), cost.value());
    assertTrue(cost.isDefined());
    assertEquals(Optional.empty(), cost.undefinedReason());
    assertEquals(USD_10_000, cost.cost());
    assertEquals(100, cost.collections());
  }

  @Test
  void value_roundedHalfUpToTheMinorUnit() {
    assertEquals(RoundingMode.HALF_UP, CostPerCollection.ROUNDING);
    // 10.00 / 3 = 3.333…: 3.33.
    assertEquals(
        Optional.of(Money.parse("USD 3.33")),
        CostPerCollection.of(Money.parse("USD 10.00"), 3).value());
    // 20.00 / 3 = 6.666…: 6.67.
    assertEquals(
        Optional.of(Money.parse("USD 6.67")),
        CostPerCollection.of(Money.parse("USD 20.00"), 3).value());
    // 0.05 / 2 = 0.025: a half rounds up, to 0.03 (HALF_EVEN would give 0.02).
    assertEquals(
        Optional.of(Money.parse("USD 0.03")),
        CostPerCollection.of(Money.parse("USD 0.05"), 2).value());
    // In yen, 5 / 2 = 2.5: 3; in dinars, 0.005 / 2 = 0.0025: 0.003.
    assertEquals(
        Optional.of(Money.parse("JPY 3")), CostPerCollection.of(Money.parse("JPY 5"), 2).value());
    assertEquals(
        Optional.of(Money.parse("BHD 0.003")),
        CostPerCollection.of(Money.parse("BHD 0.005"), 2).value());
  }

  @Test
  void value_zeroCost_zero() {
    assertEquals(
        Optional.of(Money.parse("EUR 0.00")),
        CostPerCollection.of(Money.parse("EUR 0.00"), 12).value());
  }

  @Test
  void of_noCollections_undefinedWithReason() {
    CostPerCollection cost = CostPerCollection.of(USD_10_000, 0);
    assertFalse(cost.isDefined());
    assertEquals(Optional.empty(), cost.value());
    assertEquals(Optional.of("there were no successful collections"), cost.undefinedReason());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "cost must not be negative: USD -0.01",
        assertThrows(
                IllegalArgumentException.class,
                () -> CostPerCollection.of(Money.parse("USD -0.01"), 100))
            .getMessage());
    assertEquals(
        "collections must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> CostPerCollection.of(USD_10_000, -1))
            .getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "CostPerCollection{cost=USD 10000.00, collections=100, roundingMode=HALF_UP,"
            + " value=USD 100.00}",
        CostPerCollection.of(USD_10_000, 100).toString());
    assertEquals(
        "CostPerCollection{cost=USD 10000.00, collections=0, roundingMode=HALF_UP,"
            + " value=undefined (there were no successful collections)}",
        CostPerCollection.of(USD_10_000, 0).toString());
  }

  @Test
  void equalsAndHashCode_byInputs() {
    new EqualsTester()
        .addEqualityGroup(
            CostPerCollection.of(USD_10_000, 100), CostPerCollection.of(USD_10_000, 100))
        .addEqualityGroup(CostPerCollection.of(Money.parse("USD 10000.01"), 100))
        .addEqualityGroup(CostPerCollection.of(Money.parse("EUR 10000.00"), 100))
        .addEqualityGroup(CostPerCollection.of(USD_10_000, 101))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_10_000);
    tester.testAllPublicStaticMethods(CostPerCollection.class);
    tester.testAllPublicInstanceMethods(CostPerCollection.of(USD_10_000, 100));
  }
}
