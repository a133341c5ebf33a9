package dev.collections.testkit.contact;

import dev.collections.core.contact.CallOutcome;
import dev.collections.core.contact.Channel;
import dev.collections.core.contact.ContactAttempt;
import dev.collections.core.contact.ContactAttemptId;
import dev.collections.core.contact.ContactHistory;
import dev.collections.core.contact.Direction;
import dev.collections.core.debtor.AddressType;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.EmailType;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PhoneType;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.testkit.Gen;
import dev.collections.testkit.time.TimeGens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of contact attempts and contact histories.
 *
 * <p>Every attempt is valid: a call always has an outcome, a ringless voicemail only a message
 * outcome, other channels none; debts are discussed only where something could be said (never on a
 * call that dropped before a conversation), the debts the person raised only in a conversation,
 * consent only when the person communicated, and a destination always fits its channel. Every
 * connected call the collector placed and every conversation counts toward at least one debt, as
 * comment 14(b)(4)-1 requires: when the debts discussed do not make it count, it is allocated to
 * one. Persons come from {@link #PERSONS} (each with a fixed role) and debts from {@link #DEBTS},
 * so a query for any of them usually finds attempts. Instants favour the boundaries where window
 * code breaks: daylight-saving transitions, whole and half hours (local midnights in most zones)
 * and a second either side, several attempts at one instant, and fractions of a second.
 *
 * <pre>{@code
 * Property.forAll(ContactGens.histories(), ContactGens.persons()).check((history, person) -> ...);
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class ContactGens {

  /** The persons attempts are made with: a consumer, a spouse, a third party, an attorney. */
  public static final List<PersonId> PERSONS =
      List.of(PersonId.of("P-1"), PersonId.of("P-2"), PersonId.of("P-3"), PersonId.of("P-4"));

  /** The debts attempts concern. */
  public static final List<ReceivableId> DEBTS =
      List.of(ReceivableId.of("R-1"), ReceivableId.of("R-2"), ReceivableId.of("R-3"));

  /** The first instant of {@link #attempts()}: 2024-03-01T00:00Z. */
  public static final Instant FIRST_INSTANT = Instant.parse("2024-03-01T00:00:00Z");

  /**
   * The instant after the last of {@link #attempts()}: 2024-04-15T00:00Z. The six weeks hold the US
   * switch to daylight time (March 10), Europe's (March 31) and the southern hemisphere's switch
   * back (April 7).
   */
  public static final Instant END_INSTANT = Instant.parse("2024-04-15T00:00:00Z");

  /**
   * The zones {@link #zones()} draws: every US zone, and zones with half-hour or 45-minute offsets,
   * half-hour daylight saving, or a transition at midnight.
   */
  public static final List<ZoneId> ZONES = zoneList();

  private static final Map<PersonId, PersonRole> ROLES =
      Map.of(
          PERSONS.get(0), PersonRole.CONSUMER,
          PERSONS.get(1), PersonRole.SPOUSE,
          PERSONS.get(2), PersonRole.THIRD_PARTY,
          PERSONS.get(3), PersonRole.CONSUMER_ATTORNEY);

  private static final DebtorId DEBTOR = DebtorId.of("D-1");

  private static final Phone MOBILE =
      Phone.of("+12025550143", PhoneType.MOBILE).withAreaCodeZone(ZoneId.of("America/New_York"));
  private static final Phone LANDLINE = Phone.of("+13125550178", PhoneType.LANDLINE);
  private static final Email PERSONAL = Email.of("consumer@example.com", EmailType.PERSONAL);
  private static final Email WORK = Email.of("consumer@employer.example", EmailType.WORK);
  private static final PostalAddress HOME =
      PostalAddress.builder()
          .type(AddressType.HOME)
          .addLine("100 Main St")
          .city("Phoenix")
          .region("AZ")
          .postalCode("85001")
          .country("US")
          .zone(ZoneId.of("America/Phoenix"))
          .build();

  private static final List<Map.Entry<Integer, Channel>> CHANNEL_WEIGHTS =
      List.of(
          Map.entry(8, Channel.CALL),
          Map.entry(3, Channel.RINGLESS_VOICEMAIL),
          Map.entry(1, Channel.SMS),
          Map.entry(1, Channel.EMAIL),
          Map.entry(1, Channel.LETTER),
          Map.entry(1, Channel.VISIT),
          Map.entry(1, Channel.SOCIAL_DM));

  /** Outcomes of placed calls, about as often as a collections dialer records them. */
  private static final List<CallOutcome> FLOOR_OUTCOMES = floorOutcomes();

  private ContactGens() {}

  /**
   * Returns a generator of the persons of {@link #PERSONS}.
   *
   * @return the generator; edge cases are the consumer and the attorney
   */
  public static Gen<PersonId> persons() {
    return Gen.elements(PERSONS);
  }

  /**
   * Returns the role each person of {@link #PERSONS} has in every generated attempt.
   *
   * @param person a person of {@link #PERSONS}
   * @return the role
   * @throws IllegalArgumentException if the person is not one of {@link #PERSONS}
   */
  public static PersonRole roleOf(PersonId person) {
    PersonRole role = ROLES.get(Objects.requireNonNull(person, "person"));
    if (role == null) {
      throw new IllegalArgumentException("person must be one of ContactGens.PERSONS: " + person);
    }
    return role;
  }

  /**
   * Returns a generator of the debts of {@link #DEBTS}.
   *
   * @return the generator; edge cases are the first and the last debt
   */
  public static Gen<ReceivableId> debts() {
    return Gen.elements(DEBTS);
  }

  /**
   * Returns a generator of the zones of {@link #ZONES}.
   *
   * @return the generator; edge cases are New York, Santiago (whose day can start at 01:00), Lord
   *     Howe (half-hour daylight saving) and Kolkata (a half-hour offset)
   */
  public static Gen<ZoneId> zones() {
    return Gen.elements(ZONES)
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                ZoneId.of("America/New_York"),
                ZoneId.of("America/Santiago"),
                ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("Asia/Kolkata")));
  }

  /**
   * Returns a generator of the destinations that fit a channel: a phone for a call, a ringless
   * voicemail or a text, an email for an email, a postal address for a letter or a visit, and none
   * for a social media message; sometimes none on any channel, as when the host did not record it.
   *
   * @param channel the channel
   * @return the generator; its edge cases are no destination and each that fits
   */
  public static Gen<Optional<ContactPoint>> destinations(Channel channel) {
    List<ContactPoint> fitting =
        switch (channel) {
          case CALL, RINGLESS_VOICEMAIL, SMS -> List.of(MOBILE, LANDLINE);
          case EMAIL -> List.of(PERSONAL, WORK);
          case LETTER, VISIT -> List.of(HOME);
          case SOCIAL_DM -> List.of();
        };
    List<Optional<ContactPoint>> options = new ArrayList<>();
    options.add(Optional.empty());
    for (ContactPoint point : fitting) {
      options.add(Optional.of(point));
    }
    return Gen.elements(options).withoutEdgeCases().withEdgeCases(options);
  }

  /**
   * Returns a generator of valid contact attempts from {@link #FIRST_INSTANT} to {@link
   * #END_INSTANT}, mostly telephone calls the collector placed, with identifiers {@code A-0} to
   * {@code A-99999}.
   *
   * @return the generator; edge cases are one attempt for each valid combination of channel,
   *     direction and call outcome, with distinct identifiers
   */
  public static Gen<ContactAttempt> attempts() {
    return attemptsBetween(FIRST_INSTANT, END_INSTANT);
  }

  /**
   * Returns a generator of valid contact attempts in a window of instants, as {@link #attempts()}.
   *
   * @param startInclusive the first instant
   * @param endExclusive the instant after the last, at least a second after {@code startInclusive}
   * @return the generator
   * @throws IllegalArgumentException if the window is shorter than a second
   */
  public static Gen<ContactAttempt> attemptsBetween(Instant startInclusive, Instant endExclusive) {
    Gen<Instant> instants = boundaryInstants(startInclusive, endExclusive);
    Gen<Channel> channels = Gen.frequency(weightedChannels());
    return Gen.of(
        (random, size) -> {
          Channel channel = channels.next(random, size);
          Direction direction = random.nextInt(4) == 0 ? Direction.INBOUND : Direction.OUTBOUND;
          Optional<CallOutcome> outcome = outcomeFor(random, channel, direction);
          PersonId person = PERSONS.get(random.nextInt(PERSONS.size()));
          ContactAttempt.Builder builder =
              ContactAttempt.builder()
                  .id(ContactAttemptId.of("A-" + random.nextInt(100_000)))
                  .instant(instants.next(random, size))
                  .channel(channel)
                  .direction(direction)
                  .debtorId(DEBTOR)
                  .personId(person)
                  .personRole(roleOf(person))
                  .callOutcome(outcome)
                  .destination(destinations(channel).next(random, size));
          Set<ReceivableId> allocated = someDebts(random);
          Set<ReceivableId> discussed =
              outcome.map(ContactGens::canDiscuss).orElse(true) ? someDebts(random) : Set.of();
          Set<ReceivableId> raised = new LinkedHashSet<>();
          if (outcome.orElse(CallOutcome.BUSY) == CallOutcome.CONVERSATION) {
            for (ReceivableId debt : discussed) {
              if (random.nextInt(3) == 0) {
                raised.add(debt);
              }
            }
          }
          if (allocated.isEmpty()
              && needsAllocation(channel, direction, outcome, discussed, raised)) {
            allocated = Set.of(DEBTS.get(random.nextInt(DEBTS.size())));
          }
          boolean canConsent = personCommunicated(channel, direction, outcome);
          return builder
              .addAllAllocatedDebts(allocated)
              .addAllDiscussedDebts(discussed)
              .addAllPersonRaisedDebts(raised)
              .consentBearing(canConsent && random.nextInt(3) == 0)
              .build();
        },
        edgeAttempts(startInclusive));
  }

  /**
   * Returns a generator of counted calls placed to the persons of {@link #PERSONS} at the edges of
   * local days in a zone: at the start of a day from {@code firstDate} to {@code lastDate}, a
   * second or a nanosecond either side of it, or at local noon, so that a window of days in that
   * zone has calls just inside and just outside each end. Each call connected (it rang unanswered,
   * reached a voicemail, or was a ringless voicemail) and is allocated to one or two debts of
   * {@link #DEBTS}; the first and the last dates are favoured, as are daylight-saving switch days.
   *
   * @param zone the zone whose days are meant
   * @param firstDate the first date
   * @param lastDate the last date, not before {@code firstDate}
   * @return the generator, with identifiers {@code M-0} to {@code M-99999}
   * @throws IllegalArgumentException if {@code lastDate} is before {@code firstDate}
   */
  public static Gen<ContactAttempt> callsAtDayEdges(
      ZoneId zone, LocalDate firstDate, LocalDate lastDate) {
    Objects.requireNonNull(zone, "zone");
    Gen<LocalDate> dates =
        Gen.frequency(
            List.of(
                Map.entry(3, TimeGens.dates(firstDate, lastDate)),
                Map.entry(1, Gen.elements(firstDate, lastDate))));
    long[] nudges = {0, 0, -1, 1, -1_000_000_000L, 1_000_000_000L};
    return Gen.of(
        (random, size) -> {
          LocalDate date = dates.next(random, size);
          Instant instant =
              random.nextInt(6) == 0
                  ? date.atTime(12, 0).atZone(zone).toInstant()
                  : date.atStartOfDay(zone).toInstant().plusNanos(nudges[random.nextInt(6)]);
          PersonId person = PERSONS.get(random.nextInt(PERSONS.size()));
          boolean ringless = random.nextInt(4) == 0;
          Set<ReceivableId> debts = someDebts(random);
          if (debts.isEmpty()) {
            debts = Set.of(DEBTS.get(0));
          }
          return ContactAttempt.builder()
              .id(ContactAttemptId.of("M-" + random.nextInt(100_000)))
              .instant(instant)
              .channel(ringless ? Channel.RINGLESS_VOICEMAIL : Channel.CALL)
              .direction(Direction.OUTBOUND)
              .debtorId(DEBTOR)
              .personId(person)
              .personRole(roleOf(person))
              .callOutcome(
                  ringless
                      ? Optional.empty()
                      : Optional.of(
                          random.nextBoolean()
                              ? CallOutcome.NO_ANSWER
                              : CallOutcome.VOICEMAIL_NO_MESSAGE))
              .addAllAllocatedDebts(debts)
              .build();
        },
        List.of());
  }

  /**
   * Returns a generator of attempts at the scale of a portfolio, for benchmarks and load tests:
   * consumers {@code P-0} to {@code P-<persons - 1>}, consumer {@code P-i} owing debts {@code
   * R-i-0} to {@code R-i-<debtsPerPerson - 1>}, at instants spread evenly over a window, in the mix
   * a collections floor sees. Three attempts in four are calls: most placed calls ring unanswered,
   * the rest reach a voicemail, leave a limited-content message or a message about the debt, get a
   * busy signal or a "not in service" tone, drop, reach a wrong party or end in a conversation; one
   * call in ten is the consumer calling back and talking. Then ringless voicemails, texts, emails
   * and letters about the debt. Identifiers are {@code A-} and a random number below
   * 2<sup>40</sup>, so 10,000 draws rarely repeat one.
   *
   * @param persons the number of consumers, at least 1
   * @param debtsPerPerson the number of debts each owes, at least 1
   * @param startInclusive the first instant
   * @param endExclusive the instant after the last, at least a second after {@code startInclusive}
   * @return the generator, without edge cases
   * @throws IllegalArgumentException if a count is less than 1 or the window shorter than a second
   */
  public static Gen<ContactAttempt> portfolioAttempts(
      int persons, int debtsPerPerson, Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (persons < 1 || debtsPerPerson < 1) {
      throw new IllegalArgumentException(
          "persons and debts per person must be at least 1: " + persons + " and " + debtsPerPerson);
    }
    long first = startInclusive.getEpochSecond();
    long end = endExclusive.getEpochSecond();
    if (end - first < 1) {
      throw new IllegalArgumentException(
          "endExclusive must be at least a second after startInclusive: "
              + startInclusive
              + " then "
              + endExclusive);
    }
    return Gen.of(
        (random, size) -> {
          int p = random.nextInt(persons);
          PersonId person = PersonId.of("P-" + p);
          ReceivableId debt = ReceivableId.of("R-" + p + "-" + random.nextInt(debtsPerPerson));
          int kind = random.nextInt(100);
          Channel channel =
              kind < 75
                  ? Channel.CALL
                  : kind < 83
                      ? Channel.RINGLESS_VOICEMAIL
                      : kind < 92 ? Channel.SMS : kind < 97 ? Channel.EMAIL : Channel.LETTER;
          boolean callBack = channel == Channel.CALL && random.nextInt(10) == 0;
          Optional<CallOutcome> outcome =
              channel != Channel.CALL
                  ? Optional.empty()
                  : Optional.of(
                      callBack
                          ? CallOutcome.CONVERSATION
                          : FLOOR_OUTCOMES.get(random.nextInt(FLOOR_OUTCOMES.size())));
          boolean named =
              outcome
                  .map(o -> o == CallOutcome.CONVERSATION || o == CallOutcome.VOICEMAIL_LEFT)
                  .orElse(!channel.isTelephoneCall());
          return ContactAttempt.builder()
              .id(ContactAttemptId.of("A-" + random.nextLong(1L << 40)))
              .instant(Instant.ofEpochSecond(random.nextLong(first, end)))
              .channel(channel)
              .direction(callBack ? Direction.INBOUND : Direction.OUTBOUND)
              .debtorId(DebtorId.of("D-" + p))
              .personId(person)
              .personRole(PersonRole.CONSUMER)
              .callOutcome(outcome)
              .addAllocatedDebt(debt)
              .addAllDiscussedDebts(named ? Set.of(debt) : Set.of())
              .build();
        },
        List.of());
  }

  /**
   * Returns a generator of contact histories of up to 120 attempts of {@link #attempts()}.
   *
   * @return the generator; edge cases are the empty history, a history of each edge-case attempt,
   *     and the history of all of them
   */
  public static Gen<ContactHistory> histories() {
    return historiesOf(attempts());
  }

  /**
   * Returns a generator of contact histories of up to 120 attempts drawn from a generator; of
   * attempts with the same identifier only the first is kept.
   *
   * @param attempts the generator of the attempts
   * @return the generator; edge cases are the empty history, a history of each edge-case attempt
   *     and, when the attempts' edge cases have distinct identifiers, the history of all of them
   */
  public static Gen<ContactHistory> historiesOf(Gen<ContactAttempt> attempts) {
    Objects.requireNonNull(attempts, "attempts");
    List<ContactHistory> edges = new ArrayList<>();
    edges.add(ContactHistory.empty());
    List<ContactAttempt> edgeAttempts = attempts.edgeCases();
    if (distinctIds(edgeAttempts).size() == edgeAttempts.size() && !edgeAttempts.isEmpty()) {
      edges.add(ContactHistory.of(edgeAttempts));
    }
    return Gen.listOf(attempts, 0, 120)
        .map(list -> ContactHistory.of(distinctIds(list)))
        .withEdgeCases(edges);
  }

  private static List<ContactAttempt> distinctIds(List<ContactAttempt> attempts) {
    Map<ContactAttemptId, ContactAttempt> byId = new LinkedHashMap<>();
    for (ContactAttempt attempt : attempts) {
      byId.putIfAbsent(attempt.id(), attempt);
    }
    return List.copyOf(byId.values());
  }

  private static List<Map.Entry<Integer, Gen<Channel>>> weightedChannels() {
    List<Map.Entry<Integer, Gen<Channel>>> weighted = new ArrayList<>();
    for (Map.Entry<Integer, Channel> entry : CHANNEL_WEIGHTS) {
      weighted.add(Map.entry(entry.getKey(), Gen.constant(entry.getValue())));
    }
    return weighted;
  }

  /** Instants that often sit on a half hour, a second either side, or on one another. */
  private static Gen<Instant> boundaryInstants(Instant startInclusive, Instant endExclusive) {
    Gen<Instant> instants = TimeGens.instants(startInclusive, endExclusive);
    long first = startInclusive.getEpochSecond();
    long end = endExclusive.getEpochSecond();
    return Gen.of(
        (random, size) -> {
          Instant instant = instants.next(random, size);
          long second = instant.getEpochSecond();
          switch (random.nextInt(7)) {
            case 0 -> second = first + 7L * 3_600 * random.nextInt(12);
            case 1 -> second = second - Math.floorMod(second, 1_800) + random.nextInt(-1, 2);
            case 2 -> {
              return Instant.ofEpochSecond(second, random.nextInt(1, 1_000_000_000));
            }
            case 3 -> {
              ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
              LocalDate date = LocalDate.ofInstant(instant, zone);
              second = date.atStartOfDay(zone).toEpochSecond() + random.nextInt(-1, 2);
            }
            default -> {}
          }
          return Instant.ofEpochSecond(Math.max(first, Math.min(end - 1, second)));
        },
        instants.edgeCases());
  }

  private static Optional<CallOutcome> outcomeFor(
      RandomGenerator random, Channel channel, Direction direction) {
    return switch (channel) {
      case CALL -> {
        List<CallOutcome> outcomes = callOutcomes(direction);
        yield Optional.of(outcomes.get(random.nextInt(outcomes.size())));
      }
      case RINGLESS_VOICEMAIL -> {
        List<Optional<CallOutcome>> outcomes = voicemailOutcomes(direction);
        yield outcomes.get(random.nextInt(outcomes.size()));
      }
      case SMS, EMAIL, LETTER, VISIT, SOCIAL_DM -> Optional.empty();
    };
  }

  private static List<CallOutcome> callOutcomes(Direction direction) {
    List<CallOutcome> outcomes = new ArrayList<>(List.of(CallOutcome.values()));
    if (direction == Direction.INBOUND) {
      outcomes.remove(CallOutcome.LIMITED_CONTENT_MESSAGE);
    }
    return outcomes;
  }

  private static List<Optional<CallOutcome>> voicemailOutcomes(Direction direction) {
    List<Optional<CallOutcome>> outcomes = new ArrayList<>();
    outcomes.add(Optional.empty());
    outcomes.add(Optional.of(CallOutcome.VOICEMAIL_LEFT));
    if (direction == Direction.OUTBOUND) {
      outcomes.add(Optional.of(CallOutcome.LIMITED_CONTENT_MESSAGE));
    }
    return outcomes;
  }

  /**
   * Whether anything could have been said about a debt on a call with this outcome: a call that
   * dropped after a debt was discussed is a conversation, so one that dropped discussed none.
   */
  private static boolean canDiscuss(CallOutcome outcome) {
    return switch (outcome) {
      case VOICEMAIL_LEFT, CONVERSATION, WRONG_PARTY -> true;
      case BUSY,
          NOT_IN_SERVICE,
          NO_ANSWER,
          ANSWERED_DROPPED,
          VOICEMAIL_NO_MESSAGE,
          LIMITED_CONTENT_MESSAGE ->
          false;
    };
  }

  /**
   * Whether an attempt with these facts counts toward no debt unless the collector allocates it: a
   * conversation in which no debt was discussed, or a connected call the collector placed in which
   * it raised no debt (comment 14(b)(4)-1).
   */
  private static boolean needsAllocation(
      Channel channel,
      Direction direction,
      Optional<CallOutcome> outcome,
      Set<ReceivableId> discussed,
      Set<ReceivableId> raised) {
    if (outcome.equals(Optional.of(CallOutcome.CONVERSATION)) && discussed.isEmpty()) {
      return true;
    }
    boolean placedAndConnected =
        direction == Direction.OUTBOUND
            && channel.isTelephoneCall()
            && outcome.map(CallOutcome::isConnected).orElse(true);
    return placedAndConnected && raised.containsAll(discussed);
  }

  /** Whether the person said or wrote something, so could have given consent. */
  private static boolean personCommunicated(
      Channel channel, Direction direction, Optional<CallOutcome> outcome) {
    return switch (channel) {
      case CALL ->
          outcome.orElse(CallOutcome.BUSY) == CallOutcome.CONVERSATION
              || (direction == Direction.INBOUND
                  && outcome.orElse(CallOutcome.BUSY) == CallOutcome.VOICEMAIL_LEFT);
      case VISIT -> true;
      case RINGLESS_VOICEMAIL, SMS, EMAIL, LETTER, SOCIAL_DM -> direction == Direction.INBOUND;
    };
  }

  private static Set<ReceivableId> someDebts(RandomGenerator random) {
    Set<ReceivableId> debts = new LinkedHashSet<>();
    int count = random.nextInt(4) == 0 ? 0 : random.nextInt(4) == 0 ? 2 : 1;
    while (debts.size() < count) {
      debts.add(DEBTS.get(random.nextInt(DEBTS.size())));
    }
    return debts;
  }

  /** One attempt per valid channel, direction and outcome, a minute apart, to the consumer. */
  private static List<ContactAttempt> edgeAttempts(Instant start) {
    List<ContactAttempt> edges = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      for (Direction direction : Direction.values()) {
        List<Optional<CallOutcome>> outcomes =
            switch (channel) {
              case CALL -> callOutcomes(direction).stream().map(Optional::of).toList();
              case RINGLESS_VOICEMAIL -> voicemailOutcomes(direction);
              case SMS, EMAIL, LETTER, VISIT, SOCIAL_DM -> List.of(Optional.empty());
            };
        for (Optional<CallOutcome> outcome : outcomes) {
          int n = edges.size();
          ReceivableId debt = DEBTS.get(n % DEBTS.size());
          boolean discuss = outcome.map(ContactGens::canDiscuss).orElse(true);
          edges.add(
              ContactAttempt.builder()
                  .id(ContactAttemptId.of("E-" + n))
                  .instant(start.plusSeconds(60L * n))
                  .channel(channel)
                  .direction(direction)
                  .debtorId(DEBTOR)
                  .personId(PERSONS.get(0))
                  .personRole(roleOf(PERSONS.get(0)))
                  .callOutcome(outcome)
                  .addAllocatedDebt(DEBTS.get((n + 1) % DEBTS.size()))
                  .addAllDiscussedDebts(discuss ? Set.of(debt) : Set.of())
                  .consentBearing(personCommunicated(channel, direction, outcome))
                  .build());
        }
      }
    }
    return edges;
  }

  private static List<CallOutcome> floorOutcomes() {
    List<CallOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      outcomes.add(CallOutcome.NO_ANSWER);
    }
    for (int i = 0; i < 3; i++) {
      outcomes.add(CallOutcome.LIMITED_CONTENT_MESSAGE);
      outcomes.add(CallOutcome.CONVERSATION);
    }
    outcomes.addAll(
        List.of(
            CallOutcome.VOICEMAIL_NO_MESSAGE,
            CallOutcome.VOICEMAIL_NO_MESSAGE,
            CallOutcome.BUSY,
            CallOutcome.BUSY,
            CallOutcome.NOT_IN_SERVICE,
            CallOutcome.ANSWERED_DROPPED,
            CallOutcome.WRONG_PARTY,
            CallOutcome.VOICEMAIL_LEFT));
    return List.copyOf(outcomes);
  }

  private static List<ZoneId> zoneList() {
    List<ZoneId> zones = new ArrayList<>(TimeGens.US_ZONES);
    for (String zone :
        List.of(
            "UTC",
            "Europe/London",
            "Asia/Kolkata",
            "Asia/Kathmandu",
            "Australia/Lord_Howe",
            "America/Santiago",
            "America/Havana",
            "America/St_Johns",
            "Pacific/Chatham",
            "Pacific/Kiritimati")) {
      zones.add(ZoneId.of(zone));
    }
    return List.copyOf(zones);
  }
}
