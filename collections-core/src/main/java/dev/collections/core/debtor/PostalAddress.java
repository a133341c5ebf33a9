package dev.collections.core.debtor;

import dev.collections.core.internal.Checks;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A postal address with its type and the time zone it lies in.
 *
 * <pre>{@code
 * PostalAddress home = PostalAddress.builder()
 *     .type(AddressType.HOME)
 *     .addLine("100 Main St")
 *     .city("Phoenix").region("AZ").postalCode("85001").country("US")
 *     .zone(ZoneId.of("America/Phoenix"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@code toString} shows only the type, region, country and zone.
 */
@Value.Immutable
public abstract class PostalAddress extends ContactPoint {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  PostalAddress() {}

  /**
   * Returns the kind of address.
   *
   * @return the type
   */
  public abstract AddressType type();

  /**
   * Returns the street lines, in order.
   *
   * @return one to four non-blank lines
   */
  public abstract List<String> lines();

  /**
   * Returns the city or locality.
   *
   * @return the city, not blank
   */
  public abstract String city();

  /**
   * Returns the state, province or region code, such as {@code AZ}.
   *
   * @return the region, possibly empty where a country has none
   */
  public abstract String region();

  /**
   * Returns the postal code.
   *
   * @return the postal code, possibly empty where a country has none
   */
  public abstract String postalCode();

  /**
   * Returns the country as an ISO 3166-1 alpha-2 code, such as {@code US} or {@code PR}.
   *
   * @return the two upper-case letters
   */
  public abstract String country();

  /**
   * Returns the time zone the address lies in.
   *
   * @return the zone
   */
  public abstract ZoneId zone();

  /**
   * Returns a builder of postal addresses.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostalAddress}; every attribute is required, {@code lines} at least once. */
  public static final class Builder extends ImmutablePostalAddress.Builder {
    Builder() {}
  }

  /**
   * Returns the address's zone.
   *
   * @return {@link #zone()}
   */
  @Override
  public Optional<ZoneId> suggestedZone() {
    return Optional.of(zone());
  }

  /**
   * Returns true: mail is delivered to a place.
   *
   * @return true
   */
  @Override
  public boolean isTiedToPlace() {
    return true;
  }

  @Value.Check
  void check() {
    if (lines().isEmpty() || lines().size() > 4) {
      throw new IllegalArgumentException(
          "an address must have one to four lines: " + lines().size());
    }
    for (int i = 0; i < lines().size(); i++) {
      Checks.personalText(lines().get(i), "address line " + (i + 1));
    }
    Checks.personalText(city(), "city");
    if (!COUNTRY.matcher(country()).matches()) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code in capitals: " + country());
    }
  }

  /**
   * Returns the type, region, country and zone, with the street, city and postal code withheld.
   *
   * @return for example {@code PostalAddress{type=HOME, region=AZ, country=US,
   *     zone=America/Phoenix}}
   */
  @Override
  public String toString() {
    return "PostalAddress{type="
        + type()
        + ", region="
        + region()
        + ", country="
        + country()
        + ", zone="
        + zone()
        + "}";
  }
}
