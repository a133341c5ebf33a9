package dev.collections.core.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallOutcomeTest {

  @Test
  void isConnected_onlyBusyAndNotInServiceAreUnconnected() {
    // 1006.14(b)(3)(ii), comment 14(b)(3)(ii)-1.
    Set<CallOutcome> unconnected = EnumSet.of(CallOutcome.BUSY, CallOutcome.NOT_IN_SERVICE);
    for (CallOutcome outcome : CallOutcome.values()) {
      assertEquals(!unconnected.contains(outcome), outcome.isConnected(), outcome.name());
    }
  }

  @Test
  void canDiscussDebts_onlyWhenSomeoneHeardSomething_neverInALimitedContentMessage() {
    // A call that dropped after a debt was discussed is a CONVERSATION (comment
    // 14(b)(2)(ii)-2.iv), so ANSWERED_DROPPED discusses none.
    Set<CallOutcome> canDiscuss =
        EnumSet.of(CallOutcome.VOICEMAIL_LEFT, CallOutcome.CONVERSATION, CallOutcome.WRONG_PARTY);
    for (CallOutcome outcome : CallOutcome.values()) {
      assertEquals(canDiscuss.contains(outcome), outcome.canDiscussDebts(), outcome.name());
    }
  }
}
