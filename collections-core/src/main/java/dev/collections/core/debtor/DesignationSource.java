package dev.collections.core.debtor;

/**
 * Where the collector learned that a time or place is inconvenient. Both bind the collector: it
 * "knows or should know" what the consumer said and what the creditor's file notes say (comment
 * 6(b)(1)-1).
 *
 * <p>Immutable and thread-safe.
 */
public enum DesignationSource {
  /** The person told the collector, in any words ("I'm busy", "can't talk at work"). */
  CONSUMER,
  /** A note in the file the creditor passed on with the debt. */
  CREDITOR_FILE_NOTE
}
