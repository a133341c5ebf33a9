package dev.collections.core.metrics;

import dev.collections.core.aging.AgedReceivable;
import dev.collections.core.aging.AgingBucket;
import dev.collections.core.aging.AgingDetail;
import dev.collections.core.aging.AgingScheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The bucket-to-bucket roll-rate matrix between two agings of the same portfolio: for every
 * receivable open in bucket {@code k} at the earlier date, where it stands at the later date — in
 * bucket {@code j}, settled, in credit, or gone from the portfolio.
 *
 * <p>Unlike the aggregate {@link RollRate}, the matrix follows each receivable, so balances are
 * conserved: the cells of a row add up, in count and in earlier balance, to the earlier bucket's
 * figures, and a row's rates add up to 1 (to within rounding). Receivables that are new at the
 * later date take no part. Rates weigh receivables by their earlier balance and are rounded once
 * each, to 4 decimals with {@code HALF_EVEN} unless set otherwise.
 *
 * <pre>{@code
 * RollRateMatrix matrix = RollRateMatrix.between(februaryDetail, marchDetail);
 * matrix.rate(CurrencyUnit.USD, thirtyDays, sixtyDays); // Optional[0.4000]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RollRateMatrix {

  private static final int OUTCOMES = RollCell.Destination.values().length - 1;

  private final LocalDate previousDate;
  private final LocalDate currentDate;
  private final AgingScheme scheme;
  private final int scale;
  private final RoundingMode roundingMode;
  private final Map<CurrencyUnit, List<List<RollCell>>> rows;

  private RollRateMatrix(
      LocalDate previousDate,
      LocalDate currentDate,
      AgingScheme scheme,
      int scale,
      RoundingMode roundingMode,
      Map<CurrencyUnit, List<List<RollCell>>> rows) {
    this.previousDate = previousDate;
    this.currentDate = currentDate;
    this.scheme = scheme;
    this.scale = scale;
    this.roundingMode = roundingMode;
    this.rows = rows;
  }

  /**
   * Returns the matrix between two agings, rates to 4 decimals with {@code HALF_EVEN}.
   *
   * @param previous the earlier aging
   * @param current the later aging, with the same scheme and a later date
   * @return the matrix
   * @throws IllegalArgumentException if the schemes differ or {@code current} is not later
   */
  public static RollRateMatrix between(AgingDetail previous, AgingDetail current) {
    return between(previous, current, Metric.DEFAULT_SCALE, Metric.DEFAULT_ROUNDING_MODE);
  }

  /**
   * Returns the matrix between two agings, rates rounded as given.
   *
   * @param previous the earlier aging
   * @param current the later aging, with the same scheme and a later date
   * @param scale the decimal places of each rate, from 0 to {@link Metric#MAX_SCALE}
   * @param roundingMode how each rate is rounded, not {@link RoundingMode#UNNECESSARY}
   * @return the matrix
   * @throws IllegalArgumentException if the schemes differ, {@code current} is not later, or the
   *     rounding is invalid
   */
  public static RollRateMatrix between(
      AgingDetail previous, AgingDetail current, int scale, RoundingMode roundingMode) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(roundingMode, "roundingMode");
    checkSnapshots(previous.scheme(), current.scheme(), previous.asOf(), current.asOf());
    if (scale < 0 || scale > Metric.MAX_SCALE || roundingMode == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "rates need a scale from 0 to "
              + Metric.MAX_SCALE
              + " and a rounding mode that rounds: "
              + scale
              + ", "
              + roundingMode);
    }
    AgingScheme scheme = previous.scheme();
    int buckets = scheme.buckets().size();
    int columns = buckets + OUTCOMES;
    // Per currency: [from][column] -> count, earlier units, later units.
    Map<CurrencyUnit, long[][][]> tallies = new TreeMap<>();
    for (AgedReceivable before : previous.rows()) {
      if (before.status() != AgedReceivable.Status.OPEN) {
        continue;
      }
      CurrencyUnit currency = before.balance().getCurrencyUnit();
      long[][][] tally = tallies.computeIfAbsent(currency, c -> new long[buckets][columns][3]);
      int from = scheme.bucketIndexOf(before.age());
      Optional<AgedReceivable> after = current.row(before.receivableId());
      int column;
      long later = 0;
      if (after.isEmpty()) {
        column = buckets + 2;
      } else {
        later = after.get().balance().getAmountMinorLong();
        column =
            switch (after.get().status()) {
              case OPEN -> scheme.bucketIndexOf(after.get().age());
              case SETTLED -> buckets;
              case CREDIT -> buckets + 1;
            };
      }
      long[] cell = tally[from][column];
      cell[0]++;
      cell[1] = Math.addExact(cell[1], before.balance().getAmountMinorLong());
      cell[2] = Math.addExact(cell[2], later);
    }
    Map<CurrencyUnit, List<List<RollCell>>> rows = new TreeMap<>();
    for (Map.Entry<CurrencyUnit, long[][][]> entry : tallies.entrySet()) {
      rows.put(
          entry.getKey(), cells(scheme, entry.getKey(), entry.getValue(), scale, roundingMode));
    }
    return new RollRateMatrix(
        previous.asOf(),
        current.asOf(),
        scheme,
        scale,
        roundingMode,
        Collections.unmodifiableMap(rows));
  }

  private static List<List<RollCell>> cells(
      AgingScheme scheme, CurrencyUnit currency, long[][][] tally, int scale, RoundingMode mode) {
    List<AgingBucket> buckets = scheme.buckets();
    List<List<RollCell>> result = new ArrayList<>();
    for (int from = 0; from < buckets.size(); from++) {
      long rowTotal = 0;
      for (long[] cell : tally[from]) {
        rowTotal = Math.addExact(rowTotal, cell[1]);
      }
      List<RollCell> row = new ArrayList<>();
      for (int column = 0; column < tally[from].length; column++) {
        long[] cell = tally[from][column];
        RollCell.Destination destination = destinationOf(column, buckets.size());
        RollCell.Builder builder =
            RollCell.builder()
                .from(buckets.get(from))
                .destination(destination)
                .count(cell[0])
                .previousBalance(Money.ofMinor(currency, cell[1]))
                .currentBalance(Money.ofMinor(currency, cell[2]));
        if (column < buckets.size()) {
          builder.to(buckets.get(column));
        }
        if (rowTotal > 0) {
          builder.rate(
              BigDecimal.valueOf(cell[1]).divide(BigDecimal.valueOf(rowTotal), scale, mode));
        }
        row.add(builder.build());
      }
      result.add(List.copyOf(row));
    }
    return List.copyOf(result);
  }

  /** The destination of a column: the buckets, then settled, credit and removed. */
  private static RollCell.Destination destinationOf(int column, int buckets) {
    if (column < buckets) {
      return RollCell.Destination.BUCKET;
    }
    return switch (column - buckets) {
      case 0 -> RollCell.Destination.SETTLED;
      case 1 -> RollCell.Destination.CREDIT;
      default -> RollCell.Destination.REMOVED;
    };
  }

  static void checkSnapshots(
      AgingScheme previousScheme,
      AgingScheme currentScheme,
      LocalDate previous,
      LocalDate current) {
    if (!previousScheme.equals(currentScheme)) {
      throw new IllegalArgumentException(
          "roll rates need the same aging scheme at both dates: "
              + previousScheme.buckets()
              + " and "
              + currentScheme.buckets());
    }
    if (!current.isAfter(previous)) {
      throw new IllegalArgumentException(
          "roll rates need the later aging to be later: " + previous + " then " + current);
    }
  }

  /**
   * Returns the earlier date.
   *
   * @return the date of the earlier aging
   */
  public LocalDate previousDate() {
    return previousDate;
  }

  /**
   * Returns the later date.
   *
   * @return the date of the later aging
   */
  public LocalDate currentDate() {
    return currentDate;
  }

  /**
   * Returns the aging scheme of both agings.
   *
   * @return the scheme
   */
  public AgingScheme scheme() {
    return scheme;
  }

  /**
   * Returns the decimal places each rate is rounded to.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns how each rate is rounded.
   *
   * @return the rounding mode
   */
  public RoundingMode roundingMode() {
    return roundingMode;
  }

  /**
   * Returns the currencies of the receivables open at the earlier date.
   *
   * @return the currencies, in code order
   */
  public Set<CurrencyUnit> currencies() {
    return rows.keySet();
  }

  /**
   * Returns one row of the matrix: the cells of the receivables open in a bucket at the earlier
   * date, one per later bucket in the scheme's order, then settled, credit and removed.
   *
   * @param currency the currency
   * @param from a bucket of the scheme
   * @return the row's cells; all zero for a currency or bucket with nothing in it
   * @throws IllegalArgumentException if the bucket is not in the scheme
   */
  public List<RollCell> row(CurrencyUnit currency, AgingBucket from) {
    Objects.requireNonNull(currency, "currency");
    int index = scheme.buckets().indexOf(Objects.requireNonNull(from, "from"));
    if (index < 0) {
      throw new IllegalArgumentException("bucket is not in the matrix's scheme: " + from);
    }
    List<List<RollCell>> table = rows.get(currency);
    if (table == null) {
      long[][][] empty = new long[scheme.buckets().size()][scheme.buckets().size() + OUTCOMES][3];
      table = cells(scheme, currency, empty, scale, roundingMode);
    }
    return table.get(index);
  }

  /**
   * Returns every cell for a currency, row by row.
   *
   * @param currency the currency
   * @return the cells
   */
  public List<RollCell> cells(CurrencyUnit currency) {
    List<RollCell> all = new ArrayList<>();
    for (AgingBucket from : scheme.buckets()) {
      all.addAll(row(currency, from));
    }
    return List.copyOf(all);
  }

  /**
   * Returns the share of a bucket's earlier balance found in another bucket at the later date.
   *
   * @param currency the currency
   * @param from the earlier bucket
   * @param to the later bucket
   * @return the rate as a fraction, or empty when the earlier bucket held nothing
   * @throws IllegalArgumentException if a bucket is not in the scheme
   */
  public Optional<BigDecimal> rate(CurrencyUnit currency, AgingBucket from, AgingBucket to) {
    int column = scheme.buckets().indexOf(Objects.requireNonNull(to, "to"));
    if (column < 0) {
      throw new IllegalArgumentException("bucket is not in the matrix's scheme: " + to);
    }
    return row(currency, from).get(column).rate();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RollRateMatrix other
        && previousDate.equals(other.previousDate)
        && currentDate.equals(other.currentDate)
        && scheme.equals(other.scheme)
        && scale == other.scale
        && roundingMode == other.roundingMode
        && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(previousDate, currentDate, scheme, scale, roundingMode, rows);
  }

  /**
   * Returns the dates and, per currency, each non-empty cell with its count and rate.
   *
   * @return a multi-line description
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("RollRateMatrix ")
            .append(previousDate)
            .append(" -> ")
            .append(currentDate);
    for (CurrencyUnit currency : rows.keySet()) {
      text.append('\n').append(currency.getCode()).append(':');
      for (RollCell cell : cells(currency)) {
        if (cell.count() > 0) {
          text.append("\n  ")
              .append(cell.from().label())
              .append(" -> ")
              .append(cell.to().map(AgingBucket::label).orElse(cell.destination().name()))
              .append(": ")
              .append(cell.count())
              .append(", ")
              .append(cell.previousBalance().getAmount())
              .append(cell.rate().map(r -> " (" + r.toPlainString() + ")").orElse(""));
        }
      }
    }
    return text.toString();
  }
}
