package dev.collections.core.debtor;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A way to reach a person: a {@link Phone}, an {@link Email} or a {@link PostalAddress}.
 *
 * <p>Contact points are personal data: their {@code toString} never shows the number, address or
 * street, and no exception message of the library contains them. Two contact points are equal when
 * all their attributes are equal.
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
}
