package dev.collections.core.debtor;

import dev.collections.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * A person around a debtor other than the consumer: a spouse, the parent of a minor, a guardian, an
 * estate's representative, the consumer's attorney, a third party, with the contact points the
 * collector holds for them.
 *
 * <p>The {@link #role()} decides what the collector may say to the person (see {@link PersonRole});
 * status events name persons by {@link #id()}.
 *
 * <pre>{@code
 * Person attorney = Person.builder()
 *     .id(PersonId.of("P-ATTY"))
 *     .role(PersonRole.CONSUMER_ATTORNEY)
 *     .displayName("Jordan Counsel")
 *     .addAddresses(officeAddress)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The display name is personal data: {@code toString} withholds it
 * and no exception message contains it.
 */
@Value.Immutable
public abstract class Person {

  Person() {}

  /**
   * Returns the person's identifier.
   *
   * @return the identifier
   */
  public abstract PersonId id();

  /**
   * Returns the person's role with respect to the consumer's debts.
   *
   * @return the role
   */
  public abstract PersonRole role();

  /**
   * Returns the name to show the collector.
   *
   * @return the name, not blank
   */
  public abstract String displayName();

  /**
   * Returns the person's phone numbers.
   *
   * @return the phones, in the order given
   */
  public abstract List<Phone> phones();

  /**
   * Returns the person's email addresses.
   *
   * @return the emails, in the order given
   */
  public abstract List<Email> emails();

  /**
   * Returns the person's postal addresses.
   *
   * @return the addresses, in the order given
   */
  public abstract List<PostalAddress> addresses();

  /**
   * Returns a builder of persons.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}: the id, role and display name are required; contact points not. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  /**
   * Returns every contact point of the person: phones, then emails, then addresses.
   *
   * @return the contact points
   */
  public List<ContactPoint> contactPoints() {
    List<ContactPoint> all = new ArrayList<>(phones());
    all.addAll(emails());
    all.addAll(addresses());
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    Checks.personalText(displayName(), "person display name");
  }

  /**
   * Returns the identifier, role and number of contact points, with the name withheld.
   *
   * @return for example {@code Person{id=P-1, role=SPOUSE, contactPoints=2}}
   */
  @Override
  public String toString() {
    return "Person{id="
        + id()
        + ", role="
        + role()
        + ", contactPoints="
        + (phones().size() + emails().size() + addresses().size())
        + "}";
  }
}
