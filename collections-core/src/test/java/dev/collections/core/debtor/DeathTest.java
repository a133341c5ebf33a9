package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T3;
import static dev.collections.core.debtor.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeathTest {

  @Test
  void isInForceAt_fromKnown_forever() {
    Death death = Death.builder().dateOfDeath(date(3, 20)).knownAt(T0).build();
    assertFalse(death.isInForceAt(T0.minusNanos(1)));
    assertTrue(death.isInForceAt(T0));
    assertTrue(death.isInForceAt(T3.plusSeconds(100_000_000)));
    assertEquals(Optional.of(date(3, 20)), death.dateOfDeath());
    assertEquals(StatusEventKind.DEATH, death.kind());
  }

  @Test
  void dateOfDeath_optional() {
    assertEquals(Optional.empty(), Death.builder().knownAt(T0).build().dateOfDeath());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(Death.builder().knownAt(T0).build(), Death.builder().knownAt(T0).build())
        .addEqualityGroup(Death.builder().knownAt(T0).dateOfDeath(date(3, 20)).build())
        .addEqualityGroup(Death.builder().knownAt(T3).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(Death.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Death.builder().knownAt(T0).build());
  }
}
