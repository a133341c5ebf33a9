/**
 * Debtors, the people and contact points around them, and the dated events that decide how a
 * collector may contact them.
 *
 * <p>A {@link dev.collections.core.debtor.Debtor} holds {@link dev.collections.core.debtor.Phone},
 * {@link dev.collections.core.debtor.Email} and {@link dev.collections.core.debtor.PostalAddress}
 * contact points (each suggesting a time zone), the {@link dev.collections.core.debtor.Person}s
 * around the consumer, and {@link dev.collections.core.debtor.StatusEvent}s (attorney
 * representation, cease requests, disputes, bankruptcy, death, military service, inconvenient times
 * and places, medium opt-outs, consents), each in force from when the collector knew of it; {@link
 * dev.collections.core.debtor.Debtor#statusAsOf(java.time.Instant)} gives the {@link
 * dev.collections.core.debtor.DebtorStatus} the contact rules read. Opt-outs, designations and
 * consents match contact points by {@link
 * dev.collections.core.debtor.ContactPoint#isSameDestinationAs(dev.collections.core.debtor.ContactPoint)
 * destination}, never by {@code equals}. Contact points and names are personal data: they never
 * appear in {@code toString} or in exception messages.
 *
 * <pre>{@code
 * DebtorStatus status = debtor.statusAsOf(asOf);
 * status.hasCeased("INV-1");
 * status.isOptedOut(debtor.personId(), Medium.TEXT_MESSAGE, mobile);
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.debtor;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
