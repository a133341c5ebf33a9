package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.metrics.AverageDaysLate;
import dev.collections.core.metrics.LatePayment;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.MetricGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Average days late lie between the fewest and the most days late, however weighted. */
class AverageDaysLatePropertiesTest {

  @Test
  void average_betweenTheFewestAndTheMostDaysLate() {
    Property.forAll(MetricGens.averageDaysLate())
        .check(
            average -> {
              List<LatePayment> payments = average.payments();
              assertEquals(!payments.isEmpty(), average.isDefined(), average.toString());
              if (payments.isEmpty()) {
                assertEquals("there are no payments", average.undefinedReason().orElseThrow());
                return;
              }
              long fewest = Long.MAX_VALUE;
              long most = Long.MIN_VALUE;
              for (LatePayment payment : payments) {
                fewest = Math.min(fewest, payment.daysLate());
                most = Math.max(most, payment.daysLate());
              }
              BigDecimal days = average.value().orElseThrow();
              assertEquals(average.scale(), days.scale());
              assertTrue(days.compareTo(BigDecimal.valueOf(fewest)) >= 0, average.toString());
              assertTrue(days.compareTo(BigDecimal.valueOf(most)) <= 0, average.toString());
            });
  }

  @Test
  void dollarWeighted_equalAmounts_isTheUnweightedAverage() {
    Property.forAll(MetricGens.averageDaysLate())
        .check(
            average -> {
              List<LatePayment> equal = new ArrayList<>();
              for (LatePayment payment : average.payments()) {
                equal.add(LatePayment.of(average.payments().get(0).amount(), payment.daysLate()));
              }
              assertEquals(
                  AverageDaysLate.unweighted(equal)
                      .withRounding(average.scale(), average.roundingMode())
                      .value(),
                  AverageDaysLate.dollarWeighted(equal)
                      .withRounding(average.scale(), average.roundingMode())
                      .value());
            });
  }

  @Test
  void dollarWeighted_scalingEveryAmount_changesNothing() {
    Property.forAll(MetricGens.averageDaysLate(), Gen.integers(2, 1_000))
        .check(
            (average, factor) -> {
              List<LatePayment> scaled = new ArrayList<>();
              for (LatePayment payment : average.payments()) {
                scaled.add(
                    LatePayment.of(payment.amount().multipliedBy(factor), payment.daysLate()));
              }
              AverageDaysLate weighted =
                  AverageDaysLate.dollarWeighted(average.payments())
                      .withRounding(average.scale(), average.roundingMode());
              assertEquals(
                  weighted.value(),
                  AverageDaysLate.dollarWeighted(scaled)
                      .withRounding(average.scale(), average.roundingMode())
                      .value());
            });
  }
}
