package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.INV_1;
import static dev.collections.core.debtor.Fixtures.T0;
import static dev.collections.core.debtor.Fixtures.T2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputeTest {

  static Dispute.Builder written() {
    return Dispute.builder().debts(DebtScope.ofDebt(INV_1)).written(true).knownAt(T0);
  }

  @Test
  void isInForceAt_openFromReceipt_untilResolvedExclusive() {
    Dispute dispute = written().resolvedAt(T2).build();
    assertFalse(dispute.isInForceAt(T0.minusNanos(1)));
    assertTrue(dispute.isInForceAt(T0));
    assertTrue(dispute.isInForceAt(T2.minusNanos(1)));
    assertFalse(dispute.isInForceAt(T2));
    assertEquals(StatusEventKind.DISPUTE, dispute.kind());
  }

  @Test
  void withResolvedAt_resolvesACopy() {
    Dispute open = written().build();
    assertEquals(written().resolvedAt(T2).build(), open.withResolvedAt(T2));
    assertEquals(Optional.empty(), open.resolvedAt());
    assertTrue(open.isWritten());
  }

  @Test
  void resolvedBeforeReceived_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> written().resolvedAt(T0.minusMillis(1)).build());
    assertEquals(
        "a dispute must not be resolved before it is received:"
            + " 2020-04-01T14:00:00Z then 2020-04-01T13:59:59.999Z",
        e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(written().build(), written().build())
        .addEqualityGroup(
            Dispute.builder().debts(DebtScope.ofDebt(INV_1)).written(false).knownAt(T0).build())
        .addEqualityGroup(written().resolvedAt(T2).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(Dispute.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(written().build());
  }
}
