/**
 * Generators for the debtor package of collections-core: contact points with and without zones,
 * persons, debt scopes, blocked times, every kind of status event, and debtors that mix them.
 *
 * <pre>{@code
 * Property.forAll(DebtorGens.debtors(), DebtorGens.instants())
 *     .check((debtor, asOf) -> ...);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.debtor;

import org.jspecify.annotations.NullMarked;
