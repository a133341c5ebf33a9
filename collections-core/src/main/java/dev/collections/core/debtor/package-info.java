/**
 * Debtors and the people and contact points a collector deals with.
 *
 * <p>A debtor is identified by a {@link dev.collections.core.debtor.DebtorId}; the persons around a
 * debt by {@link dev.collections.core.debtor.PersonId} and their {@link
 * dev.collections.core.debtor.PersonRole}. A {@link dev.collections.core.debtor.ContactPoint} (a
 * phone, an email, a postal address) suggests the time zone the person may be in. Contact points
 * are personal data: they never appear in {@code toString} or in exception messages.
 *
 * <pre>{@code
 * Phone mobile = Phone.of("+12025550143", PhoneType.MOBILE)
 *     .withAreaCodeZone(ZoneId.of("America/New_York"));
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.debtor;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
