package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.ContactFunnel;
import dev.collections.core.metrics.FunnelRate;
import dev.collections.core.metrics.FunnelStage;
import dev.collections.core.metrics.MetricUnit;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.FunnelGens;
import dev.collections.testkit.metrics.MetricGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The funnel's rates keep to their counts, chain, and combine as funnels add up. */
class ContactFunnelPropertiesTest {

  private static final Gen<Map.Entry<Integer, RoundingMode>> ROUNDINGS =
      Gen.zip(MetricGens.scales(), MetricGens.roundingModes(), Map::entry);

  private static BigDecimal ulp(int scale) {
    return BigDecimal.ONE.movePointLeft(scale);
  }

  private static long denominator(ContactFunnel funnel, FunnelStage stage) {
    return switch (stage) {
      case CONNECTS_PER_ATTEMPT, RIGHT_PARTY_CONTACTS_PER_ATTEMPT -> funnel.dialAttempts();
      case RIGHT_PARTY_CONTACTS_PER_CONNECT -> funnel.connects();
      case PROMISES_PER_RIGHT_PARTY_CONTACT -> funnel.rightPartyContacts();
      case KEPT_PER_PROMISE_DUE -> funnel.promisesDue();
    };
  }

  @Test
  void everyRate_definedExactlyWhenItsDenominatorIsPositive_partsOfWholesBetweenZeroAndOne() {
    Property.forAll(FunnelGens.contactFunnels())
        .check(
            funnel -> {
              for (FunnelStage stage : FunnelStage.values()) {
                FunnelRate rate = funnel.rate(stage);
                assertEquals(stage, rate.stage());
                assertEquals(denominator(funnel, stage), rate.denominator(), rate.toString());
                assertEquals(rate.denominator() > 0, rate.isDefined(), rate.toString());
                if (!rate.isDefined()) {
                  continue;
                }
                BigDecimal value = rate.value().orElseThrow();
                assertTrue(value.signum() >= 0, rate.toString());
                if (stage.isPartOfWhole()) {
                  assertTrue(value.compareTo(BigDecimal.ONE) <= 0, rate.toString());
                }
                if (rate.numerator() == rate.denominator()) {
                  assertEquals(new BigDecimal("1.0000"), value, rate.toString());
                }
                if (rate.numerator() == 0) {
                  assertEquals(new BigDecimal("0.0000"), value, rate.toString());
                }
              }
            });
  }

  @Test
  void funnelRate_timesDenominator_isNumerator_withinTheRounding() {
    Property.forAll(FunnelGens.funnelRates())
        .check(
            rate -> {
              assertEquals(MetricUnit.FRACTION, rate.unit());
              if (!rate.isDefined()) {
                assertEquals(0, rate.denominator(), rate.toString());
                assertTrue(rate.undefinedReason().orElseThrow().startsWith("no "), rate.toString());
                return;
              }
              BigDecimal value = rate.value().orElseThrow();
              assertEquals(rate.scale(), value.scale(), rate.toString());
              assertEquals(value.movePointRight(2), rate.percent().orElseThrow());
              BigDecimal denominator = BigDecimal.valueOf(rate.denominator());
              BigDecimal error =
                  value.multiply(denominator).subtract(BigDecimal.valueOf(rate.numerator())).abs();
              BigDecimal unit = ulp(rate.scale()).multiply(denominator);
              assertTrue(error.compareTo(unit) < 0, rate.toString());
              if (rate.roundingMode().name().startsWith("HALF_")) {
                assertTrue(
                    error.multiply(BigDecimal.valueOf(2)).compareTo(unit) <= 0, rate.toString());
              }
            });
  }

