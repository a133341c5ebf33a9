/**
 * Contact attempts and the contact history they form: the data the contact-compliance rules read.
 *
 * <p>A {@link dev.collections.core.contact.ContactAttempt} records one attempt to communicate:
 * when, through which {@link dev.collections.core.contact.Channel}, in which {@link
 * dev.collections.core.contact.Direction}, with which person about which debts, and for a telephone
 * call its {@link dev.collections.core.contact.CallOutcome}, from which follow whether the call
 * connected and which debts it counts toward (12 CFR 1006.14(b)). A {@link
 * dev.collections.core.contact.ContactHistory} sorts attempts once, takes a dialer's further
 * attempts one by one without indexing them again, answers look-backs by person, debt, channel and
 * window, and counts a person's calls about a debt in any run of local days by binary search. This
 * package records and counts; whether a call is permitted is decided by the rules of
 * collections-rules.
 *
 * <pre>{@code
 * ContactHistory history = ContactHistory.of(attempts);
 * int calls = history.countedCallCountInSevenDays(
 *     PersonId.of("P-1"), ReceivableId.of("R-1"), LocalDate.of(2020, 4, 7),
 *     ZoneId.of("America/New_York"));
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.contact;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
