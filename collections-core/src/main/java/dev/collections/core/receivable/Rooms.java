package dev.collections.core.receivable;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What each receivable of an {@link AllocationRequest} can still absorb: its balance as of the
 * request's date, less the parts already allocated by an earlier step; nothing at all for a
 * receivable the consumer disputes. Built once per request.
 */
final class Rooms {

  /** One receivable's balance, whether it is disputed, and the prior parts allocated to it. */
  static final class Room {

    private final Balance balance;
    private final boolean disputed;
    private final Map<Component, Money> prior;
    private final Money priorTotal;

    private Room(Balance balance, boolean disputed, Map<Component, Money> prior, Money priorTotal) {
      this.balance = balance;
      this.disputed = disputed;
      this.prior = prior;
      this.priorTotal = priorTotal;
    }

    /** The balance as of the request's date, before prior parts. */
    Balance balance() {
      return balance;
    }

    /** What prior parts paid on a component. */
    Money prior(Component component) {
      Money paid = prior.get(component);
      return paid == null ? Money.zero(priorTotal.getCurrencyUnit()) : paid;
    }

    /** What prior parts paid in all. */
    Money priorTotal() {
      return priorTotal;
    }

    /** The positive part of the net balance: the most the receivable absorbs in all. */
    Money positiveNet() {
      Money net = balance.net();
      return net.isPositive() ? net : Money.zero(net.getCurrencyUnit());
    }

    /**
     * What a payment may still pay on a component after prior parts: zero on a disputed receivable.
     */
    Money outstanding(Component component) {
      if (disputed) {
        return Money.zero(priorTotal.getCurrencyUnit());
      }
      return balance.outstanding(component).minus(prior(component));
    }

    /**
     * What the receivable can still absorb in all after prior parts: zero on a disputed receivable.
     */
    Money open() {
      if (disputed) {
        return Money.zero(priorTotal.getCurrencyUnit());
      }
      return positiveNet().minus(priorTotal);
    }
  }

  private final Map<ReceivableId, Room> byId;

  private Rooms(Map<ReceivableId, Room> byId) {
    this.byId = byId;
  }

  /**
   * Builds the rooms of a request whose receivables and prior parts are in the payment's currency;
   * prior parts naming a receivable outside the request are ignored here. The request's check
   * rejects those, and prior parts on a disputed receivable.
   */
  static Rooms of(AllocationRequest request) {
    CurrencyUnit currency = request.currency();
    Map<ReceivableId, Map<Component, Money>> prior = new LinkedHashMap<>();
    for (AllocationPart part : request.priorParts()) {
      prior
          .computeIfAbsent(part.receivableId(), id -> new EnumMap<>(Component.class))
          .merge(part.component(), part.amount(), Money::plus);
    }
    Map<ReceivableId, Room> byId = new LinkedHashMap<>();
    for (Receivable receivable : request.receivables()) {
      Map<Component, Money> paid =
          prior.getOrDefault(receivable.id(), new EnumMap<>(Component.class));
      Money total = Money.zero(currency);
      for (Money amount : paid.values()) {
        total = total.plus(amount);
      }
      byId.put(
          receivable.id(),
          new Room(
              receivable.balanceAsOf(request.asOf()),
              request.isDisputed(receivable.id()),
              Map.copyOf(paid),
              total));
    }
    return new Rooms(byId);
  }

  /** The room of a receivable of the request, or null. */
  @Nullable Room find(ReceivableId id) {
    return byId.get(id);
  }

  /** The room of a receivable of the request. */
  Room get(ReceivableId id) {
    Room room = byId.get(id);
    if (room == null) {
      throw new IllegalArgumentException("receivable is not in the request: " + id);
    }
    return room;
  }
}
