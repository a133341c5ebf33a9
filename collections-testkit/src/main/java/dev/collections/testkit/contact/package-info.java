/**
 * Generators for the contact package of collections-core: contact attempts of every channel and
 * call outcome, always valid, with persons and debts drawn from small pools so that look-ups and
 * counts hit, and contact histories built from them.
 *
 * <pre>{@code
 * Property.forAll(ContactGens.histories(), ContactGens.persons())
 *     .check((history, person) -> ...);
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.contact;

import org.jspecify.annotations.NullMarked;
