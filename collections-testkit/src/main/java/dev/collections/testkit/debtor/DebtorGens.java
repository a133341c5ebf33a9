package dev.collections.testkit.debtor;

import dev.collections.core.debtor.AddressType;
import dev.collections.core.debtor.AttorneyRepresentation;
import dev.collections.core.debtor.Bankruptcy;
import dev.collections.core.debtor.BankruptcyChapter;
import dev.collections.core.debtor.BlockedTime;
import dev.collections.core.debtor.CeaseRequest;
import dev.collections.core.debtor.Consent;
import dev.collections.core.debtor.ConsentScope;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.Death;
import dev.collections.core.debtor.DebtScope;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorKind;
import dev.collections.core.debtor.DesignationSource;
import dev.collections.core.debtor.Dispute;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.EmailType;
import dev.collections.core.debtor.InconvenientPlace;
import dev.collections.core.debtor.InconvenientTimes;
import dev.collections.core.debtor.Medium;
import dev.collections.core.debtor.MediumOptOut;
import dev.collections.core.debtor.MilitaryService;
import dev.collections.core.debtor.Person;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.PersonRole;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PhoneType;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.core.debtor.StatusEvent;
import dev.collections.testkit.Gen;
import dev.collections.testkit.time.TimeGens;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of debtors, their contact points and persons, debt scopes, blocked times and every
 * kind of status event.
 *
 * <p>Instants fall between {@link #FIRST_INSTANT} and {@link #END_INSTANT}, favouring the US
 * daylight-saving switches ({@link TimeGens#instants(Instant, Instant)}); an event's end, when it
 * has one, is at or after its start, and one end in five equals the start (an event never in
 * force). Debts are named from {@link #DEBT_IDS}. Events that name persons name only the debtor and
 * its persons, so every generated debtor is valid. Names, numbers and addresses are unusual enough
 * that a test can check they never leak into {@code toString}.
 *
 * <pre>{@code
 * Property.forAll(DebtorGens.debtors()).check(d -> assertEquals(d, rebuild(d)));
 * Property.forAll(DebtorGens.debtors().flatMap(d -> DebtorGens.statusEvents(d)))...
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class DebtorGens {

  /** The earliest instant the generators give. */
  public static final Instant FIRST_INSTANT = Instant.parse("2020-01-01T00:00:00Z");

  /** The instant after the latest the generators give for a start. */
  public static final Instant END_INSTANT = Instant.parse("2030-01-01T00:00:00Z");

  /** The debt identifiers the scopes name. */
  public static final List<String> DEBT_IDS = List.of("INV-1", "INV-2", "INV-3", "SL-1");

  /** The longest span, in seconds, from an event's start to its end: about two years. */
  private static final long LONGEST_SPAN_SECONDS = Duration.ofDays(731).toSeconds();

  private static final List<String> FIRST_NAMES =
      List.of("Xiomara", "Quillon", "Zebediah", "Ysolde", "Wystan", "Ottoline");

  private static final List<String> LAST_NAMES =
      List.of("Vexley", "Qorvath", "Zindel", "Yarrowby", "Quaintance");

  private static final List<String> CITIES =
      List.of("Quartzsite", "Zzyzx", "Yreka", "Xenia", "Kalaupapa");

  /** The United States and the territories that use its ZIP codes. */
  private static final Set<String> ZIP_COUNTRIES =
      Set.of("US", "PR", "VI", "GU", "AS", "MP", "UM", "MH", "FM", "PW");

  private static final List<PersonRole> OTHER_ROLES =
      List.of(
          PersonRole.SPOUSE,
          PersonRole.PARENT_OF_MINOR,
          PersonRole.GUARDIAN,
          PersonRole.ESTATE_REPRESENTATIVE,
          PersonRole.CONFIRMED_SUCCESSOR_IN_INTEREST,
          PersonRole.CONSUMER_ATTORNEY,
          PersonRole.THIRD_PARTY);

  private DebtorGens() {}

  /**
   * Returns a generator of instants from {@link #FIRST_INSTANT} inclusive to {@link #END_INSTANT}
   * exclusive.
   *
   * @return the generator; edge cases are the ends and the US daylight-saving transitions of 2020
   *     and 2030
   */
  public static Gen<Instant> instants() {
    return TimeGens.instants(FIRST_INSTANT, END_INSTANT);
  }

  /**
   * Returns a generator of debt identifiers from {@link #DEBT_IDS}.
   *
   * @return the generator; edge cases are the first and last identifier
   */
  public static Gen<String> debtIds() {
    return Gen.elements(DEBT_IDS);
  }

  /**
   * Returns a generator of debt scopes: all debts, or one to three of {@link #DEBT_IDS}.
   *
   * @return the generator; edge cases are all debts and the scope of {@code INV-1}
   */
  public static Gen<DebtScope> debtScopes() {
    Gen<DebtScope> named = Gen.setOf(debtIds(), 1, 3).map(DebtScope::of);
    return Gen.<DebtScope>frequency(
            List.of(Map.entry(1, Gen.constant(DebtScope.allDebts())), Map.entry(2, named)))
        .withoutEdgeCases()
        .withEdgeCases(List.of(DebtScope.allDebts(), DebtScope.ofDebt(DEBT_IDS.get(0))));
  }

  /**
   * Returns a generator of phones of every type, in E.164 form with 7 to 15 digits, half of them
   * with an area-code zone from {@link TimeGens#usZones()}.
   *
   * @return the generator; edge cases are a mobile with an Eastern zone, a landline with none, and
   *     the shortest and longest numbers
   */
  public static Gen<Phone> phones() {
    Gen<String> numbers =
        Gen.of(
            (random, size) -> {
              int digits = 7 + random.nextInt(9);
              StringBuilder number = new StringBuilder("+").append(1 + random.nextInt(9));
              for (int i = 1; i < digits; i++) {
                number.append(random.nextInt(10));
              }
              return number.toString();
            },
            List.of("+12025550143"));
    Gen<Phone> plain = Gen.zip(numbers, Gen.enums(PhoneType.class), Phone::of);
    Gen<Phone> zoned = Gen.zip(plain, TimeGens.usZones(), Phone::withAreaCodeZone);
    return Gen.oneOf(List.of(plain, zoned))
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                Phone.of("+12025550143", PhoneType.MOBILE)
                    .withAreaCodeZone(ZoneId.of("America/New_York")),
                Phone.of("+13035550199", PhoneType.LANDLINE),
                Phone.of("+1234567", PhoneType.WORK),
                Phone.of("+999999999999999", PhoneType.VOIP)
                    .withAreaCodeZone(ZoneId.of("Pacific/Pago_Pago"))));
  }

  /**
   * Returns a generator of email addresses, personal and work.
   *
   * @return the generator; edge cases are the shortest address and a work address
   */
  public static Gen<Email> emails() {
    Gen<String> addresses =
        Gen.zip(
            Gen.elements(FIRST_NAMES),
            Gen.integers(0, 9_999),
            Gen.elements("example.com", "mail.example.org", "employer.example"),
            (name, n, domain) -> name.toLowerCase(Locale.ROOT) + n + "@" + domain);
    return Gen.zip(addresses, Gen.enums(EmailType.class), Email::of)
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                Email.of("a@b.co", EmailType.PERSONAL),
                Email.of("wystan.q@employer.example", EmailType.WORK)));
  }

  /**
   * Returns a generator of US postal addresses of every type, with one to four lines, a ZIP+4 code
   * and a zone from {@link TimeGens#usZones()}.
   *
   * @return the generator; edge cases are a one-line home address in Eastern time and a four-line
   *     work address in American Samoa
   */
  public static Gen<PostalAddress> postalAddresses() {
    Gen<String> zipCodes =
        Gen.zip(
            Gen.integers(10_000, 99_999),
            Gen.integers(1_000, 9_999),
            (zip, plus) -> zip + "-" + plus);
    Gen<List<String>> lines =
        Gen.listOf(
            Gen.zip(
                Gen.integers(1, 99_999),
                Gen.elements(LAST_NAMES),
                (n, street) -> n + " " + street + " Lane"),
            1,
            4);
    Gen<PostalAddress> random =
        Gen.zip(
            Gen.zip(Gen.enums(AddressType.class), lines, AddressHead::new),
            Gen.zip(Gen.elements(CITIES), zipCodes, Locality::new),
            TimeGens.usZones(),
            (head, locality, zone) ->
                PostalAddress.builder()
                    .type(head.type())
                    .addAllLines(head.lines())
                    .city(locality.city())
                    .region("ZZ")
                    .postalCode(locality.postalCode())
                    .country("US")
                    .zone(zone)
                    .build());
    return random
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                address(AddressType.HOME, List.of("1 Vexley Lane"), "America/New_York"),
                address(
                    AddressType.WORK,
                    List.of("Suite 9", "99999 Zindel Lane", "Building Q", "Floor 7"),
                    "Pacific/Pago_Pago")));
  }

  /**
   * Returns a generator of contact points: phones, emails and postal addresses.
   *
   * @return the generator, with the edge cases of each
   */
  public static Gen<ContactPoint> contactPoints() {
    return Gen.oneOf(List.of(phones(), emails(), postalAddresses()));
  }

  /**
   * Returns a generator of contact points that reach {@linkplain
   * ContactPoint#isSameDestinationAs(ContactPoint) the same destination} as a given one, recorded
   * again as a host might record it: a phone with the same number, of any type, with any zone or
   * none; an email in other letter case, of either type; an address of any type, zone and region,
   * with its lines in other case and spacing, a full stop or comma after some, two lines sometimes
   * joined into one, its postal code re-cased with a space in it (a ZIP+4 sometimes cut to its
   * ZIP), and another city where it has a postal code or its city re-cased where it has none. A
   * property such as "an opt-out of a number covers every record of that number" draws from it.
   *
   * @param point the contact point every generated one reaches
   * @return the generator; its edge case is {@code point} itself
   * @throws NullPointerException if {@code point} is null
   */
  public static Gen<ContactPoint> sameDestinations(ContactPoint point) {
    Objects.requireNonNull(point, "point");
    return Gen.of(
        (random, size) -> {
          if (point instanceof Phone phone) {
            Phone same = Phone.of(phone.number(), pick(random, PhoneType.values()));
            return random.nextBoolean()
                ? same
                : same.withAreaCodeZone(pick(random, TimeGens.US_ZONES));
          }
          if (point instanceof Email email) {
            return Email.of(recased(random, email.address()), pick(random, EmailType.values()));
          }
          return sameAddress(random, (PostalAddress) point);
        },
        List.of(point));
  }

  /**
   * Returns a generator of display names, unusual enough to find in any text they leak into.
   *
   * @return the generator
   */
  public static Gen<String> displayNames() {
    return Gen.zip(Gen.elements(FIRST_NAMES), Gen.elements(LAST_NAMES), (f, l) -> f + " " + l);
  }

  /**
   * Returns a generator of persons around a consumer, in every role but the consumer's, with up to
   * two contact points of each kind.
   *
   * @param id the identifier every generated person gets
   * @return the generator
   * @throws NullPointerException if {@code id} is null
   */
  public static Gen<Person> persons(PersonId id) {
    Objects.requireNonNull(id, "id");
    return Gen.zip(
        Gen.zip(Gen.elements(OTHER_ROLES), displayNames(), Role::new),
        Gen.listOf(phones(), 0, 2),
        Gen.zip(Gen.listOf(emails(), 0, 2), Gen.listOf(postalAddresses(), 0, 2), Mail::new),
        (role, phones, mail) ->
            Person.builder()
                .id(id)
                .role(role.role())
                .displayName(role.name())
                .addAllPhones(phones)
                .addAllEmails(mail.emails())
                .addAllAddresses(mail.addresses())
                .build());
  }

  /**
   * Returns a generator of blocked times: weekly windows, whole days, date ranges, and days within
   * dates, with windows that end at midnight among them.
   *
   * @return the generator; edge cases are weekdays 15:00 to 17:00, the weekend, and a late-evening
   *     window to midnight
   */
  public static Gen<BlockedTime> blockedTimes() {
    Gen<Set<DayOfWeek>> days = Gen.setOf(Gen.enums(DayOfWeek.class), 1, 7);
    Gen<LocalTime> starts = Gen.integers(0, 23 * 60).map(m -> LocalTime.of(m / 60, m % 60));
    Gen<BlockedTime> weekly =
        Gen.zip(
            days,
            starts,
            Gen.integers(1, 24 * 60),
            (d, start, minutes) -> {
              int end = start.getHour() * 60 + start.getMinute() + minutes;
              LocalTime endExclusive =
                  end >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60);
              return BlockedTime.ofWeekly(d, start, endExclusive);
            });
    Gen<LocalDate> dates = TimeGens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31));
    Gen<BlockedTime> dateRanges =
        Gen.zip(
            dates,
            Gen.integers(0, 400),
            (first, length) -> BlockedTime.ofDates(first, first.plusDays(length)));
    Gen<BlockedTime> daysWithinDates =
        Gen.zip(
            days,
            dates,
            Gen.booleans(),
            (d, date, through) -> {
              BlockedTime.Builder builder = BlockedTime.builder();
              builder.addAllDays(d);
              return (through ? builder.lastDate(date) : builder.firstDate(date)).build();
            });
    return Gen.oneOf(
            List.of(weekly, days.map(BlockedTime::ofWholeDays), dateRanges, daysWithinDates))
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                BlockedTime.ofWeekly(
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(15, 0),
                    LocalTime.of(17, 0)),
                BlockedTime.ofWholeDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
                BlockedTime.ofWeekly(
                    EnumSet.allOf(DayOfWeek.class), LocalTime.of(20, 59, 59), LocalTime.MIDNIGHT)));
  }

  /**
   * Returns a generator of attorney representations by one attorney, open or withdrawn.
   *
   * @param attorneyId the attorney every representation names
   * @return the generator
   * @throws NullPointerException if {@code attorneyId} is null
   */
  public static Gen<AttorneyRepresentation> attorneyRepresentations(PersonId attorneyId) {
    Objects.requireNonNull(attorneyId, "attorneyId");
    return Gen.zip(
        Gen.zip(debtScopes(), Gen.booleans(), ScopeFlag::new),
        spans(),
        (scope, span) ->
            AttorneyRepresentation.builder()
                .debts(scope.scope())
                .attorneyId(attorneyId)
                .nameAndAddressKnown(scope.flag())
                .knownAt(span.start())
                .withdrawnAt(span.end())
                .build());
  }

  /**
   * Returns a generator of cease requests through every written medium.
   *
   * @return the generator
   */
  public static Gen<CeaseRequest> ceaseRequests() {
    return Gen.zip(
        debtScopes(),
        Gen.enums(Medium.class).filter(m -> m != Medium.TELEPHONE),
        instants(),
        (scope, medium, known) ->
            CeaseRequest.builder().debts(scope).medium(medium).knownAt(known).build());
  }

  /**
   * Returns a generator of disputes, written and oral, open and resolved.
   *
   * @return the generator
   */
  public static Gen<Dispute> disputes() {
    return Gen.zip(
        Gen.zip(debtScopes(), Gen.booleans(), ScopeFlag::new),
        spans(),
        (scope, span) ->
            Dispute.builder()
                .debts(scope.scope())
                .written(scope.flag())
                .knownAt(span.start())
                .resolvedAt(span.end())
                .build());
  }

  /**
   * Returns a generator of bankruptcies of every chapter, open, dismissed or discharged, with and
   * without a case number.
   *
   * @return the generator
   */
  public static Gen<Bankruptcy> bankruptcies() {
    Gen<LocalDate> filed = TimeGens.dates(LocalDate.of(2019, 6, 1), LocalDate.of(2029, 12, 31));
    return Gen.zip(
        Gen.zip(Gen.enums(BankruptcyChapter.class), filed, Filing::new),
        Gen.zip(Gen.integers(0, 2), Gen.integers(0, 1_500), Ending::new),
        Gen.zip(Gen.booleans(), instants(), Known::new),
        (filing, ending, known) -> {
          Bankruptcy.Builder builder =
              Bankruptcy.builder()
                  .chapter(filing.chapter())
                  .filedOn(filing.filedOn())
                  .knownAt(known.at());
          if (known.flag()) {
            builder.caseNumber("BK#" + filing.filedOn().getYear() + "/" + ending.days());
          }
          LocalDate ended = filing.filedOn().plusDays(ending.days());
          if (ending.how() == 1) {
            builder.dismissedOn(ended);
          } else if (ending.how() == 2) {
            builder.dischargedOn(ended);
          }
          return builder.build();
        });
  }

  /**
   * Returns a generator of deaths, with and without a date of death.
   *
   * @return the generator
   */
  public static Gen<Death> deaths() {
    return Gen.zip(
        Gen.booleans(),
        instants(),
        (dated, known) -> {
          Death.Builder builder = Death.builder().knownAt(known);
          if (dated) {
            builder.dateOfDeath(LocalDate.ofInstant(known, ZoneOffset.UTC).minusDays(10));
          }
          return builder.build();
        });
  }

  /**
   * Returns a generator of periods of military service, open and ended, one day long and more.
   *
   * @return the generator
   */
  public static Gen<MilitaryService> militaryService() {
    return Gen.zip(
        TimeGens.dates(LocalDate.of(2015, 1, 1), LocalDate.of(2029, 12, 31)),
        Gen.integers(-1, 2_000),
        instants(),
        (first, length, known) -> {
          MilitaryService.Builder builder =
              MilitaryService.builder().activeDutyFirstDay(first).knownAt(known);
          if (length >= 0) {
            builder.activeDutyLastDay(first.plusDays(length));
          }
          return builder.build();
        });
  }

  /**
   * Returns a generator of inconvenient-time designations for a person, with one to three blocked
   * times, in the person's local time or a named zone, from either source, lasting or lifted.
   *
   * @param personId the person every designation names
   * @return the generator
   * @throws NullPointerException if {@code personId} is null
   */
  public static Gen<InconvenientTimes> inconvenientTimes(PersonId personId) {
    Objects.requireNonNull(personId, "personId");
    Gen<Optional<ZoneId>> zones = optional(TimeGens.usZones());
    return Gen.zip(
        Gen.zip(Gen.listOf(blockedTimes(), 1, 3), zones, Blocks::new),
        Gen.enums(DesignationSource.class),
        spans(),
        (blocks, source, span) ->
            InconvenientTimes.builder()
                .personId(personId)
                .addAllBlocks(blocks.blocks())
                .zone(blocks.zone())
                .source(source)
                .knownAt(span.start())
                .liftedAt(span.end())
                .build());
  }

  /**
   * Returns a generator of inconvenient-place designations for a person: a kind of place or one
   * contact point, from either source, lasting or lifted.
   *
   * @param personId the person every designation names
   * @return the generator
   * @throws NullPointerException if {@code personId} is null
   */
  public static Gen<InconvenientPlace> inconvenientPlaces(PersonId personId) {
    Objects.requireNonNull(personId, "personId");
    Gen<Place> places =
        Gen.oneOf(
            List.of(
                Gen.enums(AddressType.class).map(t -> new Place(Optional.of(t), Optional.empty())),
                contactPoints().map(c -> new Place(Optional.empty(), Optional.of(c)))));
    return Gen.zip(
        places,
        Gen.enums(DesignationSource.class),
        spans(),
        (place, source, span) ->
            InconvenientPlace.builder()
                .personId(personId)
                .placeType(place.type())
                .contactPoint(place.contactPoint())
                .source(source)
                .knownAt(span.start())
                .liftedAt(span.end())
                .build());
  }

  /**
   * Returns a generator of medium opt-outs by a person: of every medium, whole or of one contact
   * point the medium reaches, lasting or revoked.
   *
   * @param personId the person every opt-out names
   * @return the generator
   * @throws NullPointerException if {@code personId} is null
   */
  public static Gen<MediumOptOut> optOuts(PersonId personId) {
    Objects.requireNonNull(personId, "personId");
    Gen<Channel> channels = Gen.enums(Medium.class).flatMap(DebtorGens::channels);
    return Gen.zip(
        channels,
        spans(),
        (channel, span) ->
            MediumOptOut.builder()
                .personId(personId)
                .medium(channel.medium().orElseThrow())
                .contactPoint(channel.contactPoint())
                .knownAt(span.start())
                .revokedAt(span.end())
                .build());
  }

  /**
   * Returns a generator of consents of every scope given by one of some persons; a third-party
   * consent names another of them, or the giver when there is only one.
   *
   * @param personIds the persons who may give consent, at least one
   * @return the generator
   * @throws IllegalArgumentException if {@code personIds} is empty
   * @throws NullPointerException if {@code personIds} is null
   */
  public static Gen<Consent> consents(List<PersonId> personIds) {
    List<PersonId> persons = List.copyOf(personIds);
    if (persons.isEmpty()) {
      throw new IllegalArgumentException("personIds must not be empty: []");
    }
    Gen<ConsentScope> scopes = Gen.enums(ConsentScope.class);
    Gen<Grant> grants =
        Gen.zip(
            scopes,
            Gen.elements(persons),
            Gen.elements(persons),
            (scope, giver, other) -> new Grant(scope, giver, other));
    Gen<Grant> withChannel =
        grants.flatMap(grant -> consentChannels(grant.scope()).map(grant::withChannel));
    return Gen.zip(
        Gen.zip(withChannel, debtScopes(), (grant, scope) -> grant.withDebts(scope)),
        Gen.zip(spans(), Gen.longs(0, LONGEST_SPAN_SECONDS), Timing::new),
        Gen.zip(Gen.integers(0, 3), Gen.longs(0, LONGEST_SPAN_SECONDS), Ends::new),
        DebtorGens::consent);
  }

  /**
   * Returns a generator of status events of every kind that name only a debtor and its persons:
   * representations only when the debtor has a person in the role of the consumer's attorney.
   *
   * @param debtor the debtor whose persons the events may name
   * @return the generator
   * @throws NullPointerException if {@code debtor} is null
   */
  public static Gen<StatusEvent> statusEvents(Debtor debtor) {
    Objects.requireNonNull(debtor, "debtor");
    List<PersonId> persons = new ArrayList<>();
    persons.add(debtor.personId());
    List<PersonId> attorneys = new ArrayList<>();
    for (Person person : debtor.persons()) {
      persons.add(person.id());
      if (person.role() == PersonRole.CONSUMER_ATTORNEY) {
        attorneys.add(person.id());
      }
    }
    Gen<PersonId> anyPerson = Gen.elements(persons);
    List<Gen<? extends StatusEvent>> kinds = new ArrayList<>();
    kinds.add(ceaseRequests());
    kinds.add(disputes());
    kinds.add(bankruptcies());
    kinds.add(deaths());
    kinds.add(militaryService());
    kinds.add(anyPerson.flatMap(DebtorGens::inconvenientTimes));
    kinds.add(anyPerson.flatMap(DebtorGens::inconvenientPlaces));
    kinds.add(anyPerson.flatMap(DebtorGens::optOuts));
    kinds.add(consents(persons));
    if (!attorneys.isEmpty()) {
      kinds.add(Gen.elements(attorneys).flatMap(DebtorGens::attorneyRepresentations));
    }
    return Gen.oneOf(kinds);
  }

  /**
   * Returns a generator of debtors, consumer and commercial, with up to three contact points of
   * each kind, up to two explicit zones, up to four persons (one of them often the consumer's
   * attorney) and up to twelve status events of every kind.
   *
   * @return the generator; edge cases include a debtor with nothing but its name and a debtor with
   *     one event of each kind
   */
  public static Gen<Debtor> debtors() {
    Gen<List<Person>> persons =
        Gen.integers(0, 4)
            .flatMap(
                count -> {
                  List<Gen<Person>> each = new ArrayList<>();
                  for (int i = 1; i <= count; i++) {
                    each.add(persons(PersonId.of("P-" + i)));
                  }
                  return sequence(each);
                });
    Gen<Debtor> bare =
        Gen.zip(
            Gen.zip(
                Gen.zip(Gen.integers(1, 99_999), Gen.enums(DebtorKind.class), DebtorHead::new),
                displayNames(),
                Gen.setOf(TimeGens.usZones(), 0, 2),
                Identity::new),
            Gen.zip(
                Gen.listOf(phones(), 0, 3),
                Gen.listOf(emails(), 0, 3),
                Gen.listOf(postalAddresses(), 0, 3),
                Points::new),
            persons,
            DebtorGens::debtor);
    Gen<Debtor> withEvents =
        bare.flatMap(
            debtor ->
                Gen.listOf(statusEvents(debtor), 0, 12)
                    .map(
                        events -> {
                          Debtor result = debtor;
                          for (StatusEvent event : events) {
                            result = result.withEvent(event);
                          }
                          return result;
                        }));
    return withEvents.withoutEdgeCases().withEdgeCases(List.of(minimal(), everyKind()));
  }

  /** A consumer with nothing but an id, a kind and a name. */
  private static Debtor minimal() {
    return Debtor.builder()
        .id(DebtorId.of("D-0"))
        .kind(DebtorKind.CONSUMER)
        .displayName("Ottoline Quaintance")
        .build();
  }

  /** A consumer in two zones with an attorney and one event of each kind. */
  private static Debtor everyKind() {
    Instant known = Instant.parse("2024-03-10T07:00:00Z");
    PersonId consumer = PersonId.of("D-1");
    PersonId attorney = PersonId.of("P-1");
    Phone mobile =
        Phone.of("+12025550143", PhoneType.MOBILE).withAreaCodeZone(ZoneId.of("America/New_York"));
    return Debtor.builder()
        .id(DebtorId.of("D-1"))
        .kind(DebtorKind.CONSUMER)
        .displayName("Zebediah Vexley")
        .addPhones(mobile)
        .addAddresses(address(AddressType.HOME, List.of("1 Vexley Lane"), "America/Los_Angeles"))
        .addPersons(
            Person.builder()
                .id(attorney)
                .role(PersonRole.CONSUMER_ATTORNEY)
                .displayName("Ysolde Zindel")
                .build())
        .addEvent(
            AttorneyRepresentation.builder()
                .debts(DebtScope.ofDebt("INV-1"))
                .attorneyId(attorney)
                .nameAndAddressKnown(true)
                .knownAt(known)
                .build())
        .addEvent(
            CeaseRequest.builder()
                .debts(DebtScope.ofDebt("INV-2"))
                .medium(Medium.POSTAL_MAIL)
                .knownAt(known)
                .build())
        .addEvent(
            Dispute.builder()
                .debts(DebtScope.allDebts())
                .written(true)
                .knownAt(known)
                .resolvedAt(known.plusSeconds(86_400))
                .build())
        .addEvent(
            Bankruptcy.builder()
                .chapter(BankruptcyChapter.CHAPTER_13)
                .filedOn(LocalDate.of(2024, 3, 1))
                .caseNumber("BK#2024/10001")
                .knownAt(known)
                .build())
        .addEvent(Death.builder().knownAt(known.plusSeconds(3_600)).build())
        .addEvent(
            MilitaryService.builder()
                .activeDutyFirstDay(LocalDate.of(2023, 1, 1))
                .activeDutyLastDay(LocalDate.of(2024, 12, 31))
                .knownAt(known)
                .build())
        .addEvent(
            InconvenientTimes.builder()
                .personId(consumer)
                .addBlock(BlockedTime.ofWholeDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)))
                .source(DesignationSource.CONSUMER)
                .knownAt(known)
                .build())
        .addEvent(
            InconvenientPlace.builder()
                .personId(consumer)
                .placeType(AddressType.WORK)
                .source(DesignationSource.CREDITOR_FILE_NOTE)
                .knownAt(known)
                .build())
        .addEvent(
            MediumOptOut.builder()
                .personId(consumer)
                .medium(Medium.TEXT_MESSAGE)
                .contactPoint(mobile)
                .knownAt(known)
                .revokedAt(known)
                .build())
        .addEvent(
            Consent.builder()
                .scope(ConsentScope.CALL_FREQUENCY)
                .personId(consumer)
                .debts(DebtScope.ofDebt("INV-3"))
                .knownAt(known)
                .endAt(known.plus(Duration.ofDays(7)))
                .build())
        .build();
  }

  private static Debtor debtor(Identity identity, Points points, List<Person> persons) {
    return Debtor.builder()
        .id(DebtorId.of("D-" + identity.head().number()))
        .kind(identity.head().kind())
        .displayName(identity.name())
        .addAllPhones(points.phones())
        .addAllEmails(points.emails())
        .addAllAddresses(points.addresses())
        .addAllExplicitZones(identity.zones())
        .addAllPersons(persons)
        .build();
  }

  private static Consent consent(Grant grant, Timing timing, Ends ends) {
    Instant known = timing.span().start();
    Instant start = known.plusSeconds(timing.startOffset() % 4 == 0 ? timing.startOffset() : 0);
    Consent.Builder builder =
        Consent.builder()
            .scope(grant.scope())
            .personId(grant.giver())
            .debts(grant.debts())
            .medium(grant.medium())
            .contactPoint(grant.contactPoint())
            .knownAt(known)
            .startAt(start);
    if (grant.scope() == ConsentScope.THIRD_PARTY_COMMUNICATION) {
      builder.thirdPartyId(grant.other());
    }
    if (ends.which() == 0 || ends.which() == 2) {
      builder.endAt(start.plusSeconds(ends.seconds()));
    }
    if (ends.which() == 1 || ends.which() == 2) {
      builder.revokedAt(timing.span().end().orElse(known.plusSeconds(ends.seconds())));
    }
    return builder.build();
  }

  /** The media and contact points a consent of a scope may name. */
  private static Gen<Channel> consentChannels(ConsentScope scope) {
    if (scope.impliedMedium().isPresent()) {
      Medium medium = scope.impliedMedium().get();
      Gen<Channel> named =
          reachable(medium).map(c -> new Channel(Optional.of(medium), Optional.of(c)));
      return Gen.zip(
          named,
          Gen.booleans(),
          (channel, explicit) ->
              new Channel(
                  explicit ? Optional.of(medium) : Optional.empty(), channel.contactPoint()));
    }
    Gen<Channel> anyMedium =
        Gen.frequency(
            List.of(
                Map.entry(1, Gen.constant(new Channel(Optional.empty(), Optional.empty()))),
                Map.entry(2, Gen.enums(Medium.class).flatMap(DebtorGens::channels))));
    return anyMedium;
  }

  /** A medium alone or with a contact point it reaches. */
  private static Gen<Channel> channels(Medium medium) {
    Channel whole = new Channel(Optional.of(medium), Optional.empty());
    if (medium == Medium.SOCIAL_MEDIA) {
      return Gen.constant(whole);
    }
    Gen<Channel> one = reachable(medium).map(c -> new Channel(Optional.of(medium), Optional.of(c)));
    return Gen.oneOf(List.of(Gen.constant(whole), one));
  }

  /** The contact points a medium reaches; never called for social media. */
  private static Gen<? extends ContactPoint> reachable(Medium medium) {
    return switch (medium) {
      case TELEPHONE, TEXT_MESSAGE -> phones();
      case EMAIL -> emails();
      case POSTAL_MAIL, IN_PERSON, SOCIAL_MEDIA -> postalAddresses();
    };
  }

  /**
   * A start instant and an end at or after it, or none: one span in three is open, one closed span
   * in five ends where it starts.
   */
  private static Gen<Span> spans() {
    return Gen.zip(
        instants(),
        Gen.integers(0, 14),
        Gen.longs(1, LONGEST_SPAN_SECONDS),
        (start, pick, seconds) -> {
          if (pick < 5) {
            return new Span(start, Optional.empty());
          }
          return new Span(start, Optional.of(start.plusSeconds(pick < 7 ? 0 : seconds)));
        });
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return Gen.oneOf(List.of(Gen.constant(Optional.<T>empty()), gen.map(Optional::of)));
  }

  private static <T> Gen<List<T>> sequence(List<Gen<T>> gens) {
    List<Gen<T>> copy = List.copyOf(gens);
    return Gen.of(
        (RandomGenerator random, int size) -> {
          List<T> values = new ArrayList<>();
          for (Gen<T> gen : copy) {
            values.add(gen.next(random, size));
          }
          return List.copyOf(values);
        },
        List.of());
  }

  /** An address at the same place as {@code address}, written down differently. */
  private static PostalAddress sameAddress(RandomGenerator random, PostalAddress address) {
    List<String> lines = new ArrayList<>();
    for (String line : address.lines()) {
      String respaced =
          String.join(pick(random, List.of(" ", "  ", "\t", " \u00a0")), line.split(" "));
      String punctuated = respaced + pick(random, List.of("", "", ".", ",", " "));
      lines.add(pick(random, List.of("", " ", "  ")) + recased(random, punctuated));
    }
    if (lines.size() > 1 && random.nextInt(3) == 0) {
      int joined = random.nextInt(lines.size() - 1);
      lines.set(joined, lines.get(joined) + " " + lines.remove(joined + 1));
    }
    String code = recased(random, address.postalCode());
    boolean zipPlusFour =
        ZIP_COUNTRIES.contains(address.country()) && code.matches("[0-9]{5}-[0-9]{4}");
    if (zipPlusFour && random.nextBoolean()) {
      code = random.nextBoolean() ? code.substring(0, 5) : code.replace("-", " ");
    } else if (!code.isEmpty()) {
      int at = random.nextInt(code.length() + 1);
      code = code.substring(0, at) + " " + code.substring(at);
    }
    boolean hasPostalCode = address.postalCode().chars().anyMatch(Character::isLetterOrDigit);
    String city = hasPostalCode ? pick(random, CITIES) : recased(random, address.city());
    return PostalAddress.builder()
        .type(pick(random, AddressType.values()))
        .addAllLines(lines)
        .city(city)
        .region(pick(random, List.of("ZZ", "AZ", "PR", "", "Arizona")))
        .postalCode(code)
        .country(address.country())
        .zone(pick(random, TimeGens.US_ZONES))
        .build();
  }

  /** The text with each letter in upper or lower case at random. */
  private static String recased(RandomGenerator random, String text) {
    StringBuilder recased = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      recased.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return recased.toString();
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static PostalAddress address(AddressType type, List<String> lines, String zone) {
    return PostalAddress.builder()
        .type(type)
        .addAllLines(lines)
        .city("Zzyzx")
        .region("ZZ")
        .postalCode(type == AddressType.HOME ? "00501-0001" : "96799-4242")
        .country("US")
        .zone(ZoneId.of(zone))
        .build();
  }

  private record AddressHead(AddressType type, List<String> lines) {}

  private record Locality(String city, String postalCode) {}

  private record Role(PersonRole role, String name) {}

  private record Mail(List<Email> emails, List<PostalAddress> addresses) {}

  private record ScopeFlag(DebtScope scope, boolean flag) {}

  private record Filing(BankruptcyChapter chapter, LocalDate filedOn) {}

  private record Ending(int how, int days) {}

  private record Known(boolean flag, Instant at) {}

  private record Blocks(List<BlockedTime> blocks, Optional<ZoneId> zone) {}

  private record Place(Optional<AddressType> type, Optional<ContactPoint> contactPoint) {}

  private record Channel(Optional<Medium> medium, Optional<ContactPoint> contactPoint) {}

  private record Grant(
      ConsentScope scope,
      PersonId giver,
      PersonId other,
      Optional<Medium> medium,
      Optional<ContactPoint> contactPoint,
      DebtScope debts) {

    Grant(ConsentScope scope, PersonId giver, PersonId other) {
      this(scope, giver, other, Optional.empty(), Optional.empty(), DebtScope.allDebts());
    }

    Grant withChannel(Channel channel) {
      return new Grant(scope, giver, other, channel.medium(), channel.contactPoint(), debts);
    }

    Grant withDebts(DebtScope scope) {
      return new Grant(this.scope, giver, other, medium, contactPoint, scope);
    }
  }

  private record Span(Instant start, Optional<Instant> end) {}

  private record Timing(Span span, long startOffset) {}

  private record Ends(int which, long seconds) {}

  private record DebtorHead(int number, DebtorKind kind) {}

  private record Identity(DebtorHead head, String name, Set<ZoneId> zones) {}

  private record Points(List<Phone> phones, List<Email> emails, List<PostalAddress> addresses) {}
}
