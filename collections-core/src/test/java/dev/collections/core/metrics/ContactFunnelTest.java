package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactFunnelTest {

  private static ContactFunnel.Builder funnel(
      long attempts, long connects, long rpcs, long promises, long due, long kept) {
    return ContactFunnel.builder()
        .dialAttempts(attempts)
        .connects(connects)
        .rightPartyContacts(rpcs)
        .promisesMade(promises)
        .promisesDue(due)
        .promisesKept(kept);
  }

  /** DOMAIN.md 2.7, CONSTRUCTED. */
  private static ContactFunnel domain() {
    return funnel(10_000, 1_200, 600, 180, 180, 117).build();
  }

  private static String rejection(ContactFunnel.Builder builder) {
    return String.valueOf(
        assertThrows(IllegalArgumentException.class, builder::build).getMessage());
  }

  @Test
  void builder_domainExample_2_7_rpc6_rpcPerConnect50_ptp30_kept65() {
    ContactFunnel funnel = domain();
    assertEquals(
        Optional.of(new BigDecimal("0.0600")), funnel.rightPartyContactsPerAttempt().value());
    assertEquals(
        Optional.of(new BigDecimal("6.00")), funnel.rightPartyContactsPerAttempt().percent());
    assertEquals(
        Optional.of(new BigDecimal("0.5000")), funnel.rightPartyContactsPerConnect().value());
    assertEquals(
        Optional.of(new BigDecimal("50.00")), funnel.rightPartyContactsPerConnect().percent());
    assertEquals(
        Optional.of(new BigDecimal("0.3000")), funnel.promisesPerRightPartyContact().value());
    assertEquals(
        Optional.of(new BigDecimal("30.00")), funnel.promisesPerRightPartyContact().percent());
    assertEquals(Optional.of(new BigDecimal("0.6500")), funnel.keptPerPromiseDue().value());
    assertEquals(Optional.of(new BigDecimal("65.00")), funnel.keptPerPromiseDue().percent());
    assertEquals(Optional.of(new BigDecimal("0.1200")), funnel.connectsPerAttempt().value());
    assertEquals(Optional.of(new BigDecimal("12.00")), funnel.connectsPerAttempt().percent());
  }

  @Test
  void rates_nameTheirStageAndCounts() {
    ContactFunnel funnel = domain();
    assertEquals(
        FunnelRate.of(FunnelStage.CONNECTS_PER_ATTEMPT, 1_200, 10_000),
        funnel.connectsPerAttempt());
    assertEquals(
        FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT, 600, 10_000),
        funnel.rightPartyContactsPerAttempt());
    assertEquals(
        FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 600, 1_200),
        funnel.rightPartyContactsPerConnect());
    assertEquals(
        FunnelRate.of(FunnelStage.PROMISES_PER_RIGHT_PARTY_CONTACT, 180, 600),
        funnel.promisesPerRightPartyContact());
    assertEquals(
        FunnelRate.of(FunnelStage.KEPT_PER_PROMISE_DUE, 117, 180), funnel.keptPerPromiseDue());
    for (FunnelStage stage : FunnelStage.values()) {
      assertEquals(stage, funnel.rate(stage).stage());
    }
  }

  @Test
  void builder_promisesDueApartFromPromisesMade() {
    // 40 promises made this month; 50 made earlier fell due in it, and 20 of those were kept.
    ContactFunnel funnel = funnel(1_000, 300, 100, 40, 50, 20).build();
    assertEquals(
        Optional.of(new BigDecimal("0.4000")), funnel.promisesPerRightPartyContact().value());
    assertEquals(Optional.of(new BigDecimal("0.4000")), funnel.keptPerPromiseDue().value());
  }

  @Test
  void builder_morePromisesThanRightPartyContacts_ptpRateAboveOne() {
    ContactFunnel funnel = funnel(100, 10, 4, 6, 0, 0).build();
    assertEquals(
        Optional.of(new BigDecimal("1.5000")), funnel.promisesPerRightPartyContact().value());
    assertEquals(
        Optional.of(new BigDecimal("150.00")), funnel.promisesPerRightPartyContact().percent());
  }

  @Test
  void builder_boundaries_zeroAndOne() {
    ContactFunnel all = funnel(7, 7, 7, 7, 7, 7).build();
    for (FunnelStage stage : FunnelStage.values()) {
      assertEquals(Optional.of(new BigDecimal("1.0000")), all.rate(stage).value());
    }
    ContactFunnel none = funnel(7, 0, 0, 0, 7, 0).build();
    assertEquals(Optional.of(new BigDecimal("0.0000")), none.connectsPerAttempt().value());
    assertEquals(
        Optional.of(new BigDecimal("0.0000")), none.rightPartyContactsPerAttempt().value());
    assertEquals(Optional.of(new BigDecimal("0.0000")), none.keptPerPromiseDue().value());
  }

  @Test
  void builder_zeroDenominators_undefinedWithReasons() {
    ContactFunnel empty = funnel(0, 0, 0, 0, 0, 0).build();
    assertFalse(empty.connectsPerAttempt().isDefined());
    assertEquals(
        Optional.of("no dial attempts were made"), empty.connectsPerAttempt().undefinedReason());
    assertEquals(
        Optional.of("no dial attempts were made"),
        empty.rightPartyContactsPerAttempt().undefinedReason());
    assertEquals(
        Optional.of("no call connected"), empty.rightPartyContactsPerConnect().undefinedReason());
    assertEquals(
        Optional.of("no right-party contact was made"),
        empty.promisesPerRightPartyContact().undefinedReason());
    assertEquals(
        Optional.of("no promise to pay fell due in the period"),
        empty.keptPerPromiseDue().undefinedReason());
    for (FunnelStage stage : FunnelStage.values()) {
      assertEquals(Optional.empty(), empty.rate(stage).value());
      assertEquals(Optional.empty(), empty.rate(stage).percent());
    }
    // Dialled, but nothing connected: the attempt rates are zero, the later ones undefined.
    ContactFunnel unanswered = funnel(50, 0, 0, 0, 0, 0).build();
    assertEquals(
        Optional.of(new BigDecimal("0.0000")), unanswered.rightPartyContactsPerAttempt().value());
    assertEquals(
        Optional.of("no call connected"),
        unanswered.rightPartyContactsPerConnect().undefinedReason());
  }

  @Test
  void builder_badCounts_rejectedWithTheRuleAndTheValues() {
    assertEquals("dial attempts must not be negative: -1", rejection(funnel(-1, 0, 0, 0, 0, 0)));
    assertEquals("connects must not be negative: -1", rejection(funnel(0, -1, 0, 0, 0, 0)));
    assertEquals(
        "right-party contacts must not be negative: -1", rejection(funnel(0, 0, -1, 0, 0, 0)));
    assertEquals("promises made must not be negative: -1", rejection(funnel(0, 0, 0, -1, 0, 0)));
    assertEquals("promises due must not be negative: -1", rejection(funnel(0, 0, 0, 0, -1, 0)));
    assertEquals("promises kept must not be negative: -1", rejection(funnel(0, 0, 0, 0, 0, -1)));
    assertEquals(
        "connects must not exceed the dial attempts: 1201 of 1200",
        rejection(funnel(1_200, 1_201, 600, 180, 180, 117)));
    assertEquals(
        "right-party contacts must not exceed the connects: 601 of 600",
        rejection(funnel(10_000, 600, 601, 180, 180, 117)));
    assertEquals(
        "promises kept must not exceed the promises due: 181 of 180",
        rejection(funnel(10_000, 1_200, 600, 180, 180, 181)));
  }

  @Test
  void builder_countMissingOrSetTwice_rejectedAsIllegalState() {
    ContactFunnel.Builder missing =
        ContactFunnel.builder()
            .dialAttempts(1)
            .connects(1)
            .rightPartyContacts(1)
            .promisesMade(1)
            .promisesDue(1);
    assertEquals(
        "Cannot build ContactFunnel, some of required attributes are not set [promisesKept]",
        assertThrows(IllegalStateException.class, missing::build).getMessage());
    assertEquals(
        "Builder of ContactFunnel is strict, attribute is already set: dialAttempts",
        assertThrows(
                IllegalStateException.class,
                () -> ContactFunnel.builder().dialAttempts(1).dialAttempts(2))
            .getMessage());
  }

  @Test
  void plus_addsCountByCount() {
    ContactFunnel morning = funnel(6_000, 700, 350, 100, 90, 60).build();
    ContactFunnel afternoon = funnel(4_000, 500, 250, 80, 90, 57).build();
    assertEquals(domain(), morning.plus(afternoon));
    assertEquals(domain(), afternoon.plus(morning));
    ContactFunnel empty = funnel(0, 0, 0, 0, 0, 0).build();
    assertEquals(domain(), domain().plus(empty));
  }

  @Test
  void plus_overflow_rejected() {
    ContactFunnel huge = funnel(Long.MAX_VALUE, 0, 0, 0, 0, 0).build();
    assertThrows(ArithmeticException.class, () -> huge.plus(huge));
  }

  @Test
  void toString_listsTheCounts() {
    assertEquals(
        "ContactFunnel{dialAttempts=10000, connects=1200, rightPartyContacts=600,"
            + " promisesMade=180, promisesDue=180, promisesKept=117}",
        domain().toString());
  }

  @Test
  void equalsAndHashCode_byEveryCount() {
    new EqualsTester()
        .addEqualityGroup(domain(), domain())
        .addEqualityGroup(funnel(10_001, 1_200, 600, 180, 180, 117).build())
        .addEqualityGroup(funnel(10_000, 1_201, 600, 180, 180, 117).build())
        .addEqualityGroup(funnel(10_000, 1_200, 601, 180, 180, 117).build())
        .addEqualityGroup(funnel(10_000, 1_200, 600, 181, 180, 117).build())
        .addEqualityGroup(funnel(10_000, 1_200, 600, 180, 181, 117).build())
        .addEqualityGroup(funnel(10_000, 1_200, 600, 180, 180, 118).build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ContactFunnel.class);
    tester.testAllPublicInstanceMethods(domain());
  }
}
