/**
 * Generators for the time package of collections-core: dates, instants and US time zones that
 * favour February 29, month ends and daylight-saving switches, business calendars, business-day
 * conventions and payment frequencies.
 *
 * <pre>{@code
 * Property.forAll(TimeGens.dates(), TimeGens.conventions()).check((date, convention) -> ...);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.time;

import org.jspecify.annotations.NullMarked;
