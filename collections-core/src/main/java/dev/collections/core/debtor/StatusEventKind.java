package dev.collections.core.debtor;

/**
 * The kind of a {@link StatusEvent}, for code that switches over events.
 *
 * <p>Immutable and thread-safe.
 */
public enum StatusEventKind {
  /** An {@link AttorneyRepresentation}: the consumer has an attorney for some debts. */
  ATTORNEY_REPRESENTATION,
  /** A {@link CeaseRequest}: a written refusal to pay or request to stop communicating. */
  CEASE_REQUEST,
  /** A {@link Dispute}: the consumer disputes some debts. */
  DISPUTE,
  /** A {@link Bankruptcy}: the debtor filed a bankruptcy petition. */
  BANKRUPTCY,
  /** A {@link Death}: the consumer has died. */
  DEATH,
  /** A {@link MilitaryService}: the consumer is or was a servicemember on active duty. */
  MILITARY_SERVICE,
  /** An {@link InconvenientTimes} designation: times a person said are inconvenient. */
  INCONVENIENT_TIMES,
  /** An {@link InconvenientPlace} designation: a place a person said is inconvenient. */
  INCONVENIENT_PLACE,
  /** A {@link MediumOptOut}: a person asked the collector not to use a medium or address. */
  MEDIUM_OPT_OUT,
  /** A {@link Consent}: a person's consent that lifts a restriction. */
  CONSENT
}
