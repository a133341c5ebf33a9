package dev.collections.core.debtor;

import dev.collections.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The debtor filed a bankruptcy petition, and the case may since have been dismissed or the debts
 * discharged.
 *
 * <p>The collector knows of the case from {@link #knownAt()}; the case's own course is dated by the
 * court: filed on {@link #filedOn()}, then ended by at most one of {@link #dismissedOn()} and
 * {@link #dischargedOn()}. The case is <em>active</em> on a date ({@link #isActiveOn(LocalDate)})
 * when it was filed on or before that date and was neither dismissed nor discharged on or before
 * it: from the filing date inclusive to the dismissal or discharge date exclusive. While it is
 * active the automatic stay of 11 U.S.C. 362(a) bars acts to collect pre-petition claims; after a
 * discharge the discharge injunction (11 U.S.C. 524) bars collecting the discharged debts for good;
 * after a dismissal collection may resume. Relief from the stay, the early end of the stay for
 * repeat filers and which debts arose before the petition are for the rules.
 *
 * <pre>{@code
 * Bankruptcy bankruptcy = Bankruptcy.builder()
 *     .chapter(BankruptcyChapter.CHAPTER_7)
 *     .filedOn(LocalDate.of(2024, 4, 2))
 *     .knownAt(Instant.parse("2024-04-05T13:00:00Z"))
 *     .build();
 * bankruptcy.isActiveOn(LocalDate.of(2024, 4, 2)); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@code toString} withholds the case number.
 */
@Value.Immutable
public abstract class Bankruptcy extends StatusEvent {

  Bankruptcy() {}

  /**
   * Returns the chapter under which the petition was filed.
   *
   * @return the chapter
   */
  public abstract BankruptcyChapter chapter();

  /**
   * Returns the date the petition was filed, when the automatic stay began.
   *
   * @return the filing date
   */
  public abstract LocalDate filedOn();

  /**
   * Returns the court's case number.
   *
   * @return the case number, not blank; empty when unknown
   */
  public abstract Optional<String> caseNumber();

  /**
   * Returns the date the case was dismissed; the case is no longer active from that date.
   *
   * @return the dismissal date, not before {@link #filedOn()}; empty unless dismissed
   */
  public abstract Optional<LocalDate> dismissedOn();

  /**
   * Returns the date the debtor received a discharge; the case is no longer active from that date.
   *
   * @return the discharge date, not before {@link #filedOn()}; empty unless discharged
   */
  public abstract Optional<LocalDate> dischargedOn();

  /**
   * Returns a builder of bankruptcies.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Bankruptcy}; the chapter, filing date and known instant are required, the case
   * number and the dismissal or discharge date optional.
   */
  public static final class Builder extends ImmutableBankruptcy.Builder {
    Builder() {}
  }

  /**
   * Returns this bankruptcy, dismissed on a date.
   *
   * @param dismissedOn the dismissal date, not before {@link #filedOn()}
   * @return the changed bankruptcy
   * @throws IllegalArgumentException if the date is before the filing date, or the case was
   *     discharged
   * @throws NullPointerException if {@code dismissedOn} is null
   */
  public Bankruptcy withDismissedOn(LocalDate dismissedOn) {
    return ((ImmutableBankruptcy) ImmutableBankruptcy.copyOf(this)).withDismissedOn(dismissedOn);
  }

  /**
   * Returns this bankruptcy, discharged on a date.
   *
   * @param dischargedOn the discharge date, not before {@link #filedOn()}
   * @return the changed bankruptcy
   * @throws IllegalArgumentException if the date is before the filing date, or the case was
   *     dismissed
   * @throws NullPointerException if {@code dischargedOn} is null
   */
  public Bankruptcy withDischargedOn(LocalDate dischargedOn) {
    return ((ImmutableBankruptcy) ImmutableBankruptcy.copyOf(this)).withDischargedOn(dischargedOn);
  }

  /**
   * Checks whether the case is active on a date: filed on or before it, and neither dismissed nor
   * discharged on or before it. The court's dates are calendar dates; a caller judging an instant
   * passes the date of that instant in the zone it judges by, and the earliest date among the
   * consumer's candidate zones is the cautious choice.
   *
   * @param date the date
   * @return true if the case is active on that date
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isActiveOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !filedOn().isAfter(date)
        && dismissedOn().map(date::isBefore).orElse(true)
        && dischargedOn().map(date::isBefore).orElse(true);
  }

  /**
   * Checks whether the debtor had received a discharge on or before a date.
   *
   * @param date the date
   * @return true if the case was discharged on or before that date
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isDischargedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return dischargedOn().map(d -> !d.isAfter(date)).orElse(false);
  }

  /**
   * Returns {@link StatusEventKind#BANKRUPTCY}.
   *
   * @return the kind
   */
  @Override
  public final StatusEventKind kind() {
    return StatusEventKind.BANKRUPTCY;
  }

  @Override
  boolean appliesAt(Instant instant) {
    return true;
  }

  @Value.Check
  void check() {
    caseNumber().ifPresent(n -> Checks.personalText(n, "bankruptcy case number"));
    if (dismissedOn().isPresent() && dischargedOn().isPresent()) {
      throw new IllegalArgumentException(
          "a bankruptcy ends by dismissal or by discharge, not both: dismissed "
              + dismissedOn().get()
              + ", discharged "
              + dischargedOn().get());
    }
    dismissedOn().ifPresent(d -> requireNotBeforeFiling(d, "dismissed"));
    dischargedOn().ifPresent(d -> requireNotBeforeFiling(d, "discharged"));
  }

  private void requireNotBeforeFiling(LocalDate date, String what) {
    if (date.isBefore(filedOn())) {
      throw new IllegalArgumentException(
          "a bankruptcy must not be "
              + what
              + " before it is filed: "
              + filedOn()
              + " then "
              + date);
    }
  }

  /**
   * Returns the chapter and dates, with the case number withheld.
   *
   * @return for example {@code Bankruptcy{chapter=CHAPTER_7, filedOn=2024-04-02,
   *     knownAt=2024-04-05T13:00:00Z, caseNumber=<withheld>}}
   */
  @Override
  public String toString() {
    return "Bankruptcy{chapter="
        + chapter()
        + ", filedOn="
        + filedOn()
        + ", knownAt="
        + knownAt()
        + caseNumber().map(n -> ", caseNumber=<withheld>").orElse("")
        + dismissedOn().map(d -> ", dismissedOn=" + d).orElse("")
        + dischargedOn().map(d -> ", dischargedOn=" + d).orElse("")
        + "}";
  }
}
