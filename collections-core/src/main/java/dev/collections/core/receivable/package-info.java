/**
 * Receivables and their itemized ledgers: balances as of any date, days past due, and how a payment
 * is allocated.
 *
 * <p>A {@link dev.collections.core.receivable.Receivable} holds an ordered ledger of {@link
 * dev.collections.core.receivable.LedgerEntry} values: charges by {@link
 * dev.collections.core.receivable.Component}, payments, credits, adjustments, write-offs and
 * reversals. Its {@link dev.collections.core.receivable.Balance} as of a date follows the entries'
 * effective dates, and the due date is day 0 of its days past due. An {@link
 * dev.collections.core.receivable.AllocationPolicy} splits a payment across a debtor's receivables
 * and their components; nothing is ever applied to a receivable the consumer disputes (15 U.S.C.
 * 1692h): the {@link dev.collections.core.receivable.AllocationRequest} gives it nothing to absorb
 * and the {@link dev.collections.core.receivable.Allocation} rejects any part on it, whatever the
 * policy. A host that may apply payments to disputed debts simply does not list them as disputed.
 *
 * <pre>{@code
 * Balance balance = receivable.balanceAsOf(LocalDate.of(2024, 3, 31));
 * long dpd = receivable.daysPastDue(LocalDate.of(2024, 3, 31));
 * Allocation allocation =
 *     AllocationPolicy.oldestDueFirst(ComponentOrder.feesInterestPrincipalCosts()).allocate(request);
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.receivable;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
