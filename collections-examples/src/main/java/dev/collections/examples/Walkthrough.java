package dev.collections.examples;

import dev.collections.core.money.RemainderPlacement;
import dev.collections.core.money.Splits;
import dev.collections.core.time.BusinessCalendar;
import dev.collections.core.time.BusinessDayConvention;
import dev.collections.core.time.PaymentFrequency;
import dev.collections.core.time.UsFederalHoliday;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * A walkthrough of an embedding of collections, printed step by step: how a host (an ERP, a billing
 * product) turns its records into exact amounts and dates. Run it with the README's walkthrough
 * command.
 *
 * <p>The walkthrough grows with the library; today it covers exact money and calendar arithmetic,
 * the foundation every later step (balances, aging, contact rules) stands on.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /**
   * Prints the walkthrough to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the walkthrough to {@code out}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    out.println("collections walkthrough");
    out.println("=======================");
    out.println();

    // 1. A settlement in installments: the amounts must add up to the cent.
    Money settlement = Money.parse("USD 2500.00");
    int installments = 6;
    List<Money> amounts = Splits.equally(settlement, installments, RemainderPlacement.ALL_TO_LAST);
    out.println(
        "1. " + settlement + " in " + installments + " installments, last absorbs rounding:");
    out.println("   " + amounts + " (sum " + Money.total(amounts) + ")");
    List<Money> spread = Splits.equally(settlement, installments, RemainderPlacement.SPREAD);
    out.println("   spread instead: " + spread + " (sum " + Money.total(spread) + ")");
    out.println();

    // 2. The due dates: anchored monthly from January 31, moved off weekends and holidays.
    BusinessCalendar calendar = BusinessCalendar.usFederalObserved();
    LocalDate anchor = LocalDate.of(2024, 1, 31);
    PaymentFrequency monthly = PaymentFrequency.monthly().withEndOfMonthSticky(true);
    out.println("2. Due dates, " + monthly + " from " + anchor + ", adjusted FOLLOWING:");
    for (LocalDate scheduled : monthly.dates(anchor, installments)) {
      LocalDate due = BusinessDayConvention.FOLLOWING.adjust(scheduled, calendar);
      out.println(
          "   "
              + scheduled
              + " ("
              + scheduled.getDayOfWeek()
              + ") -> due "
              + due
              + (due.equals(scheduled) ? "" : " (moved)"));
    }
    out.println();

    // 3. A payment split across three debts in proportion to their balances.
    Money payment = Money.parse("USD 100.00");
    List<Money> balances =
        List.of(Money.parse("USD 1200.00"), Money.parse("USD 450.55"), Money.parse("USD 80.10"));
    List<Money> shares = Splits.proRata(payment, balances, RemainderPlacement.SPREAD);
    out.println("3. " + payment + " pro rata to balances " + balances + ":");
    out.println("   " + shares + " (sum " + Money.total(shares) + ")");
    out.println();

    // 4. Holidays computed by rule, for any year.
    LocalDate laborDay = UsFederalHoliday.LABOR_DAY.dateIn(2031).orElseThrow();
    out.println(
        "4. Labor Day 2031 is "
            + laborDay
            + "; 10 business days after 2031-08-29 is "
            + calendar.plusBusinessDays(LocalDate.of(2031, 8, 29), 10));
  }
}
