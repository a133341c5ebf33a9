/**
 * The property-testing engine of collections: seeded generators and a small property runner that
 * works inside ordinary JUnit 5 tests.
 *
 * <p>A {@link dev.collections.testkit.Gen} draws values from a seeded random generator and lists
 * edge cases; a {@link dev.collections.testkit.Property} runs a check over the edge cases and then
 * over random cases, and on failure throws a {@link dev.collections.testkit.PropertyFailure} that
 * names the seed, the case and the value. Domain generators live in the sub-packages named after
 * collections-core's packages.
 *
 * <pre>{@code
 * Property.forAll(Gen.integers(1, 24)).holds(parts -> parts > 0);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit;

import org.jspecify.annotations.NullMarked;
