package dev.collections.properties.debtor;

import dev.collections.core.debtor.AttorneyRepresentation;
import dev.collections.core.debtor.Bankruptcy;
import dev.collections.core.debtor.BlockedTime;
import dev.collections.core.debtor.CeaseRequest;
import dev.collections.core.debtor.Consent;
import dev.collections.core.debtor.Death;
import dev.collections.core.debtor.DebtScope;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.Dispute;
import dev.collections.core.debtor.InconvenientPlace;
import dev.collections.core.debtor.InconvenientTimes;
import dev.collections.core.debtor.MediumOptOut;
import dev.collections.core.debtor.MilitaryService;
import dev.collections.core.debtor.Person;
import dev.collections.core.debtor.StatusEvent;

/** Rebuilds every debtor value from its accessors alone, as a user copying a value would. */
final class Rebuild {

  private Rebuild() {}

  static DebtScope scope(DebtScope scope) {
    return scope.isAllDebts() ? DebtScope.allDebts() : DebtScope.of(scope.debtIds());
  }

  static BlockedTime block(BlockedTime block) {
    return BlockedTime.builder()
        .addAllDays(block.days())
        .startInclusive(block.startInclusive())
        .endExclusive(block.endExclusive())
        .firstDate(block.firstDate())
        .lastDate(block.lastDate())
        .build();
  }

  static Person person(Person person) {
    return Person.builder()
        .id(person.id())
        .role(person.role())
        .displayName(person.displayName())
        .addAllPhones(person.phones())
        .addAllEmails(person.emails())
        .addAllAddresses(person.addresses())
        .build();
  }

  static Debtor debtor(Debtor debtor) {
    Debtor.Builder builder =
        Debtor.builder()
            .id(debtor.id())
            .kind(debtor.kind())
            .displayName(debtor.displayName())
            .personId(debtor.personId())
            .addAllPhones(debtor.phones())
            .addAllEmails(debtor.emails())
            .addAllAddresses(debtor.addresses())
            .addAllExplicitZones(debtor.explicitZones());
    debtor.persons().forEach(p -> builder.addPerson(person(p)));
    debtor.events().forEach(e -> builder.addEvent(event(e)));
    return builder.build();
  }

  static StatusEvent event(StatusEvent event) {
    return switch (event.kind()) {
      case ATTORNEY_REPRESENTATION -> {
        AttorneyRepresentation r = (AttorneyRepresentation) event;
        yield AttorneyRepresentation.builder()
            .debts(scope(r.debts()))
            .attorneyId(r.attorneyId())
            .nameAndAddressKnown(r.isNameAndAddressKnown())
            .knownAt(r.knownAt())
            .withdrawnAt(r.withdrawnAt())
            .build();
      }
      case CEASE_REQUEST -> {
        CeaseRequest c = (CeaseRequest) event;
        yield CeaseRequest.builder()
            .debts(scope(c.debts()))
            .medium(c.medium())
            .knownAt(c.knownAt())
            .build();
      }
      case DISPUTE -> {
        Dispute d = (Dispute) event;
        yield Dispute.builder()
            .debts(scope(d.debts()))
            .written(d.isWritten())
            .knownAt(d.knownAt())
            .resolvedAt(d.resolvedAt())
            .build();
      }
      case BANKRUPTCY -> {
        Bankruptcy b = (Bankruptcy) event;
        yield Bankruptcy.builder()
            .chapter(b.chapter())
            .filedOn(b.filedOn())
            .caseNumber(b.caseNumber())
            .knownAt(b.knownAt())
            .dismissedOn(b.dismissedOn())
            .dischargedOn(b.dischargedOn())
            .build();
      }
      case DEATH -> {
        Death d = (Death) event;
        yield Death.builder().dateOfDeath(d.dateOfDeath()).knownAt(d.knownAt()).build();
      }
      case MILITARY_SERVICE -> {
        MilitaryService m = (MilitaryService) event;
        yield MilitaryService.builder()
            .activeDutyFirstDay(m.activeDutyFirstDay())
            .activeDutyLastDay(m.activeDutyLastDay())
            .knownAt(m.knownAt())
            .build();
      }
      case INCONVENIENT_TIMES -> {
        InconvenientTimes t = (InconvenientTimes) event;
        InconvenientTimes.Builder builder =
            InconvenientTimes.builder()
                .personId(t.personId())
                .zone(t.zone())
                .source(t.source())
                .knownAt(t.knownAt())
                .liftedAt(t.liftedAt());
        t.blocks().forEach(b -> builder.addBlock(block(b)));
        yield builder.build();
      }
      case INCONVENIENT_PLACE -> {
        InconvenientPlace p = (InconvenientPlace) event;
        yield InconvenientPlace.builder()
            .personId(p.personId())
            .placeType(p.placeType())
            .contactPoint(p.contactPoint())
            .source(p.source())
            .knownAt(p.knownAt())
            .liftedAt(p.liftedAt())
            .build();
      }
      case MEDIUM_OPT_OUT -> {
        MediumOptOut o = (MediumOptOut) event;
        yield MediumOptOut.builder()
            .personId(o.personId())
            .medium(o.medium())
            .contactPoint(o.contactPoint())
            .knownAt(o.knownAt())
            .revokedAt(o.revokedAt())
            .build();
      }
      case CONSENT -> {
        Consent c = (Consent) event;
        yield Consent.builder()
            .scope(c.scope())
            .personId(c.personId())
            .debts(scope(c.debts()))
            .medium(c.medium())
            .contactPoint(c.contactPoint())
            .thirdPartyId(c.thirdPartyId())
            .knownAt(c.knownAt())
            .startAt(c.startAt())
            .endAt(c.endAt())
            .revokedAt(c.revokedAt())
            .build();
      }
    };
  }
}
