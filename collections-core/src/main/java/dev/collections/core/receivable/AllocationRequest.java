package dev.collections.core.receivable;

import dev.collections.core.debtor.DebtorId;
import dev.collections.core.debtor.DebtorStatus;
import dev.collections.core.money.Currencies;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The question an {@link AllocationPolicy} answers: how to apply one payment from a debtor to that
 * debtor's receivables, given their balances as of a date, the debts the consumer disputes and the
 * consumer's directions.
 *
 * <p>What a receivable can absorb is decided here, the same way for every policy: on each
 * component, what is {@linkplain Balance#outstanding(Component) outstanding} as of {@link #asOf()};
 * in all, never more than its positive {@linkplain Balance#net() net} balance, so a receivable with
 * a credit balance absorbs only what is owed after the credit, and one in credit (net zero or less)
 * absorbs nothing. Parts {@linkplain #priorParts() already allocated} by an earlier step of a
 * composed policy are subtracted from both. {@link #outstanding(ReceivableId, Component)} and
 * {@link #openBalance(ReceivableId)} give the results.
 *
 * <p>A receivable the consumer {@linkplain #disputedIds() disputes} absorbs nothing, always: its
 * open balance and what is outstanding on each of its components are zero here, and {@link
 * Allocation} rejects any part on it. A debt collector may never apply a payment to a disputed debt
 * (15 U.S.C. 1692h; 12 CFR 1006.30(c)), even one the consumer directs the payment to, and no
 * policy, standard or written by the host, can do so. A host that is not a debt collector and may
 * apply payments to disputed debts simply does not list them as disputed.
 *
 * <pre>{@code
 * AllocationRequest request = AllocationRequest.builder()
 *     .payment(Money.parse("USD 350.00")).asOf(LocalDate.of(2024, 5, 1))
 *     .addReceivables(loan, phoneBill)
 *     .addAllDisputedIds(AllocationRequest.disputedAmong(debtor.statusAsOf(receivedAt),
 *         List.of(loan, phoneBill)))
 *     .addDirection(PaymentDirection.of(loan.id(), Money.parse("USD 200.00")))
 *     .build();
 * }</pre>
 *
 * <p>Rules of shape, checked at construction: the payment is positive; every receivable is in the
 * payment's currency and owed by one debtor, and none appears twice; directions and prior parts
 * name receivables of the request, in its currency; prior parts fit what each receivable owed, and
 * none is on a disputed receivable. Disputed identifiers may name receivables outside the request
 * (the debtor's whole list of disputed debts, say): those are kept and have no effect. Several
 * directions may name the same receivable; they are applied in turn.
 *
 * <p>Immutable and thread-safe. Equal when every attribute is equal.
 */
@Value.Immutable
public abstract class AllocationRequest {

  AllocationRequest() {}

  /**
   * Returns the amount to allocate: the payment received, or what remains of it after {@link
   * #priorParts()}.
   *
   * @return a positive amount; its currency is the request's
   */
  public abstract Money payment();

  /**
   * Returns the date as of which balances are taken: every ledger entry effective on or before it
   * counts, none after. The payment is usually applied effective this date.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the receivables the payment may be applied to, in the order the host lists them (the
   * order {@link AllocationPolicy#inListedOrder(ComponentOrder)} follows).
   *
   * @return the receivables of one debtor, in the payment's currency, with distinct identifiers;
   *     possibly empty, in which case the whole payment is unapplied
   */
  public abstract List<Receivable> receivables();

  /**
   * Returns the receivables the consumer disputes, to which nothing of the payment may be applied
   * (15 U.S.C. 1692h): the request gives each of them nothing to absorb, whatever the policy.
   *
   * @return identifiers of disputed receivables, possibly empty; an identifier naming no receivable
   *     of the request is allowed and has no effect
   */
  public abstract Set<ReceivableId> disputedIds();

  /**
   * Returns the consumer's directions, in the order given: which debts to pay, and how much to
   * each.
   *
   * @return directions naming receivables of the request; possibly empty
   */
  public abstract List<PaymentDirection> directions();

  /**
   * Returns the parts of the same payment already allocated by an earlier step, as {@link
   * AllocationPolicy#orElse(AllocationPolicy)} passes them to its second policy: they reduce what
   * each receivable can absorb, and {@link #payment()} is what remains to allocate. Empty for a
   * payment just received.
   *
   * @return parts on receivables of the request, in its currency; a receivable and component may
   *     appear more than once (the parts add up)
   */
  public abstract List<AllocationPart> priorParts();

  /** What each receivable can still absorb, computed once. */
  @Value.Lazy
  Rooms rooms() {
    return Rooms.of(this);
  }

  /**
   * Returns the identifiers of the receivables that a debtor's status shows disputed, to pass to
   * {@code addAllDisputedIds}: those an open {@linkplain dev.collections.core.debtor.Dispute
   * dispute} covers, matching the dispute's {@linkplain dev.collections.core.debtor.DebtScope
   * debts} against each receivable's identifier text. Take the status as of the moment the payment
   * is received.
   *
   * <pre>{@code
   * Set<ReceivableId> disputed =
   *     AllocationRequest.disputedAmong(debtor.statusAsOf(receivedAt), receivables);
   * }</pre>
   *
   * @param status the status of the debtor who owes the receivables
   * @param receivables the receivables to look up; may be more than those the request lists
   * @return the identifiers of the disputed ones, in the order of {@code receivables}, each once;
   *     unmodifiable, possibly empty
   * @throws NullPointerException if an argument or one of the receivables is null
   */
  public static Set<ReceivableId> disputedAmong(
      DebtorStatus status, Collection<Receivable> receivables) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(receivables, "receivables");
    Set<ReceivableId> disputed = new LinkedHashSet<>();
    for (Receivable receivable : receivables) {
      ReceivableId id = Objects.requireNonNull(receivable, "receivable").id();
      if (status.isDisputed(id.value())) {
        disputed.add(id);
      }
    }
    return Collections.unmodifiableSet(disputed);
  }

  /**
   * Returns a builder of requests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AllocationRequest}: {@code payment} and {@code asOf} are required; receivables
   * are added with {@code addReceivable}, disputed identifiers with {@code addDisputedId},
   * directions with {@code addDirection} and prior parts with {@code addPriorPart}.
   */
  public static final class Builder extends ImmutableAllocationRequest.Builder {
    Builder() {}
  }

  /**
   * Returns this request with another amount to allocate.
   *
   * @param payment the amount, positive
   * @return the request with that payment
   * @throws IllegalArgumentException if the payment is not positive
   * @throws dev.collections.core.money.MixedCurrencyException if a receivable, direction or prior
   *     part is in another currency than the new payment
   * @throws NullPointerException if {@code payment} is null
   */
  public AllocationRequest withPayment(Money payment) {
    return ((ImmutableAllocationRequest) ImmutableAllocationRequest.copyOf(this))
        .withPayment(payment);
  }

  /**
   * Returns the request for the rest of the payment after an earlier step: {@code remainder} to
   * allocate, after {@code priorParts}.
   */
  AllocationRequest withRemainder(List<AllocationPart> priorParts, Money remainder) {
    return ((ImmutableAllocationRequest) ImmutableAllocationRequest.copyOf(this))
        .withPriorParts(priorParts)
        .withPayment(remainder);
  }

  /**
   * Returns the currency of the request: the payment's.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return payment().getCurrencyUnit();
  }

  /**
   * Checks whether the consumer disputes a receivable, so that nothing may be applied to it.
   *
   * @param receivableId the receivable, of the request or not
   * @return true when it is among {@link #disputedIds()}
   * @throws NullPointerException if {@code receivableId} is null
   */
  public boolean isDisputed(ReceivableId receivableId) {
    return disputedIds().contains(Objects.requireNonNull(receivableId, "receivableId"));
  }

  /**
   * Returns what a receivable can still absorb in all: the positive part of its net balance as of
   * {@link #asOf()}, less its {@link #priorParts()}; nothing when the consumer disputes it. No
   * allocation may apply more to it.
   *
   * @param receivableId a receivable of the request
   * @return zero or positive; zero for a receivable paid off, in credit or disputed
   * @throws IllegalArgumentException if the receivable is not in the request
   * @throws NullPointerException if {@code receivableId} is null
   */
  public Money openBalance(ReceivableId receivableId) {
    return rooms().get(Objects.requireNonNull(receivableId, "receivableId")).open();
  }

  /**
   * Returns what a payment may still pay on one component of a receivable: its outstanding amount
   * as of {@link #asOf()}, less its {@link #priorParts()} on that component; nothing when the
   * consumer disputes the receivable (its ledger balance is unchanged: ask {@link
   * Receivable#balanceAsOf(LocalDate)} for what is owed). No allocation may apply more to the
   * component.
   *
   * @param receivableId a receivable of the request
   * @param component the component
   * @return zero or positive; zero on every component of a disputed receivable
   * @throws IllegalArgumentException if the receivable is not in the request
   * @throws NullPointerException if an argument is null
   */
  public Money outstanding(ReceivableId receivableId, Component component) {
    Objects.requireNonNull(component, "component");
    return rooms().get(Objects.requireNonNull(receivableId, "receivableId")).outstanding(component);
  }

  @Value.Check
  void check() {
    if (!payment().isPositive()) {
      throw new IllegalArgumentException("payment must be positive: " + payment());
    }
    Set<ReceivableId> ids = new HashSet<>();
    @Nullable DebtorId debtor = null;
    for (Receivable receivable : receivables()) {
      Currencies.requireCurrency(
          receivable.currency(), currency(), "receivable " + receivable.id());
      if (!ids.add(receivable.id())) {
        throw new IllegalArgumentException("receivable ids must be unique: " + receivable.id());
      }
      if (debtor == null) {
        debtor = receivable.debtorId();
      } else if (!debtor.equals(receivable.debtorId())) {
        throw new IllegalArgumentException(
            "receivables must be owed by one debtor: "
                + debtor
                + " then "
                + receivable.debtorId()
                + " for receivable "
                + receivable.id());
      }
    }
    for (PaymentDirection direction : directions()) {
      requireKnown(ids, direction.receivableId(), "directions");
      direction
          .amount()
          .ifPresent(
              a ->
                  Currencies.requireCurrency(
                      a, currency(), "direction to " + direction.receivableId()));
    }
    for (AllocationPart part : priorParts()) {
      requireKnown(ids, part.receivableId(), "prior parts");
      Currencies.requireCurrency(
          part.amount(),
          currency(),
          "prior part to " + part.receivableId() + " " + part.component());
      if (isDisputed(part.receivableId())) {
        throw new IllegalArgumentException(
            "prior parts must not be applied to a disputed debt: " + part.receivableId());
      }
    }
    if (!priorParts().isEmpty()) {
      checkPriorParts();
    }
  }

  private void checkPriorParts() {
    for (Receivable receivable : receivables()) {
      Rooms.Room room = rooms().get(receivable.id());
      for (Component component : Component.values()) {
        Money owed = room.balance().outstanding(component);
        if (room.prior(component).isGreaterThan(owed)) {
          throw new IllegalArgumentException(
              "prior parts must not exceed what is outstanding: "
                  + room.prior(component)
                  + " > "
                  + owed
                  + " on "
                  + receivable.id()
                  + " "
                  + component);
        }
      }
      if (room.priorTotal().isGreaterThan(room.positiveNet())) {
        throw new IllegalArgumentException(
            "prior parts must not exceed the open balance: "
                + room.priorTotal()
                + " > "
                + room.positiveNet()
                + " on "
                + receivable.id());
      }
    }
  }

  private static void requireKnown(Set<ReceivableId> ids, ReceivableId id, String field) {
    if (!ids.contains(id)) {
      throw new IllegalArgumentException(field + " must name receivables of the request: " + id);
    }
  }
}
