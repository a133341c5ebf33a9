package dev.collections.core.debtor;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A way to reach a person: a {@link Phone}, an {@link Email} or a {@link PostalAddress}.
 *
 * <p>Contact points are personal data: their {@code toString} never shows the number, address or
 * street, and no exception message of the library contains them. Two contact points are equal when
 * all their attributes are equal, the type and zone included; whether two reach the same number,
 * mailbox or place is {@link #isSameDestinationAs(ContactPoint)}, which is what opt-outs,
 * designations and consents match by.
 *
 * <p>The subclasses are the library's own; implementations are immutable and thread-safe.
 */
public abstract class ContactPoint {

  ContactPoint() {}

  /**
   * Returns the time zone this contact point suggests the person is in: the zone of a postal
   * address, or the zone an area code suggests for a phone when the host supplied it. Regulation F
   * asks for the times convenient in every zone the collector's information suggests (comment
   * 6(b)(1)(i)-2).
   *
   * @return the suggested zone, or empty when the contact point suggests none (an email)
   */
  public abstract Optional<ZoneId> suggestedZone();

  /**
   * Checks whether the contact point is tied to a place, so that a place the consumer designated
   * inconvenient blocks it: a postal address, a landline or a work phone. A mobile phone and an
   * email go wherever the person goes (comment 6(b)(1)(ii)-1).
   *
   * @return true for place-bound contact points
   */
  public abstract boolean isTiedToPlace();

  /**
   * Checks whether two contact points reach the same destination: the same telephone number, the
   * same mailbox or the same place, however the host classified or spelled them. A request to stop
   * using a number or an address (12 CFR 1006.14(h)), a place designated inconvenient and a consent
   * name a destination, not a record, so they are matched by this and never by {@code equals}.
   *
   * <ul>
   *   <li>Two {@link Phone}s: the same E.164 {@linkplain Phone#number() number}; the type and the
   *       area-code zone do not count, so a number recorded as {@link PhoneType#MOBILE} is the same
   *       destination when recorded as {@link PhoneType#VOIP} or given a zone.
   *   <li>Two {@link Email}s: the same {@linkplain Email#address() address} ignoring case, in the
   *       domain and in the local part alike. RFC 5321 lets a mail host treat the local part as
   *       case-sensitive but discourages it, and mail services do not; reading {@code
   *       Jo.Smith@Example.com} as another mailbox than {@code jo.smith@example.com} would let an
   *       opt-out fail open. Nothing else is normalised: dots and {@code +tags} in the local part
   *       are a provider's convention, so {@code jo+debt@example.com} is another destination. The
   *       type does not count.
   *   <li>Two {@link PostalAddress}es: the same country, the same postal code and the same street
   *       lines, after normalising. The lines are read as one text, a line break counting as a
   *       space, with full stops and commas counting as spaces too, whitespace trimmed and
   *       collapsed, and case ignored: {@code "100 Main St.", "Apt 4"} is the same as {@code "100
   *       MAIN ST APT 4"}. Postal codes are compared by their letters and digits, ignoring case
   *       ({@code SW1A 1AA} is {@code sw1a1aa}); a US ZIP+4 is compared by its five-digit ZIP. The
   *       type, the zone and the region do not count; the city counts, normalised as the lines,
   *       only when neither address has a postal code.
   *   <li>Contact points of different kinds are never the same destination.
   * </ul>
   *
   * <p>The relation is reflexive and symmetric, and {@code a.equals(b)} implies it. Matching
   * broadly is the cautious choice for an opt-out or a designation (it blocks more); for a consent
   * it lifts a restriction only for what is, in practice, the destination the person named.
   *
   * @param other the contact point to compare with
   * @return true if both reach the same destination
   * @throws NullPointerException if {@code other} is null
   */
  public final boolean isSameDestinationAs(ContactPoint other) {
    Objects.requireNonNull(other, "other");
    return reachesSameDestinationAs(other);
  }

  /**
   * Whether {@code other}, not null, reaches this destination; see {@link #isSameDestinationAs}.
   */
  abstract boolean reachesSameDestinationAs(ContactPoint other);
}
