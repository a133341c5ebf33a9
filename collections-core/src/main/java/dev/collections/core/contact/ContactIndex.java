package dev.collections.core.contact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.receivable.ReceivableId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contact history's attempts indexed: by identifier, by person, by debt, by channel, and per
 * person and debt the counted calls and the conversations as {@link Timeline}s, so every query of
 * {@link ContactHistory} is a hash look-up and at most two binary searches.
 *
 * <p>{@link #of(ImmutableList)} indexes sorted attempts in O(n). {@link #plus(ContactAttempt)}
 * extends an index by one attempt without indexing again: it inserts the attempt, at its place
 * found by binary search, into the lists it belongs to and copies the maps that lead to them,
 * sharing every other list with this index: O(n) array copies for the list of all attempts and
 * O(persons + debts) for the maps.
 */
final class ContactIndex {

  private final Timeline all;

  /** The identifiers of the attempts, ascending, to reject a second attempt with one. */
  private final ContactAttemptId[] ids;

  private final ImmutableMap<PersonId, ImmutableList<ContactAttempt>> byPerson;
  private final ImmutableMap<ReceivableId, ImmutableList<ContactAttempt>> byDebt;
  private final ImmutableMap<Channel, ImmutableList<ContactAttempt>> byChannel;
  private final ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> countedCalls;
  private final ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> conversations;

  private ContactIndex(
      Timeline all,
      ContactAttemptId[] ids,
      ImmutableMap<PersonId, ImmutableList<ContactAttempt>> byPerson,
      ImmutableMap<ReceivableId, ImmutableList<ContactAttempt>> byDebt,
      ImmutableMap<Channel, ImmutableList<ContactAttempt>> byChannel,
      ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> countedCalls,
      ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> conversations) {
    this.all = all;
    this.ids = ids;
    this.byPerson = byPerson;
    this.byDebt = byDebt;
    this.byChannel = byChannel;
    this.countedCalls = countedCalls;
    this.conversations = conversations;
  }

  /** Indexes attempts already sorted by instant, then identifier, with distinct identifiers. */
  static ContactIndex of(ImmutableList<ContactAttempt> sorted) {
    ContactAttemptId[] ids = new ContactAttemptId[sorted.size()];
    Map<PersonId, ImmutableList.Builder<ContactAttempt>> byPerson = new LinkedHashMap<>();
    Map<ReceivableId, ImmutableList.Builder<ContactAttempt>> byDebt = new LinkedHashMap<>();
    Map<Channel, ImmutableList.Builder<ContactAttempt>> byChannel = new LinkedHashMap<>();
    Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> counted =
        new LinkedHashMap<>();
    Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> talks =
        new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      ContactAttempt attempt = sorted.get(i);
      ids[i] = attempt.id();
      listOf(byPerson, attempt.personId()).add(attempt);
      listOf(byChannel, attempt.channel()).add(attempt);
      for (ReceivableId debt : debtsConcerned(attempt)) {
        listOf(byDebt, debt).add(attempt);
      }
      for (ReceivableId debt : countedDebts(attempt)) {
        listOf(counted.computeIfAbsent(attempt.personId(), p -> new HashMap<>()), debt)
            .add(attempt);
      }
      for (ReceivableId debt : attempt.conversationDebts()) {
        listOf(talks.computeIfAbsent(attempt.personId(), p -> new HashMap<>()), debt).add(attempt);
      }
    }
    Arrays.sort(ids);
    return new ContactIndex(
        new Timeline(sorted),
        ids,
        freezeLists(byPerson),
        freezeLists(byDebt),
        freezeLists(byChannel),
        freezeTimelines(counted),
        freezeTimelines(talks));
  }

  /**
   * This index with one more attempt, sharing every list the attempt does not belong to.
   *
   * @throws IllegalArgumentException if an attempt with the same identifier is indexed
   */
  ContactIndex plus(ContactAttempt attempt) {
    int found = Arrays.binarySearch(ids, attempt.id());
    if (found >= 0) {
      throw new IllegalArgumentException("contact attempt ids must be unique: " + attempt.id());
    }
    int at = -(found + 1);
    ContactAttemptId[] grown = new ContactAttemptId[ids.length + 1];
    System.arraycopy(ids, 0, grown, 0, at);
    grown[at] = attempt.id();
    System.arraycopy(ids, at, grown, at + 1, ids.length - at);
    return new ContactIndex(
        all.plus(attempt),
        grown,
        withInserted(byPerson, Set.of(attempt.personId()), attempt),
        withInserted(byDebt, debtsConcerned(attempt), attempt),
        withInserted(byChannel, Set.of(attempt.channel()), attempt),
        withInserted(countedCalls, attempt.personId(), countedDebts(attempt), attempt),
        withInserted(conversations, attempt.personId(), attempt.conversationDebts(), attempt));
  }

  Timeline all() {
    return all;
  }

  List<ContactAttempt> withPerson(PersonId person) {
    return listOrEmpty(byPerson, person);
  }

  List<ContactAttempt> aboutDebt(ReceivableId debt) {
    return listOrEmpty(byDebt, debt);
  }

  List<ContactAttempt> viaChannel(Channel channel) {
    return listOrEmpty(byChannel, channel);
  }

  Timeline countedCalls(PersonId person, ReceivableId debt) {
    return find(countedCalls, person, debt);
  }

  Timeline conversations(PersonId person, ReceivableId debt) {
    return find(conversations, person, debt);
  }

  /** The debts an attempt is about: those discussed and those allocated. */
  private static Set<ReceivableId> debtsConcerned(ContactAttempt attempt) {
    if (attempt.allocatedDebts().isEmpty()) {
      return attempt.discussedDebts();
    }
    Set<ReceivableId> debts = new LinkedHashSet<>(attempt.discussedDebts());
    debts.addAll(attempt.allocatedDebts());
    return debts;
  }

  /** The debts an attempt is a counted call for: none unless a connected call placed. */
  private static Set<ReceivableId> countedDebts(ContactAttempt attempt) {
    return attempt.isPlacedTelephoneCall() && attempt.isConnected()
        ? attempt.countedDebts()
        : Set.of();
  }

  private static <K> ImmutableList.Builder<ContactAttempt> listOf(
      Map<K, ImmutableList.Builder<ContactAttempt>> lists, K key) {
    return lists.computeIfAbsent(key, k -> ImmutableList.builder());
  }

  private static <K> ImmutableMap<K, ImmutableList<ContactAttempt>> freezeLists(
      Map<K, ImmutableList.Builder<ContactAttempt>> lists) {
    ImmutableMap.Builder<K, ImmutableList<ContactAttempt>> frozen =
        ImmutableMap.builderWithExpectedSize(lists.size());
    lists.forEach((key, list) -> frozen.put(key, list.build()));
    return frozen.buildOrThrow();
  }

  private static ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> freezeTimelines(
      Map<PersonId, Map<ReceivableId, ImmutableList.Builder<ContactAttempt>>> index) {
    ImmutableMap.Builder<PersonId, ImmutableMap<ReceivableId, Timeline>> frozen =
        ImmutableMap.builderWithExpectedSize(index.size());
    index.forEach(
        (person, byDebt) -> {
          ImmutableMap.Builder<ReceivableId, Timeline> timelines =
              ImmutableMap.builderWithExpectedSize(byDebt.size());
          byDebt.forEach((debt, attempts) -> timelines.put(debt, new Timeline(attempts.build())));
          frozen.put(person, timelines.buildOrThrow());
        });
    return frozen.buildOrThrow();
  }

  /** The map with the attempt inserted into the list of each key, the other lists shared. */
  private static <K> ImmutableMap<K, ImmutableList<ContactAttempt>> withInserted(
      ImmutableMap<K, ImmutableList<ContactAttempt>> lists,
      Collection<K> keys,
      ContactAttempt attempt) {
    if (keys.isEmpty()) {
      return lists;
    }
    ImmutableMap.Builder<K, ImmutableList<ContactAttempt>> grown =
        ImmutableMap.builderWithExpectedSize(lists.size() + keys.size());
    grown.putAll(lists);
    for (K key : keys) {
      grown.put(key, Timeline.inserted(listOrEmpty(lists, key), attempt));
    }
    return grown.buildKeepingLast();
  }

  /** The index with the attempt inserted into the person's timeline of each debt. */
  private static ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> withInserted(
      ImmutableMap<PersonId, ImmutableMap<ReceivableId, Timeline>> index,
      PersonId person,
      Set<ReceivableId> debts,
      ContactAttempt attempt) {
    if (debts.isEmpty()) {
      return index;
    }
    ImmutableMap<ReceivableId, Timeline> byDebt = index.get(person);
    if (byDebt == null) {
      byDebt = ImmutableMap.of();
    }
    ImmutableMap.Builder<ReceivableId, Timeline> timelines =
        ImmutableMap.builderWithExpectedSize(byDebt.size() + debts.size());
    timelines.putAll(byDebt);
    for (ReceivableId debt : debts) {
      Timeline timeline = byDebt.get(debt);
      timelines.put(debt, (timeline == null ? Timeline.EMPTY : timeline).plus(attempt));
    }
    ImmutableMap.Builder<PersonId, ImmutableMap<ReceivableId, Timeline>> grown =
        ImmutableMap.builderWithExpectedSize(index.size() + 1);
    grown.putAll(index);
    grown.put(person, timelines.buildKeepingLast());
    return grown.buildKeepingLast();
  }

  private static <K> ImmutableList<ContactAttempt> listOrEmpty(
      ImmutableMap<K, ImmutableList<ContactAttempt>> lists, K key) {
    ImmutableList<ContactAttempt> list = lists.get(key);
    return list == null ? ImmutableList.of() : list;
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
