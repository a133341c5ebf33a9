/**
 * Generators for the aging package of collections-core: valid schemes with random edges, and open
 * items of either sign in several currencies.
 *
 * <pre>{@code
 * Property.forAll(AgingGens.portfolios(200)).check(items -> ...);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.aging;

import org.jspecify.annotations.NullMarked;
