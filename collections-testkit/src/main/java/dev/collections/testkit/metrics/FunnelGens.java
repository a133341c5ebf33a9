package dev.collections.testkit.metrics;

import dev.collections.core.metrics.ContactFunnel;
import dev.collections.core.metrics.CostPerCollection;
import dev.collections.core.metrics.CostToCollect;
import dev.collections.core.metrics.FunnelRate;
import dev.collections.core.metrics.FunnelStage;
import dev.collections.testkit.Gen;
import dev.collections.testkit.money.MoneyGens;
import java.util.List;
import java.util.random.RandomGenerator;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators of the contact and promise funnel and of the cost-to-collect figures of
 * collections-core: valid counts and amounts over every order of magnitude, with zero counts
 * (undefined rates) and parts equal to their wholes (rates of exactly 1) coming up often.
 *
 * <p>Funnel counts nest as a funnel's must: connects at most the dial attempts, right-party
 * contacts at most the connects, promises kept at most the promises due; promises made are usually
 * at most the right-party contacts and sometimes more. Half of the rates keep the default rounding,
 * the other half draw a scale and a rounding mode from {@link MetricGens#scales()} and {@link
 * MetricGens#roundingModes()}. Each generator's edge cases are the worked examples of DOMAIN.md
 * sections 2.7 and 2.10 and their undefined cases.
 *
 * <pre>{@code
 * Property.forAll(FunnelGens.contactFunnels())
 *     .check(f -> assertTrue(f.rightPartyContacts() <= f.connects()));
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class FunnelGens {

  /**
   * The largest dial attempts and promises due {@link #contactFunnels()} draws: a trillion, so that
   * adding up to a million funnels never overflows a {@code long}.
   */
  public static final long LARGEST_COUNT = 1_000_000_000_000L;

  private static final Gen<CurrencyUnit> CURRENCIES = MoneyGens.currencies();

  private static final Gen<FunnelStage> STAGES = Gen.enums(FunnelStage.class);

  private FunnelGens() {}

  /**
   * Returns a generator of contact funnels.
   *
   * @return the generator; edge cases are DOMAIN.md 2.7's funnel, all zero, dialled but never
   *     connected, every count equal, and more promises than right-party contacts
   */
  public static Gen<ContactFunnel> contactFunnels() {
    return Gen.of(
        (random, size) -> funnel(random),
        List.of(
            funnel(10_000, 1_200, 600, 180, 180, 117),
            funnel(0, 0, 0, 0, 0, 0),
            funnel(50, 0, 0, 0, 0, 0),
            funnel(7, 7, 7, 7, 7, 7),
            funnel(100, 10, 4, 6, 0, 0),
            funnel(LARGEST_COUNT, LARGEST_COUNT, 1, 0, LARGEST_COUNT, LARGEST_COUNT - 1)));
  }

  /**
   * Returns a generator of funnel rates of every stage, each the rate of a drawn funnel.
   *
   * @return the generator; edge cases are DOMAIN.md 2.7's five rates and an undefined rate
   */
  public static Gen<FunnelRate> funnelRates() {
    ContactFunnel domain = funnel(10_000, 1_200, 600, 180, 180, 117);
    return Gen.of(
        (random, size) -> {
          FunnelRate rate = funnel(random).rate(STAGES.next(random, size));
          return random.nextBoolean()
              ? rate.withRounding(
                  MetricGens.scales().next(random, size),
                  MetricGens.roundingModes().next(random, size))
              : rate;
        },
        List.of(
            domain.connectsPerAttempt(),
            domain.rightPartyContactsPerAttempt(),
            domain.rightPartyContactsPerConnect(),
            domain.promisesPerRightPartyContact(),
            domain.keptPerPromiseDue(),
            FunnelRate.of(FunnelStage.RIGHT_PARTY_CONTACTS_PER_CONNECT, 0, 0)));
  }

  /**
   * Returns a generator of costs to collect in any currency of {@link MoneyGens#CURRENCIES}; the
   * cost may exceed the amount collected.
   *
   * @return the generator; edge cases are DOMAIN.md 2.10's five cents per dollar, nothing
   *     collected, no cost, and a cost above the collections
   */
  public static Gen<CostToCollect> costsToCollect() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = CURRENCIES.next(random, size);
          Gen<Money> amounts = MetricGens.amounts(currency);
          CostToCollect cost =
              CostToCollect.of(amounts.next(random, size), amounts.next(random, size));
          return random.nextBoolean()
              ? cost.withRounding(
                  MetricGens.scales().next(random, size),
                  MetricGens.roundingModes().next(random, size))
              : cost;
        },
        List.of(
            CostToCollect.of(usd("120000.00"), usd("2400000.00")),
            CostToCollect.of(usd("120000.00"), usd("0.00")),
            CostToCollect.of(usd("0.00"), usd("2400000.00")),
            CostToCollect.of(usd("500.00"), usd("400.00"))));
  }

  /**
   * Returns a generator of costs per collection in any currency of {@link MoneyGens#CURRENCIES},
   * over up to {@link #LARGEST_COUNT} collections.
   *
   * @return the generator; edge cases are DOMAIN.md 2.10's $100 per collection, no collections, a
   *     half minor unit to round (in cents, yen and fils), one collection and the largest cost over
   *     three collections
   */
  public static Gen<CostPerCollection> costsPerCollection() {
    return Gen.of(
        (random, size) -> {
          CurrencyUnit currency = CURRENCIES.next(random, size);
          return CostPerCollection.of(
              MetricGens.amounts(currency).next(random, size), count(random, LARGEST_COUNT));
        },
        List.of(
            CostPerCollection.of(usd("10000.00"), 100),
            CostPerCollection.of(usd("10000.00"), 0),
            CostPerCollection.of(usd("0.05"), 2),
            CostPerCollection.of(Money.parse("JPY 5"), 2),
            CostPerCollection.of(Money.parse("BHD 0.005"), 2),
            CostPerCollection.of(usd("0.01"), 1),
            CostPerCollection.of(
                Money.ofMajor(CurrencyUnit.USD, MoneyGens.LARGEST_MAJOR).minus(usd("0.01")), 3)));
  }

  private static ContactFunnel funnel(RandomGenerator random) {
    long attempts = count(random, LARGEST_COUNT);
    long connects = partOf(random, attempts);
    long rightPartyContacts = partOf(random, connects);
    // Usually at most one promise per conversation; one time in five, up to three and a few more.
    long promisesMade =
        random.nextInt(5) == 0
            ? count(random, 3 * rightPartyContacts + 5)
            : partOf(random, rightPartyContacts);
    long promisesDue = count(random, LARGEST_COUNT);
    return funnel(
        attempts,
        connects,
        rightPartyContacts,
        promisesMade,
        promisesDue,
        partOf(random, promisesDue));
  }

  /** A count from 0 to {@code max}, its number of digits uniform, with 0 and {@code max} often. */
  private static long count(RandomGenerator random, long max) {
    int choice = random.nextInt(10);
    if (choice == 0) {
      return 0;
    }
    if (choice == 1) {
      return max;
    }
    long bound = 1;
    for (int digits = random.nextInt(13); digits > 0 && bound <= max / 10; digits--) {
      bound *= 10;
    }
    return random.nextLong(Math.min(bound, max) + 1);
  }

  /** A part of a whole: none, all, or a share spread uniformly or over orders of magnitude. */
  private static long partOf(RandomGenerator random, long whole) {
    return random.nextBoolean() ? count(random, whole) : random.nextLong(whole + 1);
  }

  private static ContactFunnel funnel(
      long attempts, long connects, long rpcs, long promises, long due, long kept) {
    return ContactFunnel.builder()
        .dialAttempts(attempts)
        .connects(connects)
        .rightPartyContacts(rpcs)
        .promisesMade(promises)
        .promisesDue(due)
        .promisesKept(kept)
        .build();
  }

  private static Money usd(String amount) {
    return Money.parse("USD " + amount);
  }
}
