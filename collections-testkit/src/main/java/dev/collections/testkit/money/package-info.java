/**
 * Generators for the money package of collections-core: currencies and amounts at every scale.
 *
 * <p>{@link dev.collections.testkit.money.MoneyGens#amounts(org.joda.money.CurrencyUnit)} spreads
 * amounts over every order of magnitude; its edge cases are zero, one minor unit and the range
 * ends.
 *
 * <pre>{@code
 * Property.forAll(MoneyGens.amounts()).check(total -> ...);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.money;

import org.jspecify.annotations.NullMarked;
