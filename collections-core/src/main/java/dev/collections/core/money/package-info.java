/**
 * Exact money: splitting an amount into parts that add back to it to the minor unit, and the one
 * currency check every module uses.
 *
 * <p>Amounts are Joda-Money {@link org.joda.money.Money} values at their currency's scale. {@link
 * dev.collections.core.money.Splits} divides a total equally, by integer or decimal weights, or pro
 * rata to other amounts; a {@link dev.collections.core.money.RemainderPlacement} says where the
 * leftover minor units go. {@link dev.collections.core.money.Currencies} rejects an amount in the
 * wrong currency with a {@link dev.collections.core.money.MixedCurrencyException}.
 *
 * <pre>{@code
 * Splits.equally(Money.parse("USD 1000.00"), 3, RemainderPlacement.LAST);
 * // [USD 333.33, USD 333.33, USD 333.34]
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.money;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
