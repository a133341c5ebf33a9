package dev.collections.core.money;

/**
 * Says which parts of a split receive the minor units left over after every part has been given its
 * exact share rounded down.
 *
 * <p>A split of an amount can rarely give every part its exact share: USD 1,000.00 in three parts
 * is 333.33⅓ each, and a cent cannot be divided. Every split first gives each part its exact share
 * rounded toward zero, then hands out the leftover minor units as this placement says, so the parts
 * always add up to the total. With {@link #FIRST}, {@link #LAST} and {@link #SPREAD} each leftover
 * unit goes to a different part whose exact share has a fraction, so every part is its exact share
 * rounded down or up (an equal split's parts differ by at most one minor unit). {@link
 * #ALL_TO_FIRST} and {@link #ALL_TO_LAST} put all the leftover units on one part, as schedules do
 * when the first or the final installment absorbs the rounding.
 *
 * <p>For a negative total (a refund) the placement acts on the magnitude, so splitting {@code -t}
 * gives the negation of splitting {@code t}.
 *
 * <p>Immutable and thread-safe.
 */
public enum RemainderPlacement {

  /**
   * One leftover unit each to the earliest parts with a fractional share: USD 100.00 in seven parts
   * is 14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28.
   */
  FIRST,

  /**
   * One leftover unit each to the latest parts with a fractional share: USD 1,000.00 in three parts
   * is 333.33, 333.33, 333.34.
   */
  LAST,

  /**
   * One leftover unit each to the parts with the largest fractional shares (the largest-remainder
   * method), ties going to the earlier part: USD 0.05 by weights 70 and 30 is 0.04 and 0.01. For an
   * equal split every fraction ties, so it is the same as {@link #FIRST}.
   */
  SPREAD,

  /**
   * All leftover units to the first part with a positive weight: USD 100.00 in seven parts is 14.32
   * then six times 14.28.
   */
  ALL_TO_FIRST,

  /**
   * All leftover units to the last part with a positive weight: KWD 1.000 in six parts is five
   * times 0.166 then 0.170.
   */
  ALL_TO_LAST
}
