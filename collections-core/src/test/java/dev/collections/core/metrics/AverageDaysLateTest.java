package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.money.MixedCurrencyException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AverageDaysLateTest {

  private static final Money USD_1_000 = Money.parse("USD 1000.00");
  private static final Money USD_3_000 = Money.parse("USD 3000.00");

  /** DOMAIN.md 2.3: 1,000 paid 10 days late and 3,000 paid 20 days late. */
  private static final List<LatePayment> PAID =
      List.of(LatePayment.of(USD_1_000, 10), LatePayment.of(USD_3_000, 20));

  @Test
  void dollarWeighted_domainExample_2_3_17point5days() {
    AverageDaysLate average = AverageDaysLate.dollarWeighted(PAID);
    assertEquals(Optional.of(new BigDecimal("17.5000")), average.value());
    assertEquals(AverageDaysLate.Weighting.DOLLAR_WEIGHTED, average.weighting());
    assertEquals(MetricUnit.DAYS, average.unit());
  }

  @Test
  void unweighted_sameExample_15days() {
    AverageDaysLate average = AverageDaysLate.unweighted(PAID);
    assertEquals(Optional.of(new BigDecimal("15.0000")), average.value());
    assertEquals(AverageDaysLate.Weighting.UNWEIGHTED, average.weighting());
  }

  @Test
  void withRounding_roundsTheExactAverageOnce() {
    List<LatePayment> paid =
        List.of(
            LatePayment.of(USD_1_000, 1),
            LatePayment.of(USD_1_000, 0),
            LatePayment.of(USD_1_000, 0));
    assertEquals(
        Optional.of(new BigDecimal("0.33")),
        AverageDaysLate.dollarWeighted(paid).withRounding(2, RoundingMode.HALF_EVEN).value());
    assertEquals(
        Optional.of(new BigDecimal("1")),
        AverageDaysLate.unweighted(paid).withRounding(0, RoundingMode.UP).value());
  }

  @Test
  void noPayments_undefinedWithReason() {
    for (AverageDaysLate average :
        List.of(AverageDaysLate.dollarWeighted(List.of()), AverageDaysLate.unweighted(List.of()))) {
      assertFalse(average.isDefined());
      assertEquals(Optional.empty(), average.value());
      assertEquals(Optional.of("there are no payments"), average.undefinedReason());
    }
  }

  @Test
  void badInputs_rejectedNamingTheField() {
    assertEquals(
        "payment amount must be positive: USD 0.00",
        assertThrows(
                IllegalArgumentException.class, () -> LatePayment.of(Money.parse("USD 0.00"), 3))
            .getMessage());
    assertEquals(
        "payment amount must be positive: USD -5.00",
        assertThrows(
                IllegalArgumentException.class, () -> LatePayment.of(Money.parse("USD -5.00"), 3))
            .getMessage());
    assertEquals(
        "days late must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> LatePayment.of(USD_1_000, -1))
            .getMessage());
    assertEquals(
        "payments[1] must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () ->
                    AverageDaysLate.dollarWeighted(
                        List.of(
                            LatePayment.of(USD_1_000, 1),
                            LatePayment.of(Money.parse("EUR 1.00"), 1))))
            .getMessage());
  }

  @Test
  void toString_listsInputsRoundingAndResult() {
    assertEquals(
        "AverageDaysLate{payments=[USD 1000.00 paid 10 days late, USD 3000.00 paid 20 days"
            + " late], weighting=DOLLAR_WEIGHTED, scale=4, roundingMode=HALF_EVEN, value=17.5000"
            + " days}",
        AverageDaysLate.dollarWeighted(PAID).toString());
    assertEquals(
        "AverageDaysLate{payments=[], weighting=UNWEIGHTED, scale=4, roundingMode=HALF_EVEN,"
            + " value=undefined (there are no payments)}",
        AverageDaysLate.unweighted(List.of()).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding() {
    new EqualsTester()
        .addEqualityGroup(
            AverageDaysLate.dollarWeighted(PAID), AverageDaysLate.dollarWeighted(List.copyOf(PAID)))
        .addEqualityGroup(AverageDaysLate.unweighted(PAID))
        .addEqualityGroup(AverageDaysLate.dollarWeighted(PAID.subList(0, 1)))
        .addEqualityGroup(AverageDaysLate.dollarWeighted(List.of(PAID.get(1), PAID.get(0))))
        .addEqualityGroup(
            AverageDaysLate.dollarWeighted(PAID).withRounding(1, RoundingMode.HALF_EVEN))
        .addEqualityGroup(AverageDaysLate.dollarWeighted(PAID).withRounding(4, RoundingMode.UP))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LatePayment.of(USD_1_000, 10), LatePayment.of(USD_1_000, 10))
        .addEqualityGroup(LatePayment.of(USD_3_000, 10))
        .addEqualityGroup(LatePayment.of(USD_1_000, 11))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, USD_1_000);
    tester.testAllPublicStaticMethods(AverageDaysLate.class);
    tester.testAllPublicInstanceMethods(AverageDaysLate.dollarWeighted(PAID));
    tester.testAllPublicStaticMethods(LatePayment.class);
  }
}
