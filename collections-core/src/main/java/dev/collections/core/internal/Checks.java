package dev.collections.core.internal;

/**
 * Argument checks shared by the value types of collections-core, so every identifier and every text
 * field is rejected with the same wording.
 *
 * <p>Not API: this package may change in any release. Thread-safe; holds no state.
 */
public final class Checks {

  /** The longest identifier accepted, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  private Checks() {}

  /**
   * Checks an identifier: not blank, no surrounding whitespace, no control characters, at most
   * {@link #MAX_ID_LENGTH} characters. Identifiers may appear in messages, so the value is shown.
   *
   * @param value the identifier
   * @param field the name of the field, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the identifier breaks a rule
   */
  public static String identifier(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank: \"" + value + "\"");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          field + " must not start or end with whitespace: \"" + value + "\"");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          field + " must be at most " + MAX_ID_LENGTH + " characters: " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + " must not contain control characters: index " + i);
      }
    }
    return value;
  }

  /**
   * Checks a personal text field (a name, an address line) without ever showing its value: not
   * blank.
   *
   * @param value the text
   * @param field the name of the field, used in the message
   * @return {@code value}
   * @throws IllegalArgumentException if the text is blank
   */
  public static String personalText(String value, String field) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
