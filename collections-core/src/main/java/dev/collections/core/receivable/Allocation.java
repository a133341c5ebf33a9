package dev.collections.core.receivable;

import dev.collections.core.money.Currencies;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a payment was split: the parts applied to components of the debtor's receivables, and the
 * rest, {@link #unapplied()}, which is never dropped: the host holds it as an overpayment or an
 * unapplied credit.
 *
 * <p>An allocation is checked against its {@link #request()} at construction, so no allocation can
 * exist that creates or loses money, overpays a debt or pays a disputed one: every part is positive
 * and in the request's currency; the parts name receivables of the request, each receivable and
 * component at most once; no part is on a receivable the request lists as {@linkplain
 * AllocationRequest#disputedIds() disputed} (15 U.S.C. 1692h; 12 CFR 1006.30(c)); no component
 * receives more than {@linkplain AllocationRequest#outstanding(ReceivableId, Component) is
 * outstanding} on it, no receivable more than its {@linkplain
 * AllocationRequest#openBalance(ReceivableId) open balance}; and the parts add up to at most the
 * payment, so that parts plus unapplied equal the payment exactly.
 *
 * <pre>{@code
 * Allocation allocation = policy.allocate(request);
 * allocation.appliedTo(loan.id());    // USD 350.00
 * allocation.allocationTo(loan.id()); // PRINCIPAL 195.00, INTEREST 50.00, FEES 105.00
 * allocation.toPayment(loan.id(), EntryId.of("P-9")).ifPresent(...); // the ledger entry to post
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when the requests and the parts, in order, are equal.
 */
@Value.Immutable
public abstract class Allocation {

  Allocation() {}

  /**
   * Returns the request this allocation answers.
   *
   * @return the request
   */
  public abstract AllocationRequest request();

  /**
   * Returns the parts of the payment applied, in the order the policy applied them.
   *
   * @return positive parts, one at most per receivable and component; empty when nothing is applied
   */
  public abstract List<AllocationPart> parts();

  /**
   * Returns a builder of allocations, for {@link AllocationPolicy} implementations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Allocation}: {@code request} is required; parts are added with {@code
   * addPart}.
   */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  /**
   * Returns the payment allocated: the request's.
   *
   * @return the payment
   */
  public Money payment() {
    return request().payment();
  }

  /**
   * Returns the total applied to receivables: the sum of the parts.
   *
   * @return zero or positive, at most the payment
   */
  public Money applied() {
    Money total = Money.zero(request().currency());
    for (AllocationPart part : parts()) {
      total = total.plus(part.amount());
    }
    return total;
  }

  /**
   * Returns the part of the payment applied to no receivable: an overpayment, or money a policy
   * left for the host to apply later (on account, or refunded).
   *
   * @return {@code payment()} minus {@link #applied()}: zero or positive
   */
  public Money unapplied() {
    return payment().minus(applied());
  }

  /**
   * Returns the total applied to each receivable that receives anything.
   *
   * @return the totals, positive, in the order of the request's receivables
   */
  public Map<ReceivableId, Money> appliedByReceivable() {
    Map<ReceivableId, Money> sums = new HashMap<>();
    for (AllocationPart part : parts()) {
      sums.merge(part.receivableId(), part.amount(), Money::plus);
    }
    Map<ReceivableId, Money> ordered = new LinkedHashMap<>();
    for (Receivable receivable : request().receivables()) {
      Money sum = sums.get(receivable.id());
      if (sum != null) {
        ordered.put(receivable.id(), sum);
      }
    }
    return Collections.unmodifiableMap(ordered);
  }

  /**
   * Returns the total applied to one receivable.
   *
   * @param receivableId a receivable of the request
   * @return zero or positive
   * @throws IllegalArgumentException if the receivable is not in the request
   * @throws NullPointerException if {@code receivableId} is null
   */
  public Money appliedTo(ReceivableId receivableId) {
    Money total = Money.zero(request().currency());
    for (Money amount : allocationTo(receivableId).values()) {
      total = total.plus(amount);
    }
    return total;
  }

  /**
   * Returns the amounts applied to each component of one receivable, as a {@link Payment}'s
   * allocation takes them.
   *
   * @param receivableId a receivable of the request
   * @return the components that receive something, in the order of {@link Component}, with positive
   *     amounts; empty when the receivable receives nothing
   * @throws IllegalArgumentException if the receivable is not in the request
   * @throws NullPointerException if {@code receivableId} is null
   */
  public Map<Component, Money> allocationTo(ReceivableId receivableId) {
    request().rooms().get(Objects.requireNonNull(receivableId, "receivableId"));
    Map<Component, Money> byComponent = new EnumMap<>(Component.class);
    for (AllocationPart part : parts()) {
      if (part.receivableId().equals(receivableId)) {
        byComponent.put(part.component(), part.amount());
      }
    }
    return Collections.unmodifiableMap(byComponent);
  }

  /**
   * Returns the ledger entry that records this allocation on one receivable: a {@link Payment} of
   * what the receivable receives, split by component, effective on the request's {@linkplain
   * AllocationRequest#asOf() as-of date}, for which the allocation was computed. What is unapplied
   * belongs to no receivable and is not in it.
   *
   * @param receivableId a receivable of the request
   * @param entryId the identifier of the new entry, new to that receivable's ledger
   * @return the payment entry, or empty when the receivable receives nothing
   * @throws IllegalArgumentException if the receivable is not in the request
   * @throws NullPointerException if an argument is null
   */
  public Optional<Payment> toPayment(ReceivableId receivableId, EntryId entryId) {
    Objects.requireNonNull(entryId, "entryId");
    Map<Component, Money> allocation = allocationTo(receivableId);
    if (allocation.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Payment.of(entryId, request().asOf(), appliedTo(receivableId), allocation));
  }

  @Value.Check
  void check() {
    AllocationRequest request = request();
    Map<ReceivableId, Map<Component, Money>> byReceivable = new LinkedHashMap<>();
    Money total = Money.zero(request.currency());
    for (AllocationPart part : parts()) {
      ReceivableId id = part.receivableId();
      Currencies.requireCurrency(
          part.amount(), request.currency(), "part to " + id + " " + part.component());
      if (request.rooms().find(id) == null) {
        throw new IllegalArgumentException("parts must name receivables of the request: " + id);
      }
      if (request.isDisputed(id)) {
        throw new IllegalArgumentException(
            "a payment must not be applied to a disputed debt: " + id);
      }
      Map<Component, Money> components =
          byReceivable.computeIfAbsent(id, k -> new EnumMap<>(Component.class));
      if (components.put(part.component(), part.amount()) != null) {
        throw new IllegalArgumentException(
            "parts must not repeat a receivable and component: " + id + " " + part.component());
      }
      total = total.plus(part.amount());
    }
    for (Map.Entry<ReceivableId, Map<Component, Money>> entry : byReceivable.entrySet()) {
      Rooms.Room room = request.rooms().get(entry.getKey());
      Money sum = Money.zero(request.currency());
      for (Map.Entry<Component, Money> part : entry.getValue().entrySet()) {
        Money outstanding = room.outstanding(part.getKey());
        if (part.getValue().isGreaterThan(outstanding)) {
          throw new IllegalArgumentException(
              "parts must not exceed what is outstanding: "
                  + part.getValue()
                  + " > "
                  + outstanding
                  + " on "
                  + entry.getKey()
                  + " "
                  + part.getKey());
        }
        sum = sum.plus(part.getValue());
      }
      if (sum.isGreaterThan(room.open())) {
        throw new IllegalArgumentException(
            "parts must not exceed the open balance: "
                + sum
                + " > "
                + room.open()
                + " on "
                + entry.getKey());
      }
    }
    if (total.isGreaterThan(request.payment())) {
      throw new IllegalArgumentException(
          "parts must not exceed the payment: " + total + " > " + request.payment());
    }
  }

  /**
   * Returns the payment, the parts and the unapplied amount, without the request's ledgers.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Allocation{payment="
        + payment()
        + ", asOf="
        + request().asOf()
        + ", parts="
        + parts()
        + ", unapplied="
        + unapplied()
        + "}";
  }
}
