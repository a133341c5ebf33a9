/**
 * Accounts-receivable and collection metrics, each an immutable value that holds its inputs and its
 * result, so a reader of the figure can see exactly what it was computed from.
 *
 * <p>Days metrics ({@link dev.collections.core.metrics.SimpleDso}, {@link
 * dev.collections.core.metrics.CountbackDso}, {@link dev.collections.core.metrics.BestPossibleDso},
 * {@link dev.collections.core.metrics.AverageDaysDelinquent}, {@link
 * dev.collections.core.metrics.AverageDaysLate}) give a number of days; rate metrics (every {@link
 * dev.collections.core.metrics.RateMetric}: CEI, cure, liquidation, recovery, net-back and net
 * charge-off rates, cost to collect, and the contact funnel's rates) give a fraction, 0.6 for 60%,
 * with {@code percent()} for the figure times 100. A {@link
 * dev.collections.core.metrics.ContactFunnel} holds a period's dial attempts, connects, right-party
 * contacts and promises, and gives each {@link dev.collections.core.metrics.FunnelRate} by its
 * {@link dev.collections.core.metrics.FunnelStage}. Every metric's result is computed exactly and
 * rounded once, to {@link dev.collections.core.metrics.Metric#scale()} decimals (4 by default) with
 * {@link dev.collections.core.metrics.Metric#roundingMode()} ({@code HALF_EVEN} by default). A
 * result that would divide by zero is undefined: {@code value()} is empty and {@code
 * undefinedReason()} says why. {@link dev.collections.core.metrics.CostPerCollection} is money, not
 * a metric: a cost per collection rounded to the currency's minor unit ({@code HALF_UP}), undefined
 * in the same way.
 *
 * <pre>{@code
 * SimpleDso dso = SimpleDso.of(Money.parse("USD 150000.00"), Money.parse("USD 1800000.00"), 365);
 * dso.value();                             // Optional[30.4167]
 * dso.withRounding(1, RoundingMode.HALF_UP).value(); // Optional[30.4]
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.metrics;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
