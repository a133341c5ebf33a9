package dev.collections.core.debtor;

import dev.collections.core.internal.Checks;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * <p>Two addresses are {@linkplain #isSameDestinationAs(ContactPoint) the same destination} when
 * their country, postal code and street lines agree once spacing, case, full stops and commas are
 * set aside, whatever their types and zones.
 *
 * <p>Immutable and thread-safe. {@code toString} shows only the type, region, country and zone, and
 * the region only when it is a short code such as {@code AZ}.
 */
@Value.Immutable
public abstract class PostalAddress extends ContactPoint {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /**
   * A subdivision code as ISO 3166-2 writes it after the country: one to three capitals or digits.
   */
  private static final Pattern REGION_CODE = Pattern.compile("[A-Z0-9]{1,3}");

  /** A ZIP+4 code once its hyphen is gone. */
  private static final Pattern ZIP_PLUS_FOUR = Pattern.compile("[0-9]{9}");

  /** The United States and the territories that use its ZIP codes. */
  private static final Set<String> ZIP_COUNTRIES =
      Set.of("US", "PR", "VI", "GU", "AS", "MP", "UM", "MH", "FM", "PW");

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

  /** The same country, postal code and lines, normalised; the city only without postal codes. */
  @Override
  boolean reachesSameDestinationAs(ContactPoint other) {
    if (!(other instanceof PostalAddress address) || !country().equals(address.country())) {
      return false;
    }
    String code = postalKey();
    if (!code.equals(address.postalKey())) {
      return false;
    }
    if (code.isEmpty()
        && !normalised(List.of(city())).equals(normalised(List.of(address.city())))) {
      return false;
    }
    return normalised(lines()).equals(normalised(address.lines()));
  }

  /** The letters and digits of the postal code in capitals; a ZIP+4 gives its five-digit ZIP. */
  private String postalKey() {
    String code = postalCode();
    StringBuilder key = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); ) {
      int c = code.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        key.appendCodePoint(Character.toUpperCase(c));
      }
    }
    if (ZIP_COUNTRIES.contains(country()) && ZIP_PLUS_FOUR.matcher(key).matches()) {
      return key.substring(0, 5);
    }
    return key.toString();
  }

  /**
   * The texts as one, a line break, a full stop or a comma counting as a space, whitespace trimmed
   * and collapsed, in lower case.
   */
  private static String normalised(List<String> texts) {
    StringBuilder text = new StringBuilder();
    boolean space = false;
    for (String line : texts) {
      for (int i = 0; i < line.length(); ) {
        int c = line.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '.' || c == ',') {
          space = true;
        } else {
          if (space && text.length() > 0) {
            text.append(' ');
          }
          space = false;
          text.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
        }
      }
      space = true;
    }
    return text.toString();
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
          "country must be an ISO 3166-1 alpha-2 code in capitals, such as US (value withheld)");
    }
  }

  /**
   * Returns the type, region, country and zone, with the street, city and postal code withheld; the
   * region is withheld too unless it is empty or a code of one to three capitals or digits, since
   * text in its place may be part of the address.
   *
   * @return for example {@code PostalAddress{type=HOME, region=AZ, country=US,
   *     zone=America/Phoenix}}, or {@code region=<withheld>} for a region such as {@code Arizona}
   */
  @Override
  public String toString() {
    return "PostalAddress{type="
        + type()
        + ", region="
        + (region().isEmpty() || REGION_CODE.matcher(region()).matches() ? region() : "<withheld>")
        + ", country="
        + country()
        + ", zone="
        + zone()
        + "}";
  }
}
