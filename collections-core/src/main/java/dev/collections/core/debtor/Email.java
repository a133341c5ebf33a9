package dev.collections.core.debtor;

import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An email address with its type.
 *
 * <p>Two emails are {@linkplain #isSameDestinationAs(ContactPoint) the same destination} when their
 * addresses are equal ignoring case, in the local part as in the domain, whatever their types.
 *
 * <p>Immutable and thread-safe. {@code toString} never shows the address.
 */
@Value.Immutable
public abstract class Email extends ContactPoint {

  Email() {}

  /**
   * Returns the address, as given.
   *
   * @return the address, with one {@code @} between a local part and a domain
   */
  @Value.Parameter
  public abstract String address();

  /**
   * Returns the kind of address.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract EmailType type();

  /**
   * Returns an email address.
   *
   * @param address the address: one {@code @} between a non-empty local part and a domain with a
   *     dot, no whitespace
   * @param type the kind of address
   * @return the email address
   * @throws IllegalArgumentException if the address is malformed (the message never shows it)
   * @throws NullPointerException if an argument is null
   */
  public static Email of(String address, EmailType type) {
    return ImmutableEmail.of(address, type);
  }

  /**
   * Returns empty: an email address suggests no location.
   *
   * @return empty
   */
  @Override
  public Optional<ZoneId> suggestedZone() {
    return Optional.empty();
  }

  /**
   * Returns false: an email reaches the person wherever they are.
   *
   * @return false
   */
  @Override
  public boolean isTiedToPlace() {
    return false;
  }

  /** The same address ignoring case, local part included, whatever the type. */
  @Override
  boolean reachesSameDestinationAs(ContactPoint other) {
    return other instanceof Email email && address().equalsIgnoreCase(email.address());
  }

  @Value.Check
  void check() {
    String address = address();
    int at = address.indexOf('@');
    boolean wellFormed =
        at > 0
            && at == address.lastIndexOf('@')
            && address.indexOf('.', at) > at + 1
            && !address.endsWith(".")
            && address.chars().noneMatch(Character::isWhitespace);
    if (!wellFormed) {
      throw new IllegalArgumentException(
          "email address must be local-part@domain.tld without whitespace (value withheld)");
    }
  }

  /**
   * Returns the type, with the address withheld.
   *
   * @return for example {@code Email{type=PERSONAL, address=<withheld>}}
   */
  @Override
  public String toString() {
    return "Email{type=" + type() + ", address=<withheld>}";
  }
}
