/**
 * The root of collections-core: the style every value type of the library is generated with.
 *
 * <p>The domain lives in the sub-packages: {@code money} (exact splits of amounts), {@code time}
 * (business calendars and payment frequencies), and the receivable, aging and contact packages that
 * build on them. Every value is immutable, validated when it is built, and safe to share between
 * threads; no calculation reads a clock: each takes its "as of" date or instant.
 *
 * <pre>{@code
 * List<Money> parts = Splits.equally(Money.parse("USD 1000.00"), 3, RemainderPlacement.LAST);
 * }</pre>
 */
@NullMarked
package dev.collections.core;

import org.jspecify.annotations.NullMarked;
