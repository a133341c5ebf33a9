package dev.collections.core.receivable;

import static dev.collections.core.receivable.AllocationFixtures.id;
import static dev.collections.core.receivable.AllocationFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AllocationPartTest {

  @Test
  void amountNotPositive_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AllocationPart.of(id("A"), Component.FEES, usd("0.00")));
    assertEquals("part amount must be positive: USD 0.00 to A FEES", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(
            AllocationPart.of(id("A"), Component.FEES, usd("1.00")),
            AllocationPart.of(id("A"), Component.FEES, usd("1.00")))
        .addEqualityGroup(AllocationPart.of(id("A"), Component.INTEREST, usd("1.00")))
        .addEqualityGroup(AllocationPart.of(id("B"), Component.FEES, usd("1.00")))
        .addEqualityGroup(AllocationPart.of(id("A"), Component.FEES, usd("1.01")))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .setDefault(ReceivableId.class, id("A"))
        .setDefault(Money.class, usd("1.00"))
        .testAllPublicStaticMethods(AllocationPart.class);
  }
}
