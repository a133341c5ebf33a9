package dev.collections.testkit.time;

import dev.collections.core.time.BusinessCalendar;
import dev.collections.core.time.BusinessDayConvention;
import dev.collections.core.time.PaymentFrequency;
import dev.collections.testkit.Gen;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of dates, instants, US time zones, business calendars, business-day conventions and
 * payment frequencies.
 *
 * <p>Dates and instants favour the days where date code breaks: every date generator's edge cases
 * include February 29, month ends and the US daylight-saving switch days, and one random draw in
 * ten is such a day somewhere in the range, not only at its ends.
 *
 * <pre>{@code
 * Property.forAll(TimeGens.dates(), TimeGens.businessCalendars()).check((date, calendar) -> ...);
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class TimeGens {

  /** The first date of {@link #dates()}. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1950, 1, 1);

  /** The last date of {@link #dates()}. */
  public static final LocalDate LAST_DATE = LocalDate.of(2150, 12, 31);

  /**
   * Every time zone of the United States and its inhabited territories: the contiguous states (with
   * Arizona, which keeps standard time, and the Indiana, Kentucky, North Dakota and Michigan
   * variants), Alaska (with Adak in Hawaii-Aleutian time), Hawaii, Puerto Rico and the US Virgin
   * Islands, Guam and the Northern Mariana Islands, and American Samoa.
   */
  public static final List<ZoneId> US_ZONES =
      List.of(
              "America/New_York",
              "America/Detroit",
              "America/Kentucky/Louisville",
              "America/Kentucky/Monticello",
              "America/Indiana/Indianapolis",
              "America/Indiana/Vincennes",
              "America/Indiana/Winamac",
              "America/Indiana/Marengo",
              "America/Indiana/Petersburg",
              "America/Indiana/Vevay",
              "America/Chicago",
              "America/Indiana/Tell_City",
              "America/Indiana/Knox",
              "America/Menominee",
              "America/North_Dakota/Center",
              "America/North_Dakota/New_Salem",
              "America/North_Dakota/Beulah",
              "America/Denver",
              "America/Boise",
              "America/Phoenix",
              "America/Los_Angeles",
              "America/Anchorage",
              "America/Juneau",
              "America/Sitka",
              "America/Metlakatla",
              "America/Yakutat",
              "America/Nome",
              "America/Adak",
              "Pacific/Honolulu",
              "America/Puerto_Rico",
              "America/St_Thomas",
              "Pacific/Guam",
              "Pacific/Saipan",
              "Pacific/Pago_Pago")
          .stream()
          .map(ZoneId::of)
          .toList();

  /** The zones whose daylight-saving switches the date and instant generators favour. */
  private static final List<ZoneId> DST_ZONES =
      List.of(
              "America/New_York",
              "America/Chicago",
              "America/Denver",
              "America/Los_Angeles",
              "America/Anchorage",
              "America/Adak")
          .stream()
          .map(ZoneId::of)
          .toList();

  private static final ZoneRules EASTERN = ZoneId.of("America/New_York").getRules();

  private TimeGens() {}

  /**
   * Returns a generator of dates from {@link #FIRST_DATE} to {@link #LAST_DATE}.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return dates(FIRST_DATE, LAST_DATE);
  }

  /**
   * Returns a generator of dates between two dates, both inclusive. Edge cases: both ends, the
   * February 29s nearest each end, the month ends of the first year, and the US daylight-saving
   * switch days of the first and last years, as far as they fall in the range.
   *
   * @param startInclusive the first date
   * @param endInclusive the last date, not before {@code startInclusive}
   * @return the generator
   * @throws IllegalArgumentException if {@code endInclusive} is before {@code startInclusive}
   */
  public static Gen<LocalDate> dates(LocalDate startInclusive, LocalDate endInclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "endInclusive must not be before startInclusive: "
              + startInclusive
              + " then "
              + endInclusive);
    }
    Set<LocalDate> edges = new LinkedHashSet<>();
    edges.add(startInclusive);
    edges.add(endInclusive);
    int firstYear = startInclusive.getYear();
    int lastYear = endInclusive.getYear();
    edges.addAll(leapDays(firstYear, lastYear, 3));
    edges.addAll(monthEnds(firstYear));
    edges.addAll(monthEnds(nextLeapYear(firstYear)));
    edges.addAll(dstSwitchDays(firstYear));
    edges.addAll(dstSwitchDays(lastYear));
    List<LocalDate> inRange =
        edges.stream()
            .filter(d -> !d.isBefore(startInclusive) && !d.isAfter(endInclusive))
            .toList();
    long firstDay = startInclusive.toEpochDay();
    long lastDay = endInclusive.toEpochDay();
    return Gen.of(
        (random, size) -> {
          if (random.nextInt(10) == 0) {
            LocalDate special = specialDay(random, random.nextInt(firstYear, lastYear + 1));
            if (!special.isBefore(startInclusive) && !special.isAfter(endInclusive)) {
              return special;
            }
          }
          return LocalDate.ofEpochDay(random.nextLong(firstDay, lastDay + 1));
        },
        inRange);
  }

  /**
   * Returns a generator of the time zones of the United States and its territories, {@link
   * #US_ZONES}.
   *
   * @return the generator; edge cases are Eastern, Arizona, Hawaii, Puerto Rico, Guam and American
   *     Samoa time
   */
  public static Gen<ZoneId> usZones() {
    return Gen.elements(US_ZONES)
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                ZoneId.of("America/New_York"),
                ZoneId.of("America/Phoenix"),
                ZoneId.of("Pacific/Honolulu"),
                ZoneId.of("America/Puerto_Rico"),
                ZoneId.of("Pacific/Guam"),
                ZoneId.of("Pacific/Pago_Pago")));
  }

  /**
   * Returns a generator of instants from the start of {@link #FIRST_DATE} to the end of {@link
   * #LAST_DATE}, in UTC.
   *
   * @return the generator
   */
  public static Gen<Instant> instants() {
    return instants(
        FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(),
        LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * Returns a generator of instants, to the second, in a half-open range. Edge cases: the start,
   * the last second, and the US daylight-saving transitions of the first and last years and a
   * second either side; one random draw in ten lands within a minute of a transition.
   *
   * @param startInclusive the first instant
   * @param endExclusive the instant after the last, after {@code startInclusive}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Gen<Instant> instants(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    long first = startInclusive.getEpochSecond();
    long end = endExclusive.getEpochSecond();
    if (end <= first) {
      throw new IllegalArgumentException(
          "endExclusive must be at least a second after startInclusive: "
              + startInclusive
              + " then "
              + endExclusive);
    }
    Set<Instant> edges = new LinkedHashSet<>();
    edges.add(Instant.ofEpochSecond(first));
    edges.add(Instant.ofEpochSecond(end - 1));
    int firstYear = startInclusive.atZone(ZoneOffset.UTC).getYear();
    int lastYear = endExclusive.atZone(ZoneOffset.UTC).getYear();
    for (ZoneId zone : DST_ZONES) {
      for (int year : new int[] {firstYear, lastYear}) {
        for (Instant transition : transitions(zone.getRules(), year)) {
          edges.add(transition.minusSeconds(1));
          edges.add(transition);
          edges.add(transition.plusSeconds(1));
        }
      }
    }
    List<Instant> inRange =
        edges.stream()
            .filter(i -> i.getEpochSecond() >= first && i.getEpochSecond() < end)
            .toList();
    return Gen.of(
        (random, size) -> {
          if (random.nextInt(10) == 0) {
            ZoneId zone = DST_ZONES.get(random.nextInt(DST_ZONES.size()));
            List<Instant> near =
                transitions(zone.getRules(), random.nextInt(firstYear, lastYear + 1));
            if (!near.isEmpty()) {
              long second =
                  near.get(random.nextInt(near.size())).getEpochSecond() + random.nextLong(-60, 61);
              if (second >= first && second < end) {
                return Instant.ofEpochSecond(second);
              }
            }
          }
          return Instant.ofEpochSecond(random.nextLong(first, end));
        },
        inRange);
  }

  /**
   * Returns a generator of business calendars: the standard calendars, and weekend calendars with
   * up to 20 extra holidays around {@code 2020-2030}.
   *
   * @return the generator; edge cases are the four standard calendars
   */
  public static Gen<BusinessCalendar> businessCalendars() {
    Gen<BusinessCalendar> standard =
        Gen.elements(
            BusinessCalendar.weekendsOnly(),
            BusinessCalendar.usFederalStatutory(),
            BusinessCalendar.usFederalObserved(),
            BusinessCalendar.usFederalReserve());
    Gen<BusinessCalendar> withExtra =
        Gen.zip(
            standard,
            Gen.listOf(dates(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)), 0, 20),
            BusinessCalendar::withHolidays);
    return Gen.<BusinessCalendar>frequency(
            List.of(java.util.Map.entry(3, standard), java.util.Map.entry(1, withExtra)))
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                BusinessCalendar.weekendsOnly(),
                BusinessCalendar.usFederalStatutory(),
                BusinessCalendar.usFederalObserved(),
                BusinessCalendar.usFederalReserve()));
  }

  /**
   * Returns a generator of the business-day conventions.
   *
   * @return the generator; every convention is an edge case
   */
  public static Gen<BusinessDayConvention> conventions() {
    return Gen.enums(BusinessDayConvention.class);
  }

  /**
   * Returns a generator of payment frequencies of every kind: semi-monthly with any valid pair of
   * days, and monthly, quarterly and annual frequencies with and without end-of-month stickiness.
   *
   * @return the generator; edge cases are one frequency of each kind and the sticky monthly one
   */
  public static Gen<PaymentFrequency> paymentFrequencies() {
    Gen<PaymentFrequency> semiMonthly =
        Gen.integers(1, 27)
            .flatMap(
                first ->
                    Gen.integers(first + 1, PaymentFrequency.LAST_DAY_OF_MONTH)
                        .map(second -> PaymentFrequency.semiMonthly(first, second)));
    Gen<PaymentFrequency> monthBased =
        Gen.zip(
            Gen.elements(
                PaymentFrequency.monthly(),
                PaymentFrequency.quarterly(),
                PaymentFrequency.annually()),
            Gen.booleans(),
            PaymentFrequency::withEndOfMonthSticky);
    return Gen.oneOf(
            List.of(
                Gen.elements(PaymentFrequency.weekly(), PaymentFrequency.biweekly()),
                semiMonthly,
                monthBased))
        .withoutEdgeCases()
        .withEdgeCases(
            List.of(
                PaymentFrequency.weekly(),
                PaymentFrequency.biweekly(),
                PaymentFrequency.semiMonthly(15, PaymentFrequency.LAST_DAY_OF_MONTH),
                PaymentFrequency.monthly(),
                PaymentFrequency.monthly().withEndOfMonthSticky(true),
                PaymentFrequency.quarterly(),
                PaymentFrequency.annually()));
  }

  /** A February 29, a month end, or a US DST switch day, in or near {@code year}. */
  private static LocalDate specialDay(RandomGenerator random, int year) {
    return switch (random.nextInt(3)) {
      case 0 -> LocalDate.of(nextLeapYear(year), Month.FEBRUARY, 29);
      case 1 ->
          LocalDate.of(year, random.nextInt(1, 13), 1).with(TemporalAdjusters.lastDayOfMonth());
      default -> {
        List<LocalDate> switches = dstSwitchDays(year);
        yield switches.isEmpty()
            ? LocalDate.of(year, Month.DECEMBER, 31)
            : switches.get(random.nextInt(switches.size()));
      }
    };
  }

  private static List<LocalDate> leapDays(int firstYear, int lastYear, int eachEnd) {
    List<LocalDate> days = new ArrayList<>();
    int year = nextLeapYear(firstYear);
    for (int i = 0; i < eachEnd && year <= lastYear; i++, year = nextLeapYear(year + 1)) {
      days.add(LocalDate.of(year, Month.FEBRUARY, 29));
    }
    year = previousLeapYear(lastYear);
    for (int i = 0; i < eachEnd && year >= firstYear; i++, year = previousLeapYear(year - 1)) {
      days.add(LocalDate.of(year, Month.FEBRUARY, 29));
    }
    return days;
  }

  private static List<LocalDate> monthEnds(int year) {
    List<LocalDate> ends = new ArrayList<>();
    for (Month month : Month.values()) {
      ends.add(LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth()));
    }
    return ends;
  }

  /** The local dates on which US Eastern time switches to or from daylight time in a year. */
  private static List<LocalDate> dstSwitchDays(int year) {
    List<LocalDate> days = new ArrayList<>();
    for (Instant transition : transitions(EASTERN, year)) {
      days.add(LocalDate.ofInstant(transition, ZoneId.of("America/New_York")));
    }
    return days;
  }

  private static List<Instant> transitions(ZoneRules rules, int year) {
    List<Instant> instants = new ArrayList<>();
    Instant cursor = LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = cursor.plus(366, ChronoUnit.DAYS);
    for (int i = 0; i < 4; i++) {
      ZoneOffsetTransition next = rules.nextTransition(cursor);
      if (next == null || !next.getInstant().isBefore(end)) {
        break;
      }
      if (next.getDateTimeBefore().getYear() == year) {
        instants.add(next.getInstant());
      }
      cursor = next.getInstant();
    }
    return instants;
  }

  private static int nextLeapYear(int year) {
    int y = year;
    while (!java.time.Year.isLeap(y)) {
      y++;
    }
    return y;
  }

  private static int previousLeapYear(int year) {
    int y = year;
    while (!java.time.Year.isLeap(y)) {
      y--;
    }
    return y;
  }
}
