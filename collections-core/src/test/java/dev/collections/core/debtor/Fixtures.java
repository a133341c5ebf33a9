package dev.collections.core.debtor;

import com.google.common.testing.NullPointerTester;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

/** Named values shared by the debtor tests; the personal data is distinctive so leaks show. */
final class Fixtures {

  static final ZoneId EASTERN = ZoneId.of("America/New_York");
  static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
  static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  /** Wednesday 2020-04-01, 10:00 in New York: the commentary's example week. */
  static final Instant T0 = Instant.parse("2020-04-01T14:00:00Z");

  static final Instant T1 = T0.plus(Duration.ofDays(1));
  static final Instant T2 = T0.plus(Duration.ofDays(2));
  static final Instant T3 = T0.plus(Duration.ofDays(3));

  static final String DEBTOR_NAME = "Zebulon Quixote";
  static final String SPOUSE_NAME = "Xanthippe Quixote";
  static final String ATTORNEY_NAME = "Ysolde Counsel";
  static final String MOBILE_NUMBER = "+12025550143";
  static final String LANDLINE_NUMBER = "+13035550199";
  static final String WORK_NUMBER = "+12125550177";
  static final String EMAIL_ADDRESS = "zebulon.q@example.com";
  static final String STREET = "742 Evergreen Terrace";
  static final String CITY = "Springfield";
  static final String CASE_NUMBER = "20-10234-ABC";

  static final PersonId CONSUMER = PersonId.of("D-1");
  static final PersonId SPOUSE = PersonId.of("P-SPOUSE");
  static final PersonId ATTORNEY = PersonId.of("P-ATTY");
  static final PersonId NEIGHBOUR = PersonId.of("P-NEIGHBOUR");

  static final String INV_1 = "INV-1";
  static final String INV_2 = "INV-2";

  static final Phone MOBILE_EASTERN =
      Phone.of(MOBILE_NUMBER, PhoneType.MOBILE).withAreaCodeZone(EASTERN);
  static final Phone LANDLINE_MOUNTAIN =
      Phone.of(LANDLINE_NUMBER, PhoneType.LANDLINE).withAreaCodeZone(MOUNTAIN);
  static final Phone WORK_PHONE = Phone.of(WORK_NUMBER, PhoneType.WORK);
  static final Email EMAIL = Email.of(EMAIL_ADDRESS, EmailType.PERSONAL);
  static final PostalAddress HOME_PACIFIC = address(AddressType.HOME, PACIFIC);
  static final PostalAddress WORK_EASTERN = address(AddressType.WORK, EASTERN);

  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final EnumSet<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private Fixtures() {}

  static PostalAddress address(AddressType type, ZoneId zone) {
    return PostalAddress.builder()
        .type(type)
        .addLines(STREET)
        .city(CITY)
        .region("CA")
        .postalCode("90210")
        .country("US")
        .zone(zone)
        .build();
  }

  static Person attorney() {
    return Person.builder()
        .id(ATTORNEY)
        .role(PersonRole.CONSUMER_ATTORNEY)
        .displayName(ATTORNEY_NAME)
        .addAddresses(WORK_EASTERN)
        .build();
  }

  static Person spouse() {
    return Person.builder()
        .id(SPOUSE)
        .role(PersonRole.SPOUSE)
        .displayName(SPOUSE_NAME)
        .addPhones(WORK_PHONE)
        .build();
  }

  /** A consumer in D-1 with an Eastern mobile, an email and a Pacific home, and two persons. */
  static Debtor.Builder consumer() {
    return Debtor.builder()
        .id(DebtorId.of("D-1"))
        .kind(DebtorKind.CONSUMER)
        .displayName(DEBTOR_NAME)
        .addPhones(MOBILE_EASTERN)
        .addEmails(EMAIL)
        .addAddresses(HOME_PACIFIC)
        .addPersons(attorney(), spouse());
  }

  static Debtor consumerWith(StatusEvent... events) {
    return consumer().addEvents(events).build();
  }

  static ZonedDateTime at(ZoneId zone, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(LocalDateTime.of(2020, month, day, hour, minute), zone);
  }

  static LocalDate date(int month, int day) {
    return LocalDate.of(2020, month, day);
  }

  static BlockedTime afternoons() {
    return BlockedTime.ofWeekly(WEEKDAYS, LocalTime.of(15, 0), LocalTime.of(17, 0));
  }

  /** A tester that knows how to make every argument type of the package. */
  static NullPointerTester nullTester() {
    return new NullPointerTester()
        .setDefault(Instant.class, T0)
        .setDefault(LocalDate.class, date(4, 1))
        .setDefault(LocalTime.class, LocalTime.NOON)
        .setDefault(LocalDateTime.class, LocalDateTime.of(2020, 4, 1, 12, 0))
        .setDefault(ZonedDateTime.class, at(EASTERN, 4, 1, 12, 0))
        .setDefault(ZoneId.class, EASTERN)
        .setDefault(PersonId.class, CONSUMER)
        .setDefault(DebtorId.class, DebtorId.of("D-1"))
        .setDefault(DebtScope.class, DebtScope.allDebts())
        .setDefault(ContactPoint.class, MOBILE_EASTERN)
        .setDefault(Phone.class, MOBILE_EASTERN)
        .setDefault(Email.class, EMAIL)
        .setDefault(PostalAddress.class, HOME_PACIFIC)
        .setDefault(BlockedTime.class, afternoons())
        .setDefault(Person.class, spouse())
        .setDefault(String.class, "X-1")
        .setDefault(List.class, List.of());
  }
}
