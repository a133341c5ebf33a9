package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class CeaseRequestTest {

  static CeaseRequest letter(DebtScope debts) {
    return CeaseRequest.builder().debts(debts).medium(Medium.POSTAL_MAIL).knownAt(T0).build();
  }

  @Test
  void isInForceAt_fromReceipt_forever() {
    CeaseRequest cease = letter(DebtScope.allDebts());
    assertFalse(cease.isInForceAt(T0.minusNanos(1)));
    assertTrue(cease.isInForceAt(T0));
    assertTrue(cease.isInForceAt(T3.plusSeconds(100_000_000)));
    assertEquals(StatusEventKind.CEASE_REQUEST, cease.kind());
  }

  @Test
  void everyWrittenMedium_accepted() {
    for (Medium medium : Medium.values()) {
      if (medium != Medium.TELEPHONE) {
        CeaseRequest cease =
            CeaseRequest.builder().debts(DebtScope.allDebts()).medium(medium).knownAt(T0).build();
        assertEquals(medium, cease.medium());
      }
    }
  }

  @Test
  void byTelephone_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                CeaseRequest.builder()
                    .debts(DebtScope.allDebts())
                    .medium(Medium.TELEPHONE)
                    .knownAt(T0)
                    .build());
    assertEquals(
        "a cease request is written and cannot arrive by TELEPHONE: record an oral request to stop"
            + " calling as a medium opt-out",
        e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(letter(DebtScope.allDebts()), letter(DebtScope.allDebts()))
        .addEqualityGroup(letter(DebtScope.ofDebt(Fixtures.INV_1)))
        .addEqualityGroup(
            CeaseRequest.builder()
                .debts(DebtScope.allDebts())
                .medium(Medium.EMAIL)
                .knownAt(T0)
                .build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(CeaseRequest.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(letter(DebtScope.allDebts()));
  }
}
