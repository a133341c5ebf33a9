package dev.collections.core.debtor;

import dev.collections.core.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The debts a status event covers: every debt of the debtor, or the debts named by their
 * identifiers.
 *
 * <p>Regulation F judges representation, cease requests, disputes and call-frequency consent per
 * debt (12 CFR 1006.6(b)(2), 1006.6(c)(1), 1006.38(d), 1006.14(b)(3)(i)), so each of those events
 * says which debts it concerns. This package sits below the {@code receivable} package, which
 * depends on it, so a debt is named here by the text of its identifier: code that holds a {@code
 * ReceivableId} passes {@code receivableId.value()}. The scope of {@linkplain #allDebts() all
 * debts} covers every debt of the debtor, including debts placed with the collector after the
 * event; a host that reads a consumer's letter as limited to the debts in collection when it
 * arrived names those debts instead. Grouping student loans serviced under one account number into
 * one "particular debt" (1006.14(b)(4)) is a matter for the rules, not for this scope.
 *
 * <pre>{@code
 * DebtScope.ofDebt("INV-1").covers("INV-1");              // true
 * DebtScope.of(List.of("INV-1", "INV-2")).covers("INV-3"); // false
 * DebtScope.allDebts().covers("INV-3");                   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when both cover all debts, or both name the same identifiers.
 */
@Value.Immutable
public abstract class DebtScope {

  DebtScope() {}

  /**
   * Checks whether the scope covers every debt of the debtor.
   *
   * @return true for {@link #allDebts()}
   */
  @Value.Parameter
  public abstract boolean isAllDebts();

  /**
   * Returns the identifiers of the debts covered, in their natural order.
   *
   * @return the identifiers: empty exactly when the scope is {@linkplain #isAllDebts() all debts}
   */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract SortedSet<String> debtIds();

  /**
   * Returns the scope of every debt of the debtor, present and future.
   *
   * @return the scope of all debts
   */
  public static DebtScope allDebts() {
    return ImmutableDebtScope.of(true, List.of());
  }

  /**
   * Returns the scope of the named debts.
   *
   * @param debtIds the identifiers of the debts, at least one; each not blank, without surrounding
   *     whitespace or control characters, at most 256 characters; duplicates count once
   * @return the scope
   * @throws IllegalArgumentException if {@code debtIds} is empty or an identifier breaks a rule
   * @throws NullPointerException if {@code debtIds} or one of its elements is null
   */
  public static DebtScope of(Collection<String> debtIds) {
    return ImmutableDebtScope.of(false, debtIds);
  }

  /**
   * Returns the scope of one debt.
   *
   * @param debtId the identifier of the debt, with the rules of {@link #of(Collection)}
   * @return the scope
   * @throws IllegalArgumentException if the identifier breaks a rule
   * @throws NullPointerException if {@code debtId} is null
   */
  public static DebtScope ofDebt(String debtId) {
    return of(List.of(Objects.requireNonNull(debtId, "debtId")));
  }

  /**
   * Checks whether the scope covers a debt.
   *
   * @param debtId the identifier of the debt, as {@code receivableId.value()} gives it
   * @return true if the scope covers all debts or names this one
   * @throws NullPointerException if {@code debtId} is null
   */
  public boolean covers(String debtId) {
    Objects.requireNonNull(debtId, "debtId");
    return isAllDebts() || debtIds().contains(debtId);
  }

  @Value.Check
  void check() {
    if (!isAllDebts() && debtIds().isEmpty()) {
      throw new IllegalArgumentException(
          "a debt scope must name at least one debt, or cover all debts: " + debtIds());
    }
    for (String debtId : debtIds()) {
      Checks.identifier(debtId, "debt id");
    }
  }

  /**
   * Returns the scope as {@code DebtScope{allDebts}} or {@code DebtScope{debtIds=[INV-1, INV-2]}}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return isAllDebts() ? "DebtScope{allDebts}" : "DebtScope{debtIds=" + debtIds() + "}";
  }
}