  @Test
  void rightPartyContactsPerAttempt_isConnectRateTimesRpcPerConnect_withinTheRounding() {
    Property.forAll(FunnelGens.contactFunnels(), ROUNDINGS)
        .check(
            (funnel, rounding) -> {
              int scale = rounding.getKey();
              RoundingMode mode = rounding.getValue();
              FunnelRate perAttempt =
                  funnel.rightPartyContactsPerAttempt().withRounding(scale, mode);
              FunnelRate connectRate = funnel.connectsPerAttempt().withRounding(scale, mode);
              FunnelRate perConnect =
                  funnel.rightPartyContactsPerConnect().withRounding(scale, mode);
              assertEquals(connectRate.isDefined(), perAttempt.isDefined());
              if (!perAttempt.isDefined()) {
                return;
              }
              if (!perConnect.isDefined()) {
                // Dialled, never connected: no right-party contact either.
                assertEquals(BigDecimal.ZERO.setScale(scale), perAttempt.value().orElseThrow());
                return;
              }
              BigDecimal product =
                  connectRate.value().orElseThrow().multiply(perConnect.value().orElseThrow());
              BigDecimal error = product.subtract(perAttempt.value().orElseThrow()).abs();
              // Each rounding is off by less than one unit (half a unit for the HALF_ modes), and
              // the two factors are at most 1: three units, or one and a half.
              BigDecimal bound =
                  mode.name().startsWith("HALF_")
                      ? ulp(scale).multiply(new BigDecimal("1.5"))
                      : ulp(scale).multiply(BigDecimal.valueOf(3));
              assertTrue(
                  mode.name().startsWith("HALF_")
                      ? error.compareTo(bound) <= 0
                      : error.compareTo(bound) < 0,
                  funnel + " at " + scale + " " + mode + ": " + product + " vs " + perAttempt);
            });
  }

  @Test
  void plus_commutes_andEveryRateOfTheSumLiesBetweenTheParts() {
    Property.forAll(FunnelGens.contactFunnels(), FunnelGens.contactFunnels())
        .check(
            (a, b) -> {
              ContactFunnel sum = a.plus(b);
              assertEquals(sum, b.plus(a));
              assertEquals(a.dialAttempts() + b.dialAttempts(), sum.dialAttempts());
              assertEquals(a.promisesKept() + b.promisesKept(), sum.promisesKept());
              for (FunnelStage stage : FunnelStage.values()) {
                FunnelRate ra = a.rate(stage);
                FunnelRate rb = b.rate(stage);
                FunnelRate rs = sum.rate(stage);
                assertEquals(ra.isDefined() || rb.isDefined(), rs.isDefined(), rs.toString());
                if (ra.isDefined() && rb.isDefined()) {
                  BigDecimal x = ra.value().orElseThrow();
                  BigDecimal y = rb.value().orElseThrow();
                  BigDecimal s = rs.value().orElseThrow();
                  assertTrue(
                      s.compareTo(x.min(y)) >= 0 && s.compareTo(x.max(y)) <= 0,
                      ra + " + " + rb + " = " + rs);
                } else if (stage.isPartOfWhole() && rs.isDefined()) {
                  // The undefined side counted nothing, so the sum's rate is the other side's.
                  assertEquals((ra.isDefined() ? ra : rb).value(), rs.value(), rs.toString());
                }
              }
            });
  }

  @Test
  void plus_associates() {
    Gen<ContactFunnel> funnels = FunnelGens.contactFunnels();
    Property.forAll(Gen.zip(funnels, funnels, funnels, List::of))
        .check(
            three ->
                assertEquals(
                    three.get(0).plus(three.get(1)).plus(three.get(2)),
                    three.get(0).plus(three.get(1).plus(three.get(2)))));
  }

  @Test
  void builder_roundTripsThroughTheAccessors() {
    Property.forAll(FunnelGens.contactFunnels())
        .check(
            funnel -> {
              ContactFunnel copy =
                  ContactFunnel.builder()
                      .dialAttempts(funnel.dialAttempts())
                      .connects(funnel.connects())
                      .rightPartyContacts(funnel.rightPartyContacts())
                      .promisesMade(funnel.promisesMade())
                      .promisesDue(funnel.promisesDue())
                      .promisesKept(funnel.promisesKept())
                      .build();
              assertEquals(funnel, copy);
              assertEquals(funnel.hashCode(), copy.hashCode());
              assertEquals(funnel.toString(), copy.toString());
            });
  }

  @Test
  void funnelRate_withRounding_roundTrips() {
    Property.forAll(FunnelGens.funnelRates(), ROUNDINGS)
        .check(
            (rate, rounding) -> {
              FunnelRate other = rate.withRounding(rounding.getKey(), rounding.getValue());
              assertEquals(rate, other.withRounding(rate.scale(), rate.roundingMode()));
              assertEquals(
                  rate,
                  FunnelRate.of(rate.stage(), rate.numerator(), rate.denominator())
                      .withRounding(rate.scale(), rate.roundingMode()));
            });
  }
}
