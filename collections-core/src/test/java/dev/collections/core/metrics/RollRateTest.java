package dev.collections.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.collections.core.aging.AgingBucket;
import dev.collections.core.aging.AgingDetail;
import dev.collections.core.aging.AgingItem;
import dev.collections.core.aging.AgingReport;
import dev.collections.core.aging.AgingScheme;
import dev.collections.core.debtor.DebtorId;
import dev.collections.core.receivable.Charge;
import dev.collections.core.receivable.Component;
import dev.collections.core.receivable.EntryId;
import dev.collections.core.receivable.Payment;
import dev.collections.core.receivable.Receivable;
import dev.collections.core.receivable.ReceivableId;
import dev.collections.core.receivable.ReceivableType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** DOMAIN.md 2.5: roll rates between snapshots, the flow to loss, and the tracked matrix. */
class RollRateTest {

  private static final CurrencyUnit USD = CurrencyUnit.USD;
  private static final LocalDate FEB_29 = LocalDate.of(2024, 2, 29);
  private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);
  private static final AgingScheme STANDARD = AgingScheme.standard();
  private static final AgingBucket CURRENT = STANDARD.buckets().get(0);
  private static final AgingBucket DAYS_1_30 = STANDARD.buckets().get(1);
  private static final AgingBucket DAYS_31_60 = STANDARD.buckets().get(2);

  @Test
  void rollRate_investopediaExample_fortyPercent() {
    RollRate rate = RollRate.of(Money.parse("USD 100000000.00"), Money.parse("USD 40000000.00"));
    assertEquals(Optional.of(new BigDecimal("0.4000")), rate.value());
    assertEquals(Optional.of(new BigDecimal("40.00")), rate.percent());
  }

  @Test
  void rollRate_emptyEarlierBucket_undefined() {
    RollRate rate = RollRate.of(Money.zero(USD), Money.parse("USD 5.00"));
    assertEquals(Optional.empty(), rate.value());
    assertEquals(Optional.of("the earlier bucket's balance is zero"), rate.undefinedReason());
  }

  @Test
  void rollRate_badInput_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RollRate.of(Money.parse("USD -1.00"), Money.parse("USD 5.00")));
    assertEquals("previousBalance must not be negative: USD -1.00", e.getMessage());
  }

  @Test
  void rollRatesBetweenReports_consecutiveBuckets() {
    ReceivableId id = ReceivableId.of("R");
    AgingReport february =
        AgingReport.ofItems(
            FEB_29,
            STANDARD,
            List.of(AgingItem.of(id, FEB_29.minusDays(20), Money.parse("USD 1000.00"))));
    AgingReport march =
        AgingReport.ofItems(
            MAR_31,
            STANDARD,
            List.of(AgingItem.of(id, MAR_31.minusDays(45), Money.parse("USD 400.00"))));
    List<RollRate> rates = RollRate.between(february, march, USD);
    assertEquals(5, rates.size());
    assertEquals(Optional.of(DAYS_1_30), rates.get(1).fromBucket());
    assertEquals(Optional.of(DAYS_31_60), rates.get(1).toBucket());
    assertEquals(Optional.of(new BigDecimal("0.4000")), rates.get(1).value());
    assertEquals(Optional.empty(), rates.get(0).value());
  }

  @Test
  void flowRate_chainOfStages_domainExample() {
    FlowRate flow =
        FlowRate.of(
            List.of(
                new BigDecimal("0.05"),
                new BigDecimal("0.40"),
                new BigDecimal("0.60"),
                new BigDecimal("0.80")));
    assertEquals(Optional.of(new BigDecimal("0.009600")), flow.value());
    assertEquals(Optional.of(new BigDecimal("0.9600")), flow.percent());
    assertEquals(
        Optional.of(new BigDecimal("0.0096")),
        flow.withRounding(4, RoundingMode.HALF_EVEN).value());
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> FlowRate.of(List.of()));
    assertEquals("a flow needs at least one stage: []", empty.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> FlowRate.of(List.of(new BigDecimal("-0.1"))));
  }

  static Receivable receivable(String id, LocalDate due, String amount) {
    return Receivable.builder()
        .id(ReceivableId.of(id))
        .debtorId(DebtorId.of("D"))
        .currency(USD)
        .accountingZone(ZoneId.of("America/New_York"))
        .issueDate(due.minusDays(30))
        .dueDate(due)
        .originalCreditor("Acme")
        .type(ReceivableType.CREDIT_CARD)
        .addEntries(
            Charge.of(
                EntryId.of("C"),
                due.minusDays(30),
                Component.PRINCIPAL,
                Money.parse("USD " + amount)))
        .build();
  }

  static Receivable paid(Receivable receivable, LocalDate on, String amount) {
    Money money = Money.parse("USD " + amount);
    return receivable.withEntry(
        Payment.of(EntryId.of("P"), on, money, Map.of(Component.PRINCIPAL, money)));
  }

  @Test
  void matrix_followsEachReceivable_andConservesEachRow() {
    LocalDate dueFeb10 = LocalDate.of(2024, 2, 10);
    Receivable a = paid(receivable("A", dueFeb10, "100.00"), LocalDate.of(2024, 3, 5), "100.00");
    Receivable b = receivable("B", dueFeb10, "200.00");
    Receivable c = paid(receivable("C", dueFeb10, "300.00"), LocalDate.of(2024, 3, 5), "50.00");
    Receivable d = receivable("D", LocalDate.of(2024, 3, 15), "70.00");
    Receivable e = receivable("E", dueFeb10, "400.00");
    List<Receivable> february = List.of(a, b, c, d, e);
    List<Receivable> march = List.of(a, b, c, d);
    RollRateMatrix matrix =
        RollRateMatrix.between(
            AgingDetail.of(FEB_29, STANDARD, february, Set.of()),
            AgingDetail.of(MAR_31, STANDARD, march, Set.of()));
    List<RollCell> row = matrix.row(USD, DAYS_1_30);
    // Earlier 1-30 held A, B, C, E: 1,000.00. B and C moved to 31-60, A settled, E left.
    RollCell toSixty = row.get(2);
    assertEquals(2, toSixty.count());
    assertEquals(Money.parse("USD 500.00"), toSixty.previousBalance());
    assertEquals(Money.parse("USD 450.00"), toSixty.currentBalance());
    assertEquals(Optional.of(new BigDecimal("0.5000")), toSixty.rate());
    RollCell settled = row.get(STANDARD.buckets().size());
    assertEquals(RollCell.Destination.SETTLED, settled.destination());
    assertEquals(Optional.of(new BigDecimal("0.1000")), settled.rate());
    RollCell removed = row.get(STANDARD.buckets().size() + 2);
    assertEquals(RollCell.Destination.REMOVED, removed.destination());
    assertEquals(Money.parse("USD 400.00"), removed.previousBalance());
    assertEquals(Optional.of(new BigDecimal("0.4000")), removed.rate());
    Money rowTotal = Money.zero(USD);
    long rowCount = 0;
    for (RollCell cell : row) {
      rowTotal = rowTotal.plus(cell.previousBalance());
      rowCount += cell.count();
    }
    assertEquals(Money.parse("USD 1000.00"), rowTotal);
    assertEquals(4, rowCount);
    assertEquals(Optional.of(new BigDecimal("1.0000")), matrix.rate(USD, CURRENT, DAYS_1_30));
    assertTrue(matrix.toString().contains("1-30 -> 31-60: 2, 500.00 (0.5000)"), matrix.toString());
  }

  @Test
  void matrixAndDetail_equalByValue() {
    LocalDate dueFeb10 = LocalDate.of(2024, 2, 10);
    List<Receivable> portfolio =
        List.of(receivable("A", dueFeb10, "100.00"), receivable("B", dueFeb10, "50.00"));
    AgingDetail feb = AgingDetail.of(FEB_29, STANDARD, portfolio, Set.of());
    AgingDetail mar = AgingDetail.of(MAR_31, STANDARD, portfolio, Set.of());
    AgingDetail marOne = AgingDetail.of(MAR_31, STANDARD, portfolio.subList(0, 1), Set.of());
    new EqualsTester()
        .addEqualityGroup(feb, AgingDetail.of(FEB_29, STANDARD, portfolio, Set.of()))
        .addEqualityGroup(mar)
        .addEqualityGroup(marOne)
        .addEqualityGroup(AgingDetail.of(FEB_29, STANDARD, portfolio, Set.of(ReceivableId.of("A"))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RollRateMatrix.between(feb, mar), RollRateMatrix.between(feb, mar))
        .addEqualityGroup(RollRateMatrix.between(feb, marOne))
        .addEqualityGroup(RollRateMatrix.between(feb, mar, 2, RoundingMode.HALF_UP))
        .testEquals();
    assertEquals(2, RollRateMatrix.between(feb, mar, 2, RoundingMode.HALF_UP).scale());
  }

  @Test
  void matrix_needsSameSchemeAndLaterDate() {
    AgingDetail feb = AgingDetail.of(FEB_29, STANDARD, List.of(), Set.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RollRateMatrix.between(feb, feb));
    assertEquals(
        "roll rates need the later aging to be later: 2024-02-29 then 2024-02-29", e.getMessage());
    AgingDetail other =
        AgingDetail.of(
            MAR_31,
            AgingScheme.of(List.of(AgingBucket.current(), AgingBucket.from(1))),
            List.of(),
            Set.of());
    assertThrows(IllegalArgumentException.class, () -> RollRateMatrix.between(feb, other));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RollRateMatrix.between(
                feb,
                AgingDetail.of(MAR_31, STANDARD, List.of(), Set.of()),
                2,
                RoundingMode.UNNECESSARY));
  }

  @Test
  void valuesAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            RollRate.of(Money.parse("USD 1.00"), Money.parse("USD 2.00")),
            RollRate.of(Money.parse("USD 1.00"), Money.parse("USD 2.00")))
        .addEqualityGroup(RollRate.of(Money.parse("USD 1.00"), Money.parse("USD 3.00")))
        .testEquals();
    new NullPointerTester()
        .setDefault(Money.class, Money.parse("USD 1.00"))
        .setDefault(CurrencyUnit.class, USD)
        .setDefault(AgingReport.class, AgingReport.empty(FEB_29, STANDARD))
        .setDefault(AgingDetail.class, AgingDetail.of(FEB_29, STANDARD, List.of(), Set.of()))
        .testAllPublicStaticMethods(RollRate.class);
    new NullPointerTester().testAllPublicStaticMethods(FlowRate.class);
  }
}
