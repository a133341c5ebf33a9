package dev.collections.properties.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import dev.collections.core.metrics.MetricUnit;
import dev.collections.core.metrics.RateMetric;
import dev.collections.testkit.Property;
import dev.collections.testkit.metrics.MetricGens;
import org.junit.jupiter.api.Test;

/** Every metric is either a number at its scale or undefined with a reason, and never throws. */
class MetricsPropertiesTest {

  @Test
  void everyMetric_definedWithAValueAtItsScale_orUndefinedWithAReason() {
    Property.forAll(MetricGens.metrics())
        .check(
            metric -> {
              assertEquals(metric.isDefined(), metric.value().isPresent());
              assertEquals(!metric.isDefined(), metric.undefinedReason().isPresent());
              metric.value().ifPresent(v -> assertEquals(metric.scale(), v.scale()));
              metric
                  .undefinedReason()
                  .ifPresent(reason -> assertTrue(!reason.isBlank(), metric.toString()));
              assertTrue(metric.scale() >= 0 && metric.scale() <= 18, metric.toString());
              if (metric instanceof RateMetric rate) {
                assertEquals(MetricUnit.FRACTION, rate.unit());
                assertEquals(rate.value().map(v -> v.movePointRight(2)), rate.percent());
              } else {
                assertEquals(MetricUnit.DAYS, metric.unit());
              }
            });
  }

  @Test
  void everyMetric_toStringShowsTheRoundingAndTheResult() {
    Property.forAll(MetricGens.metrics())
        .check(
            metric -> {
              String text = metric.toString();
              assertTrue(text.contains("scale=" + metric.scale() + ","), text);
              assertTrue(text.contains("roundingMode=" + metric.roundingMode() + ","), text);
              String result =
                  metric
                      .value()
                      .map(v -> "value=" + v.toPlainString())
                      .orElseGet(
                          () -> "value=undefined (" + metric.undefinedReason().orElseThrow() + ")");
              assertTrue(text.contains(result), text);
              assertNotEquals(-1, text.indexOf('{'), text);
            });
  }

  @Test
  void metricGens_publicFactories_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(MetricGens.class);
  }
}
