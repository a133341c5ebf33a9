package dev.collections.core.debtor;

import static dev.collections.core.debtor.Fixtures.ATTORNEY_NAME;
import static dev.collections.core.debtor.Fixtures.EMAIL;
import static dev.collections.core.debtor.Fixtures.SPOUSE;
import static dev.collections.core.debtor.Fixtures.WORK_EASTERN;
import static dev.collections.core.debtor.Fixtures.WORK_PHONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {

  @Test
  void contactPoints_phonesThenEmailsThenAddresses() {
    Person person =
        Person.builder()
            .id(SPOUSE)
            .role(PersonRole.SPOUSE)
            .displayName(Fixtures.SPOUSE_NAME)
            .addAddresses(WORK_EASTERN)
            .addEmails(EMAIL)
            .addPhones(WORK_PHONE)
            .build();
    assertEquals(List.of(WORK_PHONE, EMAIL, WORK_EASTERN), person.contactPoints());
    assertEquals(List.of(), Fixtures.attorney().phones());
  }

  @Test
  void toString_withholdsTheNameAndContactPoints() {
    Person attorney = Fixtures.attorney();
    assertEquals("Person{id=P-ATTY, role=CONSUMER_ATTORNEY, contactPoints=1}", attorney.toString());
    assertFalse(attorney.toString().contains(ATTORNEY_NAME));
    assertFalse(Fixtures.spouse().toString().contains(Fixtures.WORK_NUMBER));
  }

  @Test
  void blankName_rejectedWithoutShowingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Person.builder().id(SPOUSE).role(PersonRole.SPOUSE).displayName(" \t").build());
    assertEquals("person display name must not be blank", e.getMessage());
  }

  @Test
  void equalsAndHashCode_byValue() {
    new EqualsTester()
        .addEqualityGroup(Fixtures.spouse(), Fixtures.spouse())
        .addEqualityGroup(Fixtures.attorney())
        .addEqualityGroup(
            Person.builder()
                .id(SPOUSE)
                .role(PersonRole.SPOUSE)
                .displayName(Fixtures.SPOUSE_NAME)
                .build())
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    Fixtures.nullTester().testAllPublicStaticMethods(Person.class);
    Fixtures.nullTester().testAllPublicInstanceMethods(Fixtures.spouse());
  }
}
