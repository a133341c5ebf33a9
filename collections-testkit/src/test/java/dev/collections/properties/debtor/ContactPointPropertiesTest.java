package dev.collections.properties.debtor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.collections.core.debtor.Consent;
import dev.collections.core.debtor.ConsentScope;
import dev.collections.core.debtor.ContactPoint;
import dev.collections.core.debtor.DebtScope;
import dev.collections.core.debtor.Debtor;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorKind;
import dev.collections.core.debtor.DesignationSource;
import dev.collections.core.debtor.Email;
import dev.collections.core.debtor.InconvenientPlace;
import dev.collections.core.debtor.Medium;
import dev.collections.core.debtor.MediumOptOut;
import dev.collections.core.debtor.PersonId;
import dev.collections.core.debtor.Phone;
import dev.collections.core.debtor.PostalAddress;
import dev.collections.testkit.Gen;
import dev.collections.testkit.Property;
import dev.collections.testkit.debtor.DebtorGens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What destination identity promises: it is reflexive and symmetric, equal values share it, every
 * record of a destination is matched by the opt-outs, designations and consents that name another
 * record of it, and a different number or street is never matched.
 */
class ContactPointPropertiesTest {

  private static final PersonId CONSUMER = PersonId.of("D-1");

  private static final Instant KNOWN = Instant.parse("2024-03-01T15:00:00Z");

  record Recorded(ContactPoint named, ContactPoint again) {}

  /** A contact point and the same destination recorded again by the host. */
  private static final Gen<Recorded> RECORDED_AGAIN =
      DebtorGens.contactPoints()
          .flatMap(p -> DebtorGens.sameDestinations(p).map(again -> new Recorded(p, again)));

  @Test
  void isSameDestinationAs_reflexiveSymmetricAndImpliedByEquality() {
    Property.forAll(DebtorGens.contactPoints(), DebtorGens.contactPoints())
        .check(
            (a, b) -> {
              assertTrue(a.isSameDestinationAs(a));
              assertEquals(a.isSameDestinationAs(b), b.isSameDestinationAs(a));
              assertTrue(!a.equals(b) || a.isSameDestinationAs(b));
            });
  }

  @Test
  void phones_sameDestinationExactlyWhenTheNumbersAreEqual() {
    Property.forAll(DebtorGens.phones(), DebtorGens.phones())
        .check((a, b) -> assertEquals(a.number().equals(b.number()), a.isSameDestinationAs(b)));
  }

  @Test
  void emails_sameDestinationExactlyWhenTheAddressesAreEqualIgnoringCase() {
    Property.forAll(DebtorGens.emails(), DebtorGens.emails())
        .check(
            (a, b) ->
                assertEquals(a.address().equalsIgnoreCase(b.address()), a.isSameDestinationAs(b)));
  }

  @Test
  void sameDestinations_areTheSameDestination_bothWays() {
    Property.forAll(RECORDED_AGAIN)
        .check(
            r -> {
              assertTrue(r.named().isSameDestinationAs(r.again()), r.toString());
              assertTrue(r.again().isSameDestinationAs(r.named()), r.toString());
            });
  }

  @Test
  void optOutOfOneContactPoint_coversEveryRecordOfIt() {
    Property.forAll(RECORDED_AGAIN)
        .check(
            r -> {
              Medium medium = mediumOf(r.named());
              MediumOptOut stop =
                  MediumOptOut.builder()
                      .personId(CONSUMER)
                      .medium(medium)
                      .contactPoint(r.named())
                      .knownAt(KNOWN)
                      .build();
              assertTrue(stop.covers(medium, r.again()), r.toString());
              Debtor debtor = consumer().withEvent(stop);
              assertTrue(
                  debtor.statusAsOf(KNOWN).isOptedOut(CONSUMER, medium, r.again()), r.toString());
              assertTrue(debtor.statusAsOf(KNOWN).hasAnyOptOut(CONSUMER, medium));
            });
  }

  @Test
  void inconvenientPlaceAndConsent_namingOneContactPoint_coverEveryRecordOfIt() {
    Property.forAll(RECORDED_AGAIN)
        .check(
            r -> {
              InconvenientPlace notThere =
                  InconvenientPlace.builder()
                      .personId(CONSUMER)
                      .contactPoint(r.named())
                      .source(DesignationSource.CONSUMER)
                      .knownAt(KNOWN)
                      .build();
              assertTrue(notThere.covers(r.again()), r.toString());
              assertTrue(
                  consumer()
                      .withEvent(notThere)
                      .statusAsOf(KNOWN)
                      .isInconvenientPlace(CONSUMER, r.again()),
                  r.toString());
              Consent thereIsFine =
                  Consent.builder()
                      .scope(ConsentScope.INCONVENIENT_PLACE)
                      .personId(CONSUMER)
                      .debts(DebtScope.allDebts())
                      .medium(mediumOf(r.named()))
                      .contactPoint(r.named())
                      .knownAt(KNOWN)
                      .build();
              assertTrue(thereIsFine.coversDestination(r.again()), r.toString());
            });
  }

  @Test
  void anotherNumberMailboxOrStreet_neverTheSameDestination() {
    Property.forAll(DebtorGens.contactPoints())
        .check(
            point -> {
              ContactPoint other = another(point);
              assertFalse(point.isSameDestinationAs(other), point.toString());
              MediumOptOut stop =
                  MediumOptOut.builder()
                      .personId(CONSUMER)
                      .medium(mediumOf(point))
                      .contactPoint(point)
                      .knownAt(KNOWN)
                      .build();
              assertFalse(stop.covers(mediumOf(point), other), point.toString());
            });
  }

  /** The medium that reaches a contact point. */
  private static Medium mediumOf(ContactPoint point) {
    if (point instanceof Phone) {
      return Medium.TEXT_MESSAGE;
    }
    return point instanceof Email ? Medium.EMAIL : Medium.POSTAL_MAIL;
  }

  /** Another destination of the same kind: another last digit, mailbox or house number. */
  private static ContactPoint another(ContactPoint point) {
    if (point instanceof Phone phone) {
      String number = phone.number();
      char last = number.charAt(number.length() - 1);
      String other =
          number.substring(0, number.length() - 1) + (last == '9' ? '0' : (char) (last + 1));
      return Phone.of(other, phone.type());
    }
    if (point instanceof Email email) {
      return Email.of("x" + email.address(), email.type());
    }
    PostalAddress address = (PostalAddress) point;
    List<String> lines = new ArrayList<>(address.lines());
    lines.set(0, "1" + lines.get(0));
    return PostalAddress.builder()
        .type(address.type())
        .addAllLines(lines)
        .city(address.city())
        .region(address.region())
        .postalCode(address.postalCode())
        .country(address.country())
        .zone(address.zone())
        .build();
  }

  private static Debtor consumer() {
    return Debtor.builder()
        .id(DebtorId.of(CONSUMER.value()))
        .kind(DebtorKind.CONSUMER)
        .displayName("Ottoline Vexley")
        .build();
  }
}
