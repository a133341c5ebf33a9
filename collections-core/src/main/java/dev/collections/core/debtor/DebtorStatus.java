package dev.collections.core.debtor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the collector knows about a debtor's status as of an instant: the status events in force
 * then, and the questions the contact rules ask of them.
 *
 * <p>A snapshot comes from {@link Debtor#statusAsOf(Instant)}. It holds every event known at or
 * before {@link #asOf()} that has not ended at or before it (see {@link StatusEvent}): events known
 * later are invisible, and withdrawn representations, resolved disputes, lifted designations,
 * revoked opt-outs and ended or revoked consents are gone from their end instant. Bankruptcies,
 * deaths and military service have no end instant; they stay once known, and their own dates are
 * asked about with a date. Each list keeps the order of the debtor's events.
 *
 * <pre>{@code
 * DebtorStatus status = debtor.statusAsOf(Instant.parse("2024-05-01T15:00:00Z"));
 * if (status.hasCeased("INV-1") || status.isRepresentedByAttorney("INV-1")) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when taken at the same instant with the same events.
 */
@Value.Immutable
public abstract class DebtorStatus {

  DebtorStatus() {}

  /**
   * Returns the instant the snapshot describes.
   *
   * @return the as-of instant
   */
  public abstract Instant asOf();

  /**
   * Returns the attorney representations in force.
   *
   * @return the representations
   */
  public abstract List<AttorneyRepresentation> representations();

  /**
   * Returns the cease requests received.
   *
   * @return the cease requests
   */
  public abstract List<CeaseRequest> ceaseRequests();

  /**
   * Returns the disputes open: received and not yet resolved.
   *
   * @return the open disputes
   */
  public abstract List<Dispute> disputes();

  /**
   * Returns every bankruptcy known, active or not: ask {@link #activeBankruptcy(LocalDate)} which
   * is active on a date.
   *
   * @return the bankruptcies
   */
  public abstract List<Bankruptcy> bankruptcies();

  /**
   * Returns the death reported, if any; of several reports, the one known last, which may correct
   * an earlier date of death.
   *
   * @return the death, or empty
   */
  public abstract Optional<Death> death();

  /**
   * Returns every period of military service known.
   *
   * @return the periods
   */
  public abstract List<MilitaryService> militaryService();

  /**
   * Returns the inconvenient-time designations in force, for every person.
   *
   * @return the designations
   */
  public abstract List<InconvenientTimes> inconvenientTimes();

  /**
   * Returns the inconvenient-place designations in force, for every person.
   *
   * @return the designations
   */
  public abstract List<InconvenientPlace> inconvenientPlaces();

  /**
   * Returns the medium opt-outs in force, for every person.
   *
   * @return the opt-outs
   */
  public abstract List<MediumOptOut> optOuts();

  /**
   * Returns the consents active, for every person and scope.
   *
   * @return the consents
   */
  public abstract List<Consent> consents();

  /** The snapshot of the given events as of an instant. */
  static DebtorStatus of(Instant asOf, List<StatusEvent> events) {
    ImmutableDebtorStatus.Builder status = ImmutableDebtorStatus.builder().asOf(asOf);
    Death death = null;
    for (StatusEvent event : events) {
      if (!event.isInForceAt(asOf)) {
        continue;
      }
      switch (event.kind()) {
        case ATTORNEY_REPRESENTATION -> status.addRepresentation((AttorneyRepresentation) event);
        case CEASE_REQUEST -> status.addCeaseRequest((CeaseRequest) event);
        case DISPUTE -> status.addDispute((Dispute) event);
        case BANKRUPTCY -> status.addBankruptcy((Bankruptcy) event);
        case DEATH -> {
          if (death == null || !event.knownAt().isBefore(death.knownAt())) {
            death = (Death) event;
          }
        }
        case MILITARY_SERVICE -> status.addMilitaryService((MilitaryService) event);
        case INCONVENIENT_TIMES -> status.addInconvenientTime((InconvenientTimes) event);
        case INCONVENIENT_PLACE -> status.addInconvenientPlace((InconvenientPlace) event);
        case MEDIUM_OPT_OUT -> status.addOptOut((MediumOptOut) event);
        case CONSENT -> status.addConsent((Consent) event);
      }
    }
    return status.death(Optional.ofNullable(death)).build();
  }

  /**
   * Checks whether the consumer is represented by an attorney for a debt.
   *
   * @param debtId the debt's identifier
   * @return true if a representation in force covers the debt
   * @throws NullPointerException if {@code debtId} is null
   */
  public boolean isRepresentedByAttorney(String debtId) {
    return !representations(debtId).isEmpty();
  }

  /**
   * Returns the representations in force for a debt, to see whether the attorney's name and address
   * are known and who the attorney is.
   *
   * @param debtId the debt's identifier
   * @return the representations covering the debt
   * @throws NullPointerException if {@code debtId} is null
   */
  public List<AttorneyRepresentation> representations(String debtId) {
    Objects.requireNonNull(debtId, "debtId");
    return representations().stream().filter(r -> r.debts().covers(debtId)).toList();
  }

  /**
   * Checks whether a cease request covering a debt has been received.
   *
   * @param debtId the debt's identifier
   * @return true if the collector must cease communicating about the debt
   * @throws NullPointerException if {@code debtId} is null
   */
  public boolean hasCeased(String debtId) {
    Objects.requireNonNull(debtId, "debtId");
    return ceaseRequests().stream().anyMatch(c -> c.debts().covers(debtId));
  }

  /**
   * Checks whether an open dispute covers a debt, written or oral, in or out of the validation
   * period.
   *
   * @param debtId the debt's identifier
   * @return true if the debt is disputed and the dispute not resolved
   * @throws NullPointerException if {@code debtId} is null
   */
  public boolean isDisputed(String debtId) {
    Objects.requireNonNull(debtId, "debtId");
    return disputes().stream().anyMatch(d -> d.debts().covers(debtId));
  }

  /**
   * Returns the bankruptcy active on a date, as {@link Bankruptcy#isActiveOn(LocalDate)} defines
   * it: filed on or before the date, and neither dismissed nor discharged on or before it. A caller
   * judging an instant passes that instant's date in the zone it judges by; the earliest date among
   * the consumer's candidate zones is the cautious choice.
   *
   * @param date the date
   * @return the active bankruptcy filed last, or empty
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Bankruptcy> activeBankruptcy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Bankruptcy latest = null;
    for (Bankruptcy bankruptcy : bankruptcies()) {
      if (bankruptcy.isActiveOn(date)
          && (latest == null || !bankruptcy.filedOn().isBefore(latest.filedOn()))) {
        latest = bankruptcy;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Checks whether the consumer's death is known.
   *
   * @return true if a death was reported
   */
  public boolean isDeceased() {
    return death().isPresent();
  }

  /**
   * Checks whether the consumer is on active duty on a date, by the military service known.
   *
   * @param date the date
   * @return true if a period of service covers the date
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isActiveServicemember(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return militaryService().stream().anyMatch(s -> s.isActiveDutyOn(date));
  }

  /**
   * Checks whether a moment is among the times a person designated inconvenient.
   *
   * @param personId the person
   * @param localTime the moment, in the zone of a place the person may be; see {@link
   *     InconvenientTimes#isInconvenient(ZonedDateTime)}
   * @return true if a designation in force for the person contains the moment
   * @throws NullPointerException if an argument is null
   */
  public boolean isInconvenientTime(PersonId personId, ZonedDateTime localTime) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(localTime, "localTime");
    return inconvenientTimes().stream()
        .anyMatch(t -> t.personId().equals(personId) && t.isInconvenient(localTime));
  }

  /**
   * Checks whether a contact point is at a place a person designated inconvenient; see {@link
   * InconvenientPlace#covers(ContactPoint)}.
   *
   * @param personId the person
   * @param destination the contact point the collector would use
   * @return true if a designation in force for the person blocks it
   * @throws NullPointerException if an argument is null
   */
  public boolean isInconvenientPlace(PersonId personId, ContactPoint destination) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(destination, "destination");
    return inconvenientPlaces().stream()
        .anyMatch(p -> p.personId().equals(personId) && p.covers(destination));
  }

  /**
   * Checks whether a person opted out of a whole medium, at every address or number ("stop calling
   * me"). An opt-out of one number or address within the medium ("reply STOP" to one number) does
   * not count here, even when it is the person's only one: ask {@link #hasAnyOptOut(PersonId,
   * Medium)} whether the person opted out of any part of the medium, and {@link
   * #isOptedOut(PersonId, Medium, ContactPoint)} whether the collector may use a contact point.
   *
   * @param personId the person
   * @param medium the medium
   * @return true if an opt-out in force closes the whole medium to the person
   * @throws NullPointerException if an argument is null
   */
  public boolean isOptedOutOfWholeMedium(PersonId personId, Medium medium) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(medium, "medium");
    return optOuts().stream()
        .anyMatch(o -> o.personId().equals(personId) && o.coversWholeMedium(medium));
  }

  /**
   * Checks whether a person opted out of a medium at all: of the whole medium, or of at least one
   * address or number within it. After "reply STOP" to the person's only number this is true for
   * {@link Medium#TEXT_MESSAGE} while {@link #isOptedOutOfWholeMedium(PersonId, Medium)} is false.
   *
   * @param personId the person
   * @param medium the medium
   * @return true if an opt-out in force for the person names the medium
   * @throws NullPointerException if an argument is null
   */
  public boolean hasAnyOptOut(PersonId personId, Medium medium) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(medium, "medium");
    return optOuts().stream().anyMatch(o -> o.personId().equals(personId) && o.medium() == medium);
  }

  /**
   * Checks whether a person opted out of a medium at a contact point: of the whole medium, or of
   * that address or number within it, matched by {@linkplain
   * ContactPoint#isSameDestinationAs(ContactPoint) destination} (the same number whatever its type
   * or zone; the same email address whatever its case; the same address however spaced).
   *
   * @param personId the person
   * @param medium the medium the collector would use
   * @param destination the contact point it would use
   * @return true if an opt-out in force forbids it
   * @throws NullPointerException if an argument is null
   */
  public boolean isOptedOut(PersonId personId, Medium medium, ContactPoint destination) {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(medium, "medium");
    Objects.requireNonNull(destination, "destination");
    return optOuts().stream()
        .anyMatch(o -> o.personId().equals(personId) && o.covers(medium, destination));
  }

  /**
   * Checks whether a person has an active consent of a scope covering a debt.
   *
   * @param scope the restriction to lift
   * @param personId the person who must have consented
   * @param debtId the debt's identifier
   * @return true if such a consent is active
   * @throws NullPointerException if an argument is null
   */
  public boolean hasConsent(ConsentScope scope, PersonId personId, String debtId) {
    return !consents(scope, personId, debtId).isEmpty();
  }

  /**
   * Returns a person's active consents of a scope covering a debt, to check the medium, contact
   * point or third party each covers.
   *
   * @param scope the restriction to lift
   * @param personId the person who must have consented
   * @param debtId the debt's identifier
   * @return the consents
   * @throws NullPointerException if an argument is null
   */
  public List<Consent> consents(ConsentScope scope, PersonId personId, String debtId) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(debtId, "debtId");
    return consents().stream()
        .filter(
            c -> c.scope() == scope && c.personId().equals(personId) && c.debts().covers(debtId))
        .toList();
  }
}
