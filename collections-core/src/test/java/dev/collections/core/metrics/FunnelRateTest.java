package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FunnelRateTest {

  private static final FunnelRate RPC_PER_CONNECT =
      FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 600, 1_200);

  private static String rejection(FunnelStage stage, long numerator, long denominator) {
    return String.valueOf(
        assertThrows(
                IllegalArgumentException.class, () -> FunnelRate.of(stage, numerator, denominator))
            .getMessage());
  }

  @Test
  void of_domainExample_2_7_keptPromises_65percent() {
    FunnelRate kept = FunnelRate.of(FunnelStage.KEPT_PER_PROMISE_DUE, 117, 180);
    assertEquals(Optional.of(new BigDecimal("0.6500")), kept.value());
    assertEquals(Optional.of(new BigDecimal("65.00")), kept.percent());
    assertEquals(MetricUnit.FRACTION, kept.unit());
    assertEquals(FunnelStage.KEPT_PER_PROMISE_DUE, kept.stage());
    assertEquals(117, kept.numerator());
    assertEquals(180, kept.denominator());
  }

  @Test
  void of_roundedOnceAtTheScale() {
    FunnelRate third = FunnelRate.of(FunnelStage.CONNECTS_PER_ATTEMPT, 1, 3);
    assertEquals(Optional.of(new BigDecimal("0.3333")), third.value());
    assertEquals(Optional.of(new BigDecimal("33.33")), third.percent());
    assertEquals(
        Optional.of(new BigDecimal("0.334")), third.withRounding(3, RoundingMode.UP).value());
    // 1 / 8 = 0.125: HALF_EVEN keeps 0.12, HALF_UP gives 0.13.
    FunnelRate eighth = FunnelRate.of(FunnelStage.KEPT_PER_PROMISE_DUE, 1, 8);
    assertEquals(
        Optional.of(new BigDecimal("0.12")),
        eighth.withRounding(2, RoundingMode.HALF_EVEN).value());
    assertEquals(
        Optional.of(new BigDecimal("0.13")), eighth.withRounding(2, RoundingMode.HALF_UP).value());
  }

  @Test
  void of_promisesPerRightPartyContact_mayExceedOne() {
    assertFalse(FunnelStage.PROMISES_PER_RIGHT_PARTY_CONTACT.isPartOfWhole());
    assertEquals(
        Optional.of(new BigDecimal("2.5000")),
        FunnelRate.of(FunnelStage.PROMISES_PER_RIGHT_PARTY_CONTACT, 5, 2).value());
  }

  @Test
  void isPartOfWhole_everyStageButThePromiseRate() {
    assertTrue(FunnelStage.CONNECTS_PER_ATTEMPT.isPartOfWhole());
    assertTrue(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT.isPartOfWhole());
    assertTrue(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT.isPartOfWhole());
    assertTrue(FunnelStage.KEPT_PER_PROMISE_DUE.isPartOfWhole());
  }

  @Test
  void of_zeroDenominator_undefinedWithTheStagesReason() {
    assertEquals(
        Optional.of("no dial attempts were made"),
        FunnelRate.of(FunnelStage.CONNECTS_PER_ATTEMPT, 0, 0).undefinedReason());
    assertEquals(
        Optional.of("no dial attempts were made"),
        FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT, 0, 0).undefinedReason());
    assertEquals(
        Optional.of("no call connected"),
        FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 0, 0).undefinedReason());
    FunnelRate noRpc = FunnelRate.of(FunnelStage.PROMISES_PER_RIGHT_PARTY_CONTACT, 3, 0);
    assertFalse(noRpc.isDefined());
    assertEquals(Optional.empty(), noRpc.value());
    assertEquals(Optional.of("no right-party contact was made"), noRpc.undefinedReason());
    assertEquals(
        Optional.of("no promise to pay fell due in the period"),
        FunnelRate.of(FunnelStage.KEPT_PER_PROMISE_DUE, 0, 0).undefinedReason());
    assertEquals(Optional.empty(), RPC_PER_CONNECT.undefinedReason());
  }

  @Test
  void of_badCounts_rejectedNamingTheStagesCounts() {
    assertEquals(
        "connects must not be negative: -1", rejection(FunnelStage.CONNECTS_PER_ATTEMPT, -1, 10));
    assertEquals(
        "dial attempts must not be negative: -10",
        rejection(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT, 0, -10));
    assertEquals(
        "right-party contacts must not be negative: -1",
        rejection(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, -1, 10));
    assertEquals(
        "promises made must not be negative: -1",
        rejection(FunnelStage.PROMISES_PER_RIGHT_PARTY_CONTACT, -1, 10));
    assertEquals(
        "promises due must not be negative: -1",
        rejection(FunnelStage.KEPT_PER_PROMISE_DUE, 0, -1));
    assertEquals(
        "connects must not exceed the dial attempts: 11 of 10",
        rejection(FunnelStage.CONNECTS_PER_ATTEMPT, 11, 10));
    assertEquals(
        "right-party contacts must not exceed the dial attempts: 11 of 10",
        rejection(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT, 11, 10));
    assertEquals(
        "right-party contacts must not exceed the connects: 1 of 0",
        rejection(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 1, 0));
    assertEquals(
        "promises kept must not exceed the promises due: 181 of 180",
        rejection(FunnelStage.KEPT_PER_PROMISE_DUE, 181, 180));
  }

  @Test
  void withRounding_badRounding_rejected() {
    assertEquals(
        "scale must be between 0 and 18: 19",
        assertThrows(
                IllegalArgumentException.class,
                () -> RPC_PER_CONNECT.withRounding(19, RoundingMode.HALF_EVEN))
            .getMessage());
    assertEquals(
        "rounding mode must be one that rounds: UNNECESSARY",
        assertThrows(
                IllegalArgumentException.class,
                () -> RPC_PER_CONNECT.withRounding(4, RoundingMode.UNNECESSARY))
            .getMessage());
  }

  @Test
  void toString_listsStageCountsRoundingAndResult() {
    assertEquals(
        "FunnelRate{stage=RIGHT_PARTY_CONTACTS_PER_CONNECT, numerator=600, denominator=1200,"
            + " scale=4, roundingMode=HALF_EVEN, value=0.5000 (50.00%)}",
        RPC_PER_CONNECT.toString());
    assertEquals(
        "FunnelRate{stage=KEPT_PER_PROMISE_DUE, numerator=0, denominator=0, scale=4,"
            + " roundingMode=HALF_EVEN, value=undefined (no promise to pay fell due in the"
            + " period)}",
        FunnelRate.of(FunnelStage.KEPT_PER_PROMISE_DUE, 0, 0).toString());
  }

  @Test
  void equalsAndHashCode_byStageCountsAndRounding() {
    new EqualsTester()
        .addEqualityGroup(
            RPC_PER_CONNECT,
            FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 600, 1_200),
            RPC_PER_CONNECT
                .withRounding(2, RoundingMode.UP)
                .withRounding(4, RoundingMode.HALF_EVEN))
        .addEqualityGroup(FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_ATTEMPT, 600, 1_200))
        .addEqualityGroup(FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 601, 1_200))
        .addEqualityGroup(FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 600, 1_201))
        .addEqualityGroup(RPC_PER_CONNECT.withRounding(2, RoundingMode.HALF_EVEN))
        .addEqualityGroup(RPC_PER_CONNECT.withRounding(4, RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(FunnelRate.class);
    tester.testAllPublicInstanceMethods(RPC_PER_CONNECT);
    tester.testAllPublicStaticMethods(FunnelStage.class);
    tester.testAllPublicInstanceMethods(FunnelStage.KEPT_PER_PROMISE_DUE);
  }
}
