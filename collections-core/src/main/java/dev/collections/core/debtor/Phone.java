package dev.collections.core.debtor;

import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A telephone number in E.164 form ({@code +} and 7 to 15 digits), with its type and, when the host
 * supplies it, the time zone its area code suggests.
 *
 * <pre>{@code
 * Phone mobile = Phone.of("+12025550143", PhoneType.MOBILE)
 *     .withAreaCodeZone(ZoneId.of("America/New_York"));
 * }</pre>
 *
 * <p>Two phones are {@linkplain #isSameDestinationAs(ContactPoint) the same destination} when their
 * numbers are equal, whatever their types and zones.
 *
 * <p>Immutable and thread-safe. {@code toString} never shows the number.
 */
@Value.Immutable
public abstract class Phone extends ContactPoint {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  Phone() {}

  /**
   * Returns the number in E.164 form, such as {@code +12025550143}.
   *
   * @return the number
   */
  @Value.Parameter
  public abstract String number();

  /**
   * Returns the kind of number.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract PhoneType type();

  /**
   * Returns the time zone the number's area code suggests, as the host determined it; the library
   * keeps no area-code table.
   *
   * @return the zone, or empty when unknown
   */
  public abstract Optional<ZoneId> areaCodeZone();

  /**
   * Returns a phone with no area-code zone.
   *
   * @param number the number in E.164 form: {@code +}, then 7 to 15 digits not starting with 0
   * @param type the kind of number
   * @return the phone
   * @throws IllegalArgumentException if the number is not in E.164 form (the message never shows
   *     it)
   * @throws NullPointerException if an argument is null
   */
  public static Phone of(String number, PhoneType type) {
    return ImmutablePhone.of(number, type);
  }

  /**
   * Returns this phone with the time zone its area code suggests.
   *
   * @param zone the zone
   * @return the changed phone
   * @throws NullPointerException if {@code zone} is null
   */
  public Phone withAreaCodeZone(ZoneId zone) {
    return ((ImmutablePhone) ImmutablePhone.copyOf(this)).withAreaCodeZone(zone);
  }

  @Override
  public Optional<ZoneId> suggestedZone() {
    return areaCodeZone();
  }

  @Override
  public boolean isTiedToPlace() {
    return type() == PhoneType.LANDLINE || type() == PhoneType.WORK;
  }

  /** The same number, whatever the type and zone. */
  @Override
  boolean reachesSameDestinationAs(ContactPoint other) {
    return other instanceof Phone phone && number().equals(phone.number());
  }

  @Value.Check
  void check() {
    if (!E164.matcher(number()).matches()) {
      throw new IllegalArgumentException(
          "phone number must be in E.164 form, + then 7 to 15 digits (value withheld)");
    }
  }

  /**
   * Returns the type and zone, with the number withheld.
   *
   * @return for example {@code Phone{type=MOBILE, number=<withheld>, areaCodeZone=America/Denver}}
   */
  @Override
  public String toString() {
    return "Phone{type="
        + type()
        + ", number=<withheld>"
        + areaCodeZone().map(z -> ", areaCodeZone=" + z).orElse("")
        + "}";
  }
}
