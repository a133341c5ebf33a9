/**
 * Implementation support shared by the packages of collections-core; not API.
 *
 * <p>Nothing here is covered by compatibility promises, and no other module may depend on it (an
 * ArchUnit rule in collections-rules keeps that true). It holds the minor-unit arithmetic the hot
 * paths share, for example {@code MinorUnits.toLong(Money.parse("USD 1.23"))} gives {@code 123}.
 */
@NullMarked
package dev.collections.core.internal;

import org.jspecify.annotations.NullMarked;
