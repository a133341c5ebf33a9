package dev.collections.core.receivable;

import static dev.collections.core.receivable.AllocationFixtures.id;
import static dev.collections.core.receivable.AllocationFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PaymentDirectionTest {

  @Test
  void of_holdsTheAmount_ofWholeBalance_none() {
    assertEquals(Optional.of(usd("50.00")), PaymentDirection.of(id("A"), usd("50.00")).amount());
    assertEquals(Optional.empty(), PaymentDirection.ofWholeBalance(id("A")).amount());
    assertEquals(id("A"), PaymentDirection.ofWholeBalance(id("A")).receivableId());
  }

  @Test
  void amountNotPositive_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PaymentDirection.of(id("A"), usd("0.00")));
    assertEquals("direction amount must be positive: USD 0.00 to A", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            PaymentDirection.of(id("A"), usd("1.00")), PaymentDirection.of(id("A"), usd("1.00")))
        .addEqualityGroup(PaymentDirection.of(id("A"), usd("2.00")))
        .addEqualityGroup(PaymentDirection.of(id("B"), usd("1.00")))
        .addEqualityGroup(PaymentDirection.ofWholeBalance(id("A")))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(ReceivableId.class, id("A"))
        .setDefault(Money.class, usd("1.00"))
        .testAllPublicStaticMethods(PaymentDirection.class);
  }
}
