package dev.collections.core.contact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.receivable.ReceivableId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact history's attempts indexed once: by person, by debt, by channel, and per person and
 * debt the counted calls and the conversations as {@link Timeline}s, so every query of {@link
 * ContactHistory} is a hash look-up and at most two binary searches.
 */
final class ContactIndex {

  private final Timeline all;
  private final ImmutableListMultimap<PersonId, ContactAttempt> byPerson;
  private final ImmutableListMultimap<ReceivableId, ContactAttempt> byDebt;
  private final ImmutableListMultimap<Channel, ContactAttempt> byChannel;
  private final ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> countedCalls;
  private final ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> conversations;

  private ContactIndex(
      Timeline all,
      ImmutableListMultimap<PersonId, ContactAttempt> byPerson,
      ImmutableListMultimap<ReceivableId, ContactAttempt> byDebt,
      ImmutableListMultimap<Channel, ContactAttempt> byChannel,
      ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> countedCalls,
      ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> conversations) {
    this.all = all;
    this.byPerson = byPerson;
    this.byDebt = byDebt;
    this.byChannel = byChannel;
    this.countedCalls = countedCalls;
    this.conversations = conversations;
  }

  /** Indexes attempts already sorted by instant, then identifier. */
  static ContactIndex of(List<ContactAttempt> sorted) {
    ImmutableListMultimap.Builder<PersonId, ContactAttempt> byPerson =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ReceivableId, ContactAttempt> byDebt =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Channel, ContactAttempt> byChannel =
        ImmutableListMultimap.builder();
    Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> counted =
        new LinkedHashMap<>();
    Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> talks =
        new LinkedHashMap<>();
    for (ContactAttempt attempt : sorted) {
      byPerson.put(attempt.personId(), attempt);
      byChannel.put(attempt.channel(), attempt);
      for (ReceivableId debt : attempt.discussedDebts()) {
        byDebt.put(debt, attempt);
      }
      for (ReceivableId debt : attempt.allocatedDebts()) {
        if (!attempt.discussedDebts().contains(debt)) {
          byDebt.put(debt, attempt);
        }
      }
      if (attempt.isPlacedTelephoneCall() && attempt.isConnected()) {
        for (ReceivableId debt : attempt.countedDebts()) {
          timelineOf(counted, attempt.personId(), debt).add(attempt);
        }
      }
      for (ReceivableId debt : attempt.conversationDebts()) {
        timelineOf(talks, attempt.personId(), debt).add(attempt);
      }
    }
    return new ContactIndex(
        new Timeline(ImmutableList.copyOf(sorted)),
        byPerson.build(),
        byDebt.build(),
        byChannel.build(),
        freeze(counted),
        freeze(talks));
  }

  private static ImmutableList.Builder<ContactAttempt> timelineOf(
      Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> index,
      PersonId person,
      ReceivableId debt) {
    return index
        .computeIfAbsent(person, p -> new HashMap<>())
        .computeIfAbsent(debt, d -> ImmutableList.builder());
  }

  private static ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> freeze(
      Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> index) {
    ImmutableMap.Builder<PersonId, ImmutableMap<ReceivableId, Timeline>> frozen =
        ImmutableMap.builder();
    index.forEach(
        (person, byDebt) -> {
          ImmutableMap.Builder<ReceivableId, Timeline> timelines = ImmutableMap.builder();
          byDebt.forEach((debt, attempts) -> timelines.put(debt, new Timeline(attempts.build())));
          frozen.put(person, timelines.buildOrThrow());
        });
    return frozen.buildOrThrow();
  }

  Timeline all() {
    return all;
  }

  List<ContactAttempt> withPerson(PersonId person) {
    return byPerson.get(person);
  }

  List<ContactAttempt> aboutDebt(ReceivableId debt) {
    return byDebt.get(debt);
  }

  List<ContactAttempt> viaChannel(Channel channel) {
    return byChannel.get(channel);
  }

  Timeline countedCalls(PersonId person, ReceivableId debt) {
    return find(countedCalls, person, debt);
  }

  Timeline conversations(PersonId person, ReceivableId debt) {
    return find(conversations, person, debt);
  }

  private static Timeline find(
      ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> index,
      PersonId person,
      ReceivableId debt) {
    ImmutableMap<ReceivableId, Timeline> byDebt = index.get(person);
    if (byDebt == null) {
      return Timeline.EMPTY;
    }
    Timeline timeline = byDebt.get(debt);
    return timeline == null ? Timeline.EMPTY : timeline;
  }
}
