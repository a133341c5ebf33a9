package dev.collections.properties.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.contact.CallOutcome;
import dev.collections.core.contact.ContactAttempt;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Property;
import dev.collections.testkit.contact.ContactGens;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an attempt derives (connection, conversation, counted debts) follows from its facts. */
class ContactAttemptPropertiesTest {

  @Test
  void isConnected_telephoneCallsExceptBusyAndNotInService() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              boolean unconnectedOutcome =
                  a.callOutcome().isPresent()
                      && (a.callOutcome().get() == CallOutcome.BUSY
                          || a.callOutcome().get() == CallOutcome.NOT_IN_SERVICE);
              assertEquals(a.channel().isTelephoneCall() && !unconnectedOutcome, a.isConnected());
            });
  }

  @Test
  void countedDebts_collectorRaisedDebtsDiscussed_elseTheAllocation() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              Set<ReceivableId> raisedByCollector = new HashSet<>(a.discussedDebts());
              raisedByCollector.removeAll(a.personRaisedDebts());
              Set<ReceivableId> expected =
                  raisedByCollector.isEmpty() ? a.allocatedDebts() : raisedByCollector;
              assertEquals(expected, a.countedDebts());
            });
  }

  @Test
  void conversationDebts_onlyForConversations_discussedElseAllocated() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              if (a.isConversation()) {
                Set<ReceivableId> expected =
                    a.discussedDebts().isEmpty() ? a.allocatedDebts() : a.discussedDebts();
                assertEquals(expected, a.conversationDebts());
                assertTrue(a.isConnected());
              } else {
                assertEquals(Set.of(), a.conversationDebts());
              }
            });
  }

  @Test
  void connectedCallsPlacedAndConversations_countTowardAtLeastOneDebt() {
    // Comment 14(b)(4)-1: such a call counts toward at least one debt the collector picks.
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              if (a.isPlacedTelephoneCall() && a.isConnected()) {
                assertFalse(a.countedDebts().isEmpty(), a.toString());
              }
              if (a.isConversation()) {
                assertFalse(a.conversationDebts().isEmpty(), a.toString());
              }
              if (a.callOutcome().equals(Optional.of(CallOutcome.ANSWERED_DROPPED))) {
                assertEquals(Set.of(), a.discussedDebts(), a.toString());
              }
            });
  }

  @Test
  void withoutItsDebts_rejectedExactlyWhenItWouldCountTowardNone_andOneAllocationMends() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              String kind =
                  a.direction() + " " + a.channel() + a.callOutcome().map(o -> " " + o).orElse("");
              ContactAttempt.Builder bare = withoutDebts(a);
              if (a.isConversation()) {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, bare::build);
                assertEquals(
                    "a telephone conversation counts toward at least one debt (comment"
                        + " 14(b)(4)-1), so record the debts discussed or allocate the"
                        + " conversation to at least one debt: "
                        + a.id()
                        + " "
                        + kind,
                    e.getMessage());
              } else if (a.isPlacedTelephoneCall() && a.isConnected()) {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, bare::build);
                assertEquals(
                    "a connected call the collector placed counts toward at least one debt"
                        + " (comment 14(b)(4)-1), so record the debts discussed or allocate the"
                        + " call to at least one debt: "
                        + a.id()
                        + " "
                        + kind,
                    e.getMessage());
              } else {
                assertEquals(Set.of(), bare.build().countedDebts());
              }
              ReceivableId debt = ContactGens.DEBTS.get(0);
              ContactAttempt allocated = withoutDebts(a).addAllocatedDebt(debt).build();
              assertEquals(Set.of(debt), allocated.countedDebts());
              assertEquals(
                  a.isConversation() ? Set.of(debt) : Set.of(), allocated.conversationDebts());
            });
  }

  /** The attempt's builder with every attribute but the debts. */
  private static ContactAttempt.Builder withoutDebts(ContactAttempt a) {
    return ContactAttempt.builder()
        .id(a.id())
        .instant(a.instant())
        .channel(a.channel())
        .direction(a.direction())
        .debtorId(a.debtorId())
        .personId(a.personId())
        .personRole(a.personRole())
        .destination(a.destination())
        .callOutcome(a.callOutcome())
        .consentBearing(a.isConsentBearing());
  }

  @Test
  void builder_roundTripsEveryAttribute() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              ContactAttempt copy =
                  ContactAttempt.builder()
                      .id(a.id())
                      .instant(a.instant())
                      .channel(a.channel())
                      .direction(a.direction())
                      .debtorId(a.debtorId())
                      .personId(a.personId())
                      .personRole(a.personRole())
                      .destination(a.destination())
                      .addAllDiscussedDebts(a.discussedDebts())
                      .addAllPersonRaisedDebts(a.personRaisedDebts())
                      .addAllAllocatedDebts(a.allocatedDebts())
                      .callOutcome(a.callOutcome())
                      .consentBearing(a.isConsentBearing())
                      .build();
              assertEquals(a, copy);
              assertEquals(a.hashCode(), copy.hashCode());
              assertEquals(a.toString(), copy.toString());
            });
  }

  @Test
  void toString_neverShowsTheDestination() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              String text = a.toString();
              for (String secret :
                  List.of("2025550143", "3125550178", "example", "Main St", "85001")) {
                assertFalse(text.contains(secret), text);
              }
            });
  }

  @Test
  void debtsAttributed_areAmongTheDebtsDiscussedOrAllocated() {
    Property.forAll(ContactGens.attempts())
        .check(
            a -> {
              Set<ReceivableId> known = new LinkedHashSet<>(a.discussedDebts());
              known.addAll(a.allocatedDebts());
              assertTrue(known.containsAll(a.countedDebts()), a.toString());
              assertTrue(known.containsAll(a.conversationDebts()), a.toString());
              assertTrue(a.discussedDebts().containsAll(a.personRaisedDebts()), a.toString());
            });
  }
}
