/**
 * Generators for the metrics package of collections-core: every metric with inputs that span zero
 * (undefined results), the worked examples of the domain documents, huge and tiny amounts, and
 * every scale and rounding mode a metric accepts.
 *
 * <p>{@link dev.collections.testkit.metrics.MetricGens} gives one generator per metric and {@link
 * dev.collections.testkit.metrics.MetricGens#metrics()} any of them; {@link
 * dev.collections.testkit.metrics.FunnelGens} gives the contact funnel, its rates and the
 * cost-to-collect figures.
 *
 * <pre>{@code
 * Property.forAll(MetricGens.simpleDsos()).check(dso -> ...);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.metrics;

import org.jspecify.annotations.NullMarked;
