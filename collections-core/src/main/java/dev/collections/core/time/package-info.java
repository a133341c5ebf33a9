/**
 * Calendar arithmetic for receivables: business days, business-day conventions and payment
 * frequencies.
 *
 * <p>A {@link dev.collections.core.time.BusinessCalendar} says which days are business days (the US
 * federal calendars compute the holidays of 5 U.S.C. 6103(a) by rule for any year, see {@link
 * dev.collections.core.time.UsFederalHoliday}); a {@link
 * dev.collections.core.time.BusinessDayConvention} moves a date onto a business day; a {@link
 * dev.collections.core.time.PaymentFrequency} generates the dates of a schedule from its anchor.
 * Nothing here reads a clock.
 *
 * <pre>{@code
 * LocalDate due = BusinessDayConvention.FOLLOWING.adjust(
 *     LocalDate.of(2024, 8, 31), BusinessCalendar.usFederalObserved()); // 2024-09-03
 * }</pre>
 */
@CollectionsStyle
@NullMarked
package dev.collections.core.time;

import dev.collections.core.CollectionsStyle;
import org.jspecify.annotations.NullMarked;
