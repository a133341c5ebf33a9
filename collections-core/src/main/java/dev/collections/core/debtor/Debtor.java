package dev.collections.core.debtor;

import dev.collections.core.internal.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A consumer or business that owes, with the contact points the collector holds, the persons around
 * it, and the dated status events that decide how it may be contacted.
 *
 * <p>The debtor is itself a person for the events that name persons (opt-outs, designations,
 * consents): its {@link #personId()}, by default the text of its {@link #id()}. Every person an
 * event names must be the debtor or one of its {@link #persons()}, and an attorney representation
 * must name a person in the role {@link PersonRole#CONSUMER_ATTORNEY}. The events arrive in any
 * order; {@link #statusAsOf(Instant)} reads them as of an instant. {@link #candidateZones()} are
 * the time zones the collector's information suggests the consumer may be in.
 *
 * <pre>{@code
 * Debtor debtor = Debtor.builder()
 *     .id(DebtorId.of("D-1"))
 *     .kind(DebtorKind.CONSUMER)
 *     .displayName("Alex Example")
 *     .addPhones(Phone.of("+12025550143", PhoneType.MOBILE)
 *         .withAreaCodeZone(ZoneId.of("America/New_York")))
 *     .addEvent(CeaseRequest.builder()
 *         .debts(DebtScope.ofDebt("INV-1")).medium(Medium.POSTAL_MAIL)
 *         .knownAt(Instant.parse("2020-08-06T14:00:00Z")).build())
 *     .build();
 * debtor.statusAsOf(Instant.parse("2020-08-06T14:00:00Z")).hasCeased("INV-1"); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when every attribute is equal, events in the same order. The
 * display name, numbers and addresses are personal data: {@code toString} withholds them and no
 * exception message contains them.
 */
@Value.Immutable
public abstract class Debtor {

  Debtor() {}

  /**
   * Returns the debtor's identifier.
   *
   * @return the identifier
   */
  public abstract DebtorId id();

  /**
   * Returns whether the debtor is a consumer or a business.
   *
   * @return the kind
   */
  public abstract DebtorKind kind();

  /**
   * Returns the name to show the collector.
   *
   * @return the name, not blank
   */
  public abstract String displayName();

  /**
   * Returns the identifier of the debtor as a person, which the events that name persons use for
   * the debtor itself.
   *
   * @return the person identifier; the text of {@link #id()} unless set
   */
  @Value.Default
  public PersonId personId() {
    return PersonId.of(id().value());
  }

  /**
   * Returns the debtor's phone numbers.
   *
   * @return the phones, in the order given
   */
  public abstract List<Phone> phones();

  /**
   * Returns the debtor's email addresses.
   *
   * @return the emails, in the order given
   */
  public abstract List<Email> emails();

  /**
   * Returns the debtor's postal addresses.
   *
   * @return the addresses, in the order given
   */
  public abstract List<PostalAddress> addresses();

  /**
   * Returns zones the host has other evidence of, such as an IP geolocation or the consumer's own
   * statement, beyond those of the contact points.
   *
   * @return the zones, in the order given
   */
  public abstract Set<ZoneId> explicitZones();

  /**
   * Returns the persons around the debtor other than the consumer.
   *
   * @return the persons, with distinct identifiers
   */
  public abstract List<Person> persons();

  /**
   * Returns the status events, in the order given.
   *
   * @return the events
   */
  public abstract List<StatusEvent> events();

  /**
   * Returns a builder of debtors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Debtor}: the id, kind and display name are required; contact points, zones,
   * persons and events are added with {@code addPhones}, {@code addEmails}, {@code addAddresses},
   * {@code addExplicitZones}, {@code addPersons} and {@code addEvent}.
   */
  public static final class Builder extends ImmutableDebtor.Builder {
    Builder() {}
  }

  /**
   * Returns this debtor with one more status event.
   *
   * @param event the event, naming only the debtor and its persons
   * @return the debtor with the event appended
   * @throws IllegalArgumentException if the event names an unknown person, or an attorney who is
   *     not in the role of the consumer's attorney
   * @throws NullPointerException if {@code event} is null
   */
  public Debtor withEvent(StatusEvent event) {
    Objects.requireNonNull(event, "event");
    List<StatusEvent> events = new ArrayList<>(events());
    events.add(event);
    return ((ImmutableDebtor) ImmutableDebtor.copyOf(this)).withEvents(events);
  }

  /**
   * Returns every contact point of the debtor: phones, then emails, then addresses.
   *
   * @return the contact points
   */
  public List<ContactPoint> contactPoints() {
    List<ContactPoint> all = new ArrayList<>(phones());
    all.addAll(emails());
    all.addAll(addresses());
    return List.copyOf(all);
  }

  /**
   * Returns the time zones the collector's information suggests the consumer may be in: the
   * area-code zone of every phone that has one, the zone of every address, then the explicit zones,
   * in that order and without repeats. Regulation F's safe harbor asks for a time convenient in
   * every one of them (comment 6(b)(1)(i)-2). The contact points of the other persons do not count.
   *
   * @return the zones; empty means the location is unknown, and the rules decide what to assume
   */
  @Value.Lazy
  public Set<ZoneId> candidateZones() {
    Set<ZoneId> zones = new LinkedHashSet<>();
    for (Phone phone : phones()) {
      phone.areaCodeZone().ifPresent(zones::add);
    }
    for (PostalAddress address : addresses()) {
      zones.add(address.zone());
    }
    zones.addAll(explicitZones());
    return Collections.unmodifiableSet(zones);
  }

  /**
   * Returns the person with an identifier.
   *
   * @param id the identifier
   * @return the person, or empty when none of the debtor's persons has it
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Person> person(PersonId id) {
    Objects.requireNonNull(id, "id");
    return persons().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns what the collector knows of the debtor's status as of an instant: the events known at
   * or before it and not ended at or before it.
   *
   * @param asOf the instant
   * @return the snapshot
   * @throws NullPointerException if {@code asOf} is null
   */
  public DebtorStatus statusAsOf(Instant asOf) {
    return DebtorStatus.of(Objects.requireNonNull(asOf, "asOf"), events());
  }

  @Value.Check
  void check() {
    Checks.personalText(displayName(), "debtor display name");
    Map<PersonId, Person> byId = new HashMap<>();
    for (Person person : persons()) {
      if (person.id().equals(personId()) || byId.put(person.id(), person) != null) {
        throw new IllegalArgumentException(
            "person ids must be unique within a debtor, the debtor's own included: " + person.id());
      }
      if (person.role() == PersonRole.CONSUMER) {
        throw new IllegalArgumentException(
            "the persons of a debtor are the people around the consumer, not the consumer: "
                + person.id()
                + " has role CONSUMER");
      }
    }
    for (StatusEvent event : events()) {
      for (PersonId named : event.namedPersons()) {
        if (!named.equals(personId()) && !byId.containsKey(named)) {
          throw new IllegalArgumentException(
              "a status event must name the debtor or one of its persons: "
                  + event.kind()
                  + " names "
                  + named);
        }
      }
      if (event instanceof AttorneyRepresentation representation) {
        Person attorney = byId.get(representation.attorneyId());
        if (attorney == null || attorney.role() != PersonRole.CONSUMER_ATTORNEY) {
          throw new IllegalArgumentException(
              "an attorney representation must name a person in the role CONSUMER_ATTORNEY: "
                  + representation.attorneyId()
                  + (attorney == null ? " is the debtor" : " is " + attorney.role()));
        }
      }
    }
  }

  /**
   * Returns the identifier, kind, counts and candidate zones, with the name, numbers and addresses
   * withheld.
   *
   * @return for example {@code Debtor{id=D-1, kind=CONSUMER, phones=1, emails=0, addresses=1,
   *     persons=0, events=2, candidateZones=[America/New_York, America/Los_Angeles]}}
   */
  @Override
  public String toString() {
    return "Debtor{id="
        + id()
        + ", kind="
        + kind()
        + ", phones="
        + phones().size()
        + ", emails="
        + emails().size()
        + ", addresses="
        + addresses().size()
        + ", persons="
        + persons().size()
        + ", events="
        + events().size()
        + ", candidateZones="
        + candidateZones()
        + "}";
  }
}
