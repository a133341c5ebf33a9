package dev.collections.rules;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A reference to the legal text a rule enforces, such as {@code 12 CFR 1006.14(b)(2)(i)(A)} or
 * {@code 15 U.S.C. 1692c(a)(1)}; every denial a contact rule makes carries one, so an auditor can
 * check the decision against the law.
 *
 * <pre>{@code
 * Citation.cfr(12, "1006.14(b)(2)(i)(A)").toString(); // "12 CFR 1006.14(b)(2)(i)(A)"
 * Citation.of("Mass. Gen. Laws ch. 93, § 49");          // any other authority
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the texts are equal.
 */
@Value.Immutable
public abstract class Citation {

  Citation() {}

  /**
   * Returns the citation as written, such as {@code 12 CFR 1006.6(b)(1)(i)}.
   *
   * @return the citation text, never blank and without surrounding whitespace
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns a citation of any authority, written as the authority writes it.
   *
   * @param text the citation; surrounding whitespace is removed
   * @return the citation
   * @throws IllegalArgumentException if {@code text} is blank
   * @throws NullPointerException if {@code text} is null
   */
  public static Citation of(String text) {
    return ImmutableCitation.of(Objects.requireNonNull(text, "text").strip());
  }

  /**
   * Returns a citation of the Code of Federal Regulations, such as {@code 12 CFR 1006.34(b)(5)}.
   *
   * @param title the CFR title, positive
   * @param section the part, section and paragraph, such as {@code "1006.34(b)(5)"}
   * @return the citation
   * @throws IllegalArgumentException if {@code title} is not positive or {@code section} is blank
   * @throws NullPointerException if {@code section} is null
   */
  public static Citation cfr(int title, String section) {
    return of(title, "CFR", section);
  }

  /**
   * Returns a citation of the United States Code, such as {@code 15 U.S.C. 1692h}.
   *
   * @param title the U.S.C. title, positive
   * @param section the section and paragraph, such as {@code "1692c(a)(1)"}
   * @return the citation
   * @throws IllegalArgumentException if {@code title} is not positive or {@code section} is blank
   * @throws NullPointerException if {@code section} is null
   */
  public static Citation usc(int title, String section) {
    return of(title, "U.S.C.", section);
  }

  private static Citation of(int title, String code, String section) {
    Objects.requireNonNull(section, "section");
    if (title < 1) {
      throw new IllegalArgumentException("title must be positive: " + title);
    }
    if (section.isBlank()) {
      throw new IllegalArgumentException("section must not be blank: \"" + section + "\"");
    }
    return of(title + " " + code + " " + section.strip());
  }

  @Value.Check
  void check() {
    if (text().isBlank()) {
      throw new IllegalArgumentException("text must not be blank: \"" + text() + "\"");
    }
  }

  /**
   * Returns the citation text.
   *
   * @return {@link #text()}
   */
  @Override
  public String toString() {
    return text();
  }
}
