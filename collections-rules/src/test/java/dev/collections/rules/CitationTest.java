package dev.collections.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void cfr_writesTitleCodeAndSection() {
    assertEquals("12 CFR 1006.14(b)(2)(i)(A)", Citation.cfr(12, "1006.14(b)(2)(i)(A)").text());
  }

  @Test
  void usc_writesTitleCodeAndSection() {
    assertEquals("15 U.S.C. 1692h", Citation.usc(15, "1692h").toString());
  }

  @Test
  void of_stripsSurroundingWhitespace() {
    assertEquals(Citation.of("Tex. Fin. Code 392.302"), Citation.of("  Tex. Fin. Code 392.302 "));
  }

  @Test
  void blankOrBadInput_rejectedNamingTheField() {
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> Citation.of("  "));
    assertEquals("text must not be blank: \"\"", blank.getMessage());
    IllegalArgumentException title =
        assertThrows(IllegalArgumentException.class, () -> Citation.cfr(0, "1006.6"));
    assertEquals("title must be positive: 0", title.getMessage());
    IllegalArgumentException section =
        assertThrows(IllegalArgumentException.class, () -> Citation.usc(15, " "));
    assertEquals("section must not be blank: \" \"", section.getMessage());
  }

  @Test
  void equalsAndHashCode_byText() {
    new EqualsTester()
        .addEqualityGroup(Citation.cfr(12, "1006.6(b)"), Citation.of("12 CFR 1006.6(b)"))
        .addEqualityGroup(Citation.usc(15, "1692h"))
        .testEquals();
  }

  @Test
  void factories_rejectNulls() {
    new NullPointerTester().setDefault(int.class, 12).testAllPublicStaticMethods(Citation.class);
  }
}
