package dev.collections.core.aging;

import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * The detail view of an aging: one row per receivable with its balance, age and bucket, from which
 * the summary {@link AgingReport} and the roll rates between two dates follow.
 *
 * <pre>{@code
 * AgingDetail detail = AgingDetail.of(asOf, AgingScheme.standard(), receivables, disputedIds);
 * detail.row(ReceivableId.of("INV-4")).orElseThrow().bucket().label(); // "31-60"
 * AgingReport summary = detail.summary();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgingDetail {

  private final LocalDate asOf;
  private final AgingScheme scheme;
  private final List<AgedReceivable> rows;
  private final Map<ReceivableId, AgedReceivable> byId;

  private AgingDetail(LocalDate asOf, AgingScheme scheme, List<AgedReceivable> rows) {
    this.asOf = asOf;
    this.scheme = scheme;
    this.rows = List.copyOf(rows);
    Map<ReceivableId, AgedReceivable> byId = new HashMap<>();
    for (AgedReceivable row : rows) {
      if (byId.put(row.receivableId(), row) != null) {
        throw new IllegalArgumentException(
            "an aging lists each receivable once: " + row.receivableId());
      }
    }
    this.byId = byId;
  }

  /**
   * Ages each receivable, settled ones included.
   *
   * @param asOf the date
   * @param scheme the buckets and basis
   * @param receivables the receivables, each at most once
   * @param disputed the identifiers of the disputed receivables
   * @return the detail, one row per receivable in the order given
   * @throws IllegalArgumentException if a receivable appears twice
   */
  public static AgingDetail of(
      LocalDate asOf,
      AgingScheme scheme,
      Iterable<Receivable> receivables,
      Set<ReceivableId> disputed) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(disputed, "disputed");
    List<AgedReceivable> rows = new ArrayList<>();
    for (Receivable receivable : receivables) {
      long age = scheme.ageOf(receivable, asOf);
      rows.add(
          AgedReceivable.builder()
              .receivableId(receivable.id())
              .debtorId(receivable.debtorId())
              .balance(receivable.netBalanceAsOf(asOf))
              .age(age)
              .bucket(scheme.bucketOf(age))
              .disputed(disputed.contains(receivable.id()))
              .build());
    }
    return new AgingDetail(asOf, scheme, rows);
  }

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the scheme.
   *
   * @return the buckets and basis
   */
  public AgingScheme scheme() {
    return scheme;
  }

  /**
   * Returns the rows, in the order the receivables were given.
   *
   * @return the rows
   */
  public List<AgedReceivable> rows() {
    return rows;
  }

  /**
   * Returns the row of one receivable.
   *
   * @param id the receivable's identifier
   * @return the row, or empty if the receivable is not in the detail
   */
  public Optional<AgedReceivable> row(ReceivableId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the summary report of the rows: equal to {@link AgingReport#of(LocalDate, AgingScheme,
   * Iterable, Set)} of the same receivables.
   *
   * @return the summary
   */
  public AgingReport summary() {
    List<AgingItem> items = new ArrayList<>(rows.size());
    for (AgedReceivable row : rows) {
      Money balance = row.balance();
      // An item whose due date makes its age the row's age, in the scheme's own basis.
      LocalDate from = asOf.minusDays(row.age());
      items.add(
          AgingItem.builder()
              .receivableId(row.receivableId())
              .dueDate(from)
              .issueDate(from)
              .openAmount(balance)
              .disputed(row.isDisputed())
              .build());
    }
    return AgingReport.ofItems(asOf, scheme, items);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgingDetail other
        && asOf.equals(other.asOf)
        && scheme.equals(other.scheme)
        && rows.equals(other.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, scheme, rows);
  }

  /**
   * Returns the date, the number of rows and the scheme's labels.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "AgingDetail{asOf="
        + asOf
        + ", rows="
        + rows.size()
        + ", scheme="
        + scheme.buckets()
        + "}";
  }
}
