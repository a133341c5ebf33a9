/**
 * Generators for the receivable package of collections-core: receivables with itemized ledgers of
 * every entry kind, the receivables of one debtor, and payment allocation requests.
 *
 * <p>{@link dev.collections.testkit.receivable.ReceivableGens} builds ledgers that are valid by
 * construction (unique entry ids, reversals of earlier entries, payments that never apply more than
 * they bring); {@link dev.collections.testkit.receivable.AllocationGens} builds requests over them
 * whose payments fall below, on and beyond what is owed.
 *
 * <pre>{@code
 * Property.forAll(AllocationGens.requests()).check(r -> assertNotNull(policy.allocate(r)));
 * }</pre>
 */
@NullMarked
package dev.collections.testkit.receivable;

import org.jspecify.annotations.NullMarked;
