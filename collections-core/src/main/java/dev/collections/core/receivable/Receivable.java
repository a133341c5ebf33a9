package dev.collections.core.receivable;

import dev.collections.core.debtor.DebtorId;
import dev.collections.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One debt owed by one debtor: an invoice, an account, a loan, with its itemized ledger.
 *
 * <p>Balances come from the ledger alone: {@link #balanceAsOf(LocalDate)} adds every entry
 * effective on or before the date, whatever order the entries arrived in, so a backdated entry
 * changes history correctly. The day boundary is explicit: the receivable's {@link
 * #accountingZone()} decides on which date an {@link Instant} falls, and the due date itself is day
 * 0 of {@link #daysPastDue(LocalDate)}, still current.
 *
 * <pre>{@code
 * Receivable invoice = Receivable.builder()
 *     .id(ReceivableId.of("INV-1")).debtorId(DebtorId.of("D-1"))
 *     .currency(CurrencyUnit.USD).accountingZone(ZoneId.of("America/New_York"))
 *     .issueDate(LocalDate.of(2024, 1, 2)).dueDate(LocalDate.of(2024, 2, 1))
 *     .originalCreditor("Acme Supply").type(ReceivableType.COMMERCIAL_INVOICE)
 *     .addEntries(Charge.of(EntryId.of("E-1"), LocalDate.of(2024, 1, 2), Component.PRINCIPAL,
 *         Money.parse("USD 1000.00")))
 *     .build();
 * invoice.daysPastDue(LocalDate.of(2024, 3, 31)); // 59
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when every attribute and every entry is equal. {@code
 * toString} withholds the servicing account number.
 */
@Value.Immutable
public abstract class Receivable {

  Receivable() {}

  /**
   * Returns the receivable's identifier.
   *
   * @return the identifier
   */
  public abstract ReceivableId id();

  /**
   * Returns the identifier of the debtor who owes it.
   *
   * @return the debtor's identifier
   */
  public abstract DebtorId debtorId();

  /**
   * Returns the currency of every amount of the receivable.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the zone whose calendar decides on which date an instant falls for this receivable: a
   * payment at 2024-03-01T03:00Z is a February 29 payment in New York.
   *
   * @return the accounting zone
   */
  public abstract ZoneId accountingZone();

  /**
   * Returns the issue (invoice or transaction) date, the start of invoice-date aging.
   *
   * @return the issue date
   */
  public abstract LocalDate issueDate();

  /**
   * Returns the contractual due date: day 0 of {@link #daysPastDue(LocalDate)}.
   *
   * @return the due date, not before the issue date
   */
  public abstract LocalDate dueDate();

  /**
   * Returns the name of the creditor to whom the debt was originally owed, as a validation notice
   * names it.
   *
   * @return the original creditor's name, not blank
   */
  public abstract String originalCreditor();

  /**
   * Returns the itemization date chosen for the debt (12 CFR 1006.34(b)(3)), if one applies.
   *
   * @return the itemization date, or empty (a commercial invoice needs none)
   */
  public abstract Optional<ItemizationDate> itemizationDate();

  /**
   * Returns the kind of debt.
   *
   * @return the type
   */
  public abstract ReceivableType type();

  /**
   * Returns the account number under which a student loan was serviced when the collector obtained
   * it: all student loans with the same number are one debt for call-frequency purposes (12 CFR
   * 1006.14(b)(4)).
   *
   * @return the servicing account number for a student loan; empty for every other type
   */
  public abstract Optional<String> servicingAccountNumber();

  /**
   * Returns the ledger, in the order the entries arrived.
   *
   * @return the entries
   */
  public abstract List<LedgerEntry> entries();

  /** The ledger as running totals by effective date, built once. */
  @Value.Derived
  @Value.Auxiliary
  LedgerIndex index() {
    return LedgerIndex.of(entries(), currency());
  }

  /** The effective date of the latest entry as an epoch day; the index is not needed after it. */
  @Value.Derived
  @Value.Auxiliary
  long lastEffectiveEpochDay() {
    return index().lastDay();
  }

  /** The net balance once every entry is effective, in minor units. */
  @Value.Derived
  @Value.Auxiliary
  long finalNetMinorUnits() {
    return index().finalNet();
  }

  /** The latest effective epoch day before the last one, or {@code Long.MIN_VALUE}. */
  @Value.Derived
  @Value.Auxiliary
  long previousEffectiveEpochDay() {
    return index().previousDay();
  }

  /** The net balance on {@link #previousEffectiveEpochDay()}, in minor units; 0 when none. */
  @Value.Derived
  @Value.Auxiliary
  long previousNetMinorUnits() {
    return index().previousNet();
  }

  /** The due date as an epoch day, for the aging hot path. */
  @Value.Derived
  @Value.Auxiliary
  long dueEpochDay() {
    return dueDate().toEpochDay();
  }

  /** The issue date as an epoch day, for invoice-date aging. */
  @Value.Derived
  @Value.Auxiliary
  long issueEpochDay() {
    return issueDate().toEpochDay();
  }

  /**
   * Returns a builder of receivables.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Receivable}; entries are added with {@code addEntries}. */
  public static final class Builder extends ImmutableReceivable.Builder {
    Builder() {}
  }

  /**
   * Returns this receivable with one more ledger entry.
   *
   * @param entry the entry, in the receivable's currency, with a new identifier
   * @return the receivable with the entry appended
   * @throws IllegalArgumentException if the entry breaks a rule of the ledger
   * @throws NullPointerException if {@code entry} is null
   */
  public Receivable withEntry(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry");
    List<LedgerEntry> entries = new ArrayList<>(entries());
    entries.add(entry);
    return ((ImmutableReceivable) ImmutableReceivable.copyOf(this)).withEntries(entries);
  }

  /**
   * Returns the ledger entry with the given identifier.
   *
   * @param id the identifier
   * @return the entry, or empty
   */
  public Optional<LedgerEntry> entry(EntryId id) {
    Objects.requireNonNull(id, "id");
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Returns the date on which an instant falls in the {@link #accountingZone()}.
   *
   * @param instant the instant
   * @return the local date
   */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), accountingZone());
  }

  /**
   * Returns the itemized balance at the end of a day: every entry effective on or before {@code
   * asOf}, none after.
   *
   * @param asOf the date
   * @return the balance
   */
  public Balance balanceAsOf(LocalDate asOf) {
    return index().balanceAsOf(Objects.requireNonNull(asOf, "asOf").toEpochDay(), currency());
  }

  /**
   * Returns the itemized balance at the end of the date on which {@code asOf} falls in the
   * accounting zone.
   *
   * @param asOf the instant
   * @return the balance
   */
  public Balance balanceAsOf(Instant asOf) {
    return balanceAsOf(dateOf(asOf));
  }

  /**
   * Returns what is owed after credits at the end of a day: {@code balanceAsOf(asOf).net()},
   * computed without itemizing.
   *
   * @param asOf the date
   * @return the net balance: negative when the debtor is in credit
   */
  public Money netBalanceAsOf(LocalDate asOf) {
    return Money.ofMinor(currency(), netMinorUnitsAsOf(asOf));
  }

  /**
   * Returns the net balance at the end of a day in minor units of the currency (cents for USD), for
   * aggregations that add many receivables exactly and fast.
   *
   * @param asOf the date
   * @return the net balance in minor units: negative when the debtor is in credit
   */
  public long netMinorUnitsAsOf(LocalDate asOf) {
    long day = Objects.requireNonNull(asOf, "asOf").toEpochDay();
    // The last two effective days are kept in this object's own fields, so the common cases
    // (every entry effective, or all but the latest day's) read no other memory.
    if (day >= lastEffectiveEpochDay()) {
      return finalNetMinorUnits();
    }
    if (day >= previousEffectiveEpochDay()) {
      return previousNetMinorUnits();
    }
    return index().netAsOf(day);
  }

  /**
   * Computes the net balances of a range of a list of receivables at the end of one day, in minor
   * units: the same figures as {@link #netMinorUnitsAsOf(LocalDate)} on each, for bulk aggregations
   * (aging a portfolio, exposure by segment) that work through a large portfolio a block of a few
   * hundred receivables at a time.
   *
   * <p>It is faster than one call per receivable on large portfolios: most balances are answered
   * from each receivable's own fields in a first short pass, whose memory reads the processor can
   * overlap; only receivables with two or more effective days after {@code asOf} consult their
   * ledger index, in a second pass, when the first has brought the receivables into cache.
   *
   * @param asOf the date
   * @param receivables the receivables, unchanged during the call (each is read up to three times);
   *     a list without random access has its range copied first
   * @param from the index of the first receivable, inclusive
   * @param to the index after the last receivable
   * @param netMinorUnits receives the net balance of {@code receivables.get(i)} at index {@code i -
   *     from}: negative when the debtor is in credit; later entries are left as they are
   * @throws IndexOutOfBoundsException if {@code from} or {@code to} is outside the list, or {@code
   *     from > to}
   * @throws IllegalArgumentException if {@code netMinorUnits} is shorter than the range
   * @throws NullPointerException if an argument or a receivable in the range is null
   */
  public static void netMinorUnitsAsOfEach(
      LocalDate asOf,
      List<? extends Receivable> receivables,
      int from,
      int to,
      long[] netMinorUnits) {
    long day = Objects.requireNonNull(asOf, "asOf").toEpochDay();
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(netMinorUnits, "netMinorUnits");
    Objects.checkFromToIndex(from, to, receivables.size());
    if (netMinorUnits.length < to - from) {
      throw new IllegalArgumentException(
          "netMinorUnits must hold one balance per receivable in the range ("
              + (to - from)
              + "), but its length is "
              + netMinorUnits.length);
    }
    List<? extends Receivable> list = receivables;
    int offset = from;
    if (!(receivables instanceof RandomAccess)) {
      list = new ArrayList<>(receivables.subList(from, to));
      offset = 0;
    }
    int size = to - from;
    boolean anyIndexed = false;
    for (int i = 0; i < size; i++) {
      Receivable receivable = list.get(offset + i);
      if (receivable == null) {
        throw new NullPointerException("receivables[" + (from + i) + "]");
      }
      if (day >= receivable.lastEffectiveEpochDay()) {
        netMinorUnits[i] = receivable.finalNetMinorUnits();
      } else if (day >= receivable.previousEffectiveEpochDay()) {
        netMinorUnits[i] = receivable.previousNetMinorUnits();
      } else {
        anyIndexed = true;
      }
    }
    if (anyIndexed) {
      // The receivables are in cache now, and each index is two objects away: one short pass per
      // step lets the processor fetch the indexes of many receivables at once, and the search
      // then runs in cache.
      for (int i = 0; i < size; i++) {
        Receivable receivable = list.get(offset + i);
        if (day < receivable.previousEffectiveEpochDay()) {
          netMinorUnits[i] = receivable.index().lastDay();
        }
      }
      for (int i = 0; i < size; i++) {
        Receivable receivable = list.get(offset + i);
        if (day < receivable.previousEffectiveEpochDay()) {
          netMinorUnits[i] = receivable.index().netAsOf(day);
        }
      }
    }
  }

  /**
   * Returns the ledger as the net balance after each effective day, for bulk aggregations that keep
   * their own compact copy (such as an aging snapshot): pairs of an epoch day and the net balance
   * in minor units once every entry effective on or before that day counts, in increasing order of
   * day. The net balance before the first day is zero.
   *
   * @return a new array {@code [day0, net0, day1, net1, ...]}, one pair per distinct effective day
   */
  public long[] netBalancePoints() {
    return index().netPoints();
  }

  /**
   * Returns how many days past due the receivable is on a date, counted in calendar days from the
   * due date: the due date itself is day 0 (current), the next day is day 1.
   *
   * @param asOf the date
   * @return the days past due; negative before the due date
   */
  public long daysPastDue(LocalDate asOf) {
    return Objects.requireNonNull(asOf, "asOf").toEpochDay() - dueEpochDay();
  }

  /**
   * Returns how many days past due the receivable is at an instant, on the date the instant falls
   * on in the accounting zone.
   *
   * @param asOf the instant
   * @return the days past due; negative before the due date
   */
  public long daysPastDue(Instant asOf) {
    return daysPastDue(dateOf(asOf));
  }

  /**
   * Returns how many days have passed since the issue date: the age used by invoice-date aging.
   *
   * @param asOf the date
   * @return the days since issue; negative before the issue date
   */
  public long daysSinceIssue(LocalDate asOf) {
    return Objects.requireNonNull(asOf, "asOf").toEpochDay() - issueEpochDay();
  }

  @Value.Check
  void check() {
    if (dueDate().isBefore(issueDate())) {
      throw new IllegalArgumentException(
          "due date must not be before the issue date: "
              + issueDate()
              + " then "
              + dueDate()
              + " for receivable "
              + id());
    }
    Checks.personalText(originalCreditor(), "original creditor");
    boolean studentLoan = type() == ReceivableType.STUDENT_LOAN;
    if (studentLoan && servicingAccountNumber().isEmpty()) {
      throw new IllegalArgumentException(
          "a student loan needs its servicing account number: receivable " + id());
    }
    if (!studentLoan && servicingAccountNumber().isPresent()) {
      throw new IllegalArgumentException(
          "only a student loan has a servicing account number: receivable "
              + id()
              + " is "
              + type());
    }
    servicingAccountNumber().ifPresent(n -> Checks.personalText(n, "servicing account number"));
  }

  /**
   * Returns the identifiers, type, currency, dates and number of entries, withholding the servicing
   * account number.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Receivable{id="
        + id()
        + ", debtorId="
        + debtorId()
        + ", type="
        + type()
        + ", currency="
        + currency()
        + ", issueDate="
        + issueDate()
        + ", dueDate="
        + dueDate()
        + ", entries="
        + entries().size()
        + "}";
  }
}
