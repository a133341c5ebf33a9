package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.ATTORNEY;
import static dev.collections.core.debtor.Fixtures.INV_1;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttorneyRepresentationTest {

  static AttorneyRepresentation.Builder representation() {
    return AttorneyRepresentation.builder()
        .debts(DebtScope.ofDebt(INV_1))
        .attorneyId(ATTORNEY)
        .nameAndAddressKnown(true)
        .knownAt(T0);
  }

  @Test
  void isInForceAt_fromKnownInclusive_toWithdrawalExclusive() {
    AttorneyRepresentation ended = representation().withdrawnAt(T1).build();
    assertFalse(ended.isInForceAt(T0.minusNanos(1)));
    assertTrue(ended.isInForceAt(T0));
    assertTrue(ended.isInForceAt(T1.minusNanos(1)));
    assertFalse(ended.isInForceAt(T1));
    assertTrue(representation().build().isInForceAt(T1.plusSeconds(1_000_000)));
  }

  @Test
  void withdrawnAtKnownAt_neverInForce() {
    AttorneyRepresentation empty = representation().withdrawnAt(T0).build();
    assertFalse(empty.isInForceAt(T0));
  }

  @Test
  void withWithdrawnAt_endsACopy() {
    AttorneyRepresentation open = representation().build();
    AttorneyRepresentation ended = open.withWithdrawnAt(T1);
    assertEquals(Optional.of(T1), ended.withdrawnAt());
    assertEquals(Optional.empty(), open.withdrawnAt());
    assertEquals(representation().withdrawnAt(T1).build(), ended);
    assertEquals(StatusEventKind.ATTORNEY_REPRESENTATION, ended.kind());
    assertTrue(ended.isNameAndAddressKnown());
  }

  @Test
  void withdrawnBeforeKnown_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> representation().withdrawnAt(T0.minusSeconds(1)).build());
    assertEquals(
        "an attorney representation must not end before it is known:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:59Z",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> representation().build().withWithdrawnAt(T0.minusSeconds(1)));
  }

  @Test
  void missingAttribute_rejected() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AttorneyRepresentation.builder().debts(DebtScope.allDebts()).knownAt(T0).build());
    assertTrue(String.valueOf(e.getMessage()).contains("attorneyId"), e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(representation().build(), representation().build())
        .addEqualityGroup(representation().withdrawnAt(T1).build())
        .addEqualityGroup(
            AttorneyRepresentation.builder()
                .debts(DebtScope.ofDebt(INV_1))
                .attorneyId(ATTORNEY)
                .nameAndAddressKnown(false)
                .knownAt(T0)
                .build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(AttorneyRepresentation.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(representation().withdrawnAt(T1).build());
  }
}
