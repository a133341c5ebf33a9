package dev.collections.core.receivable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The order in which a payment pays the components of one receivable (its waterfall): each listed
 * component is paid in full before the next receives anything, and a component that is not listed
 * is never paid by that order.
 *
 * <p>The usual loan waterfall is fees, then interest, then principal ({@link
 * #feesInterestPrincipalCosts()}, with costs last); "principal only" is {@code
 * ComponentOrder.of(Component.PRINCIPAL)}.
 *
 * <pre>{@code
 * ComponentOrder fip = ComponentOrder.feesInterestPrincipalCosts();
 * ComponentOrder interestFirst = ComponentOrder.of(Component.INTEREST, Component.PRINCIPAL);
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the components are the same in the same order.
 */
@Value.Immutable
public abstract class ComponentOrder {

  ComponentOrder() {}

  /**
   * Returns the components in the order they are paid.
   *
   * @return at least one component, each at most once
   */
  @Value.Parameter
  public abstract List<Component> components();

  /**
   * Returns the order that pays the given components one after the other.
   *
   * @param components the components, first paid first: at least one, none repeated
   * @return the order
   * @throws IllegalArgumentException if no component is given or one is repeated
   * @throws NullPointerException if {@code components} or one of them is null
   */
  public static ComponentOrder of(Component... components) {
    Objects.requireNonNull(components, "components");
    return ImmutableComponentOrder.of(Arrays.asList(components));
  }

  /**
   * Returns the usual loan waterfall with collection costs last: {@link Component#FEES}, {@link
   * Component#INTEREST}, {@link Component#PRINCIPAL}, then {@link Component#COSTS}.
   *
   * @return the fees-interest-principal-costs order
   */
  public static ComponentOrder feesInterestPrincipalCosts() {
    return of(Component.FEES, Component.INTEREST, Component.PRINCIPAL, Component.COSTS);
  }

  /**
   * Checks whether this order pays a component at all.
   *
   * @param component the component
   * @return true when the component is listed
   * @throws NullPointerException if {@code component} is null
   */
  public boolean pays(Component component) {
    return components().contains(Objects.requireNonNull(component, "component"));
  }

  @Value.Check
  void check() {
    if (components().isEmpty()) {
      throw new IllegalArgumentException("component order must not be empty: []");
    }
    Set<Component> seen = EnumSet.noneOf(Component.class);
    for (Component component : components()) {
      if (!seen.add(component)) {
        throw new IllegalArgumentException(
            "component order must not repeat a component: " + component + " in " + components());
      }
    }
  }
}
