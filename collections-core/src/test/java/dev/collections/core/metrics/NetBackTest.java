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

class NetBackTest {

  private static final Money USD_0 = Money.parse("USD 0.00");
  private static final Money USD_40_000 = Money.parse("USD 40000.00");
  private static final Money USD_45_000 = Money.parse("USD 45000.00");
  private static final Money USD_100_000 = Money.parse("USD 100000.00");
  private static final BigDecimal FEE_15 = new BigDecimal("0.15");

  @Test
  void of_domainExample_2_6_fortyPercentAtFifteen_nets34000() {
    NetBack back = NetBack.of(USD_40_000, USD_100_000, FEE_15);
    assertEquals(Money.parse("USD 6000.00"), back.fee());
    assertEquals(Money.parse("USD 34000.00"), back.net());
    assertEquals(Optional.of(new BigDecimal("0.3400")), back.value());
    assertEquals(Optional.of(new BigDecimal("34.00")), back.percent());
    assertEquals(Optional.of(new BigDecimal("0.4000")), back.liquidationRate().value());
    assertEquals(MetricUnit.FRACTION, back.unit());
  }

  @Test
  void of_domainExample_2_6_fortyFivePercentAtTwenty_nets36000() {
    NetBack back = NetBack.of(USD_45_000, USD_100_000, new BigDecimal("0.20"));
    assertEquals(Money.parse("USD 9000.00"), back.fee());
    assertEquals(Money.parse("USD 36000.00"), back.net());
    assertEquals(Optional.of(new BigDecimal("0.3600")), back.value());
  }

  @Test
  void of_domainExample_2_6_streetdirectory_seventyPercentAtThirty_nets490() {
    NetBack back =
        NetBack.of(Money.parse("USD 700.00"), Money.parse("USD 1000.00"), new BigDecimal("0.30"));
    assertEquals(Money.parse("USD 490.00"), back.net());
  }

  @Test
  void fee_roundedHalfUpToTheMinorUnit_netExact() {
    // 0.05 × 0.5 = 0.025: the fee rounds up to 0.03 and the net is the rest, 0.02.
    NetBack back = NetBack.of(Money.parse("USD 0.05"), USD_100_000, new BigDecimal("0.5"));
    assertEquals(RoundingMode.HALF_UP, NetBack.FEE_ROUNDING);
    assertEquals(Money.parse("USD 0.03"), back.fee());
    assertEquals(Money.parse("USD 0.02"), back.net());
    NetBack yen = NetBack.of(Money.parse("JPY 5"), Money.parse("JPY 100"), new BigDecimal("0.5"));
    assertEquals(Money.parse("JPY 3"), yen.fee());
    assertEquals(Money.parse("JPY 2"), yen.net());
  }

  @Test
  void withRounding_changesTheRateOnly() {
    NetBack back = NetBack.of(USD_40_000, USD_100_000, FEE_15).withRounding(1, RoundingMode.DOWN);
    assertEquals(Optional.of(new BigDecimal("0.3")), back.value());
    assertEquals(Money.parse("USD 34000.00"), back.net());
    assertEquals(1, back.liquidationRate().scale());
  }

  @Test
  void of_nothingPlaced_rateUndefined_feeAndNetDefined() {
    NetBack back = NetBack.of(USD_40_000, USD_0, FEE_15);
    assertFalse(back.isDefined());
    assertEquals(Optional.of("nothing was placed for collection"), back.undefinedReason());
    assertEquals(Money.parse("USD 34000.00"), back.net());
  }

  @Test
  void of_feeRateBoundaries() {
    assertEquals(USD_40_000, NetBack.of(USD_40_000, USD_100_000, BigDecimal.ZERO).net());
    assertEquals(USD_0, NetBack.of(USD_40_000, USD_100_000, BigDecimal.ONE).net());
  }

  @Test
  void of_badInputs_rejectedNamingTheField() {
    assertEquals(
        "fee rate must be between 0 and 1: -0.01",
        assertThrows(
                IllegalArgumentException.class,
                () -> NetBack.of(USD_40_000, USD_100_000, new BigDecimal("-0.01")))
            .getMessage());
    assertEquals(
        "fee rate must be between 0 and 1: 1.5",
        assertThrows(
                IllegalArgumentException.class,
                () -> NetBack.of(USD_40_000, USD_100_000, new BigDecimal("1.50")))
            .getMessage());
    assertEquals(
        "collected must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> NetBack.of(Money.parse("USD -1.00"), USD_100_000, FEE_15))
            .getMessage());
    assertEquals(
        "placed must not be negative: USD -1.00",
        assertThrows(
                IllegalArgumentException.class,
                () -> NetBack.of(USD_40_000, Money.parse("USD -1.00"), FEE_15))
            .getMessage());
    assertEquals(
        "placed must be in USD: EUR",
        assertThrows(
                MixedCurrencyException.class,
                () -> NetBack.of(USD_40_000, Money.parse("EUR 1.00"), FEE_15))
            .getMessage());
  }

  @Test
  void toString_listsInputsFeeNetRoundingAndResult() {
    assertEquals(
        "NetBack{collected=USD 40000.00, placed=USD 100000.00, feeRate=0.15, fee=USD 6000.00,"
            + " net=USD 34000.00, scale=4, roundingMode=HALF_EVEN, value=0.3400 (34.00%)}",
        NetBack.of(USD_40_000, USD_100_000, FEE_15).toString());
  }

  @Test
  void equalsAndHashCode_byInputsAndRounding_feeRateByValue() {
    NetBack back = NetBack.of(USD_40_000, USD_100_000, FEE_15);
    new EqualsTester()
        .addEqualityGroup(
            back,
            NetBack.of(USD_40_000, USD_100_000, FEE_15),
            NetBack.of(USD_40_000, USD_100_000, new BigDecimal("0.150")))
        .addEqualityGroup(NetBack.of(USD_45_000, USD_100_000, FEE_15))
        .addEqualityGroup(NetBack.of(USD_40_000, USD_45_000, FEE_15))
        .addEqualityGroup(NetBack.of(USD_40_000, USD_100_000, new BigDecimal("0.2")))
        .addEqualityGroup(back.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(back.withRounding(4, RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Money.class, USD_40_000)
            .setDefault(BigDecimal.class, FEE_15);
    tester.testAllPublicStaticMethods(NetBack.class);
    tester.testAllPublicInstanceMethods(NetBack.of(USD_40_000, USD_100_000, FEE_15));
  }
}
