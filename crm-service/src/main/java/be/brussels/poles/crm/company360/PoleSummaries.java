package be.brussels.poles.crm.company360;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.util.Map;

/**
 * The poles' live summaries of a company, asked of every pole at once, each with its deadline,
 * circuit breaker and bulkhead. A pole that fails yields an answer saying why, never an
 * exception.
 */
public interface PoleSummaries {

  /** Starts asking every pole, on behalf of the current caller; returns at once. */
  Pending ask(EnterpriseNumber company);

  /** Answers on their way. */
  interface Pending {
    /** Waits for every pole's answer or failure (bounded by the deadlines). */
    Map<Agency.Pole, PoleAnswer> await();
  }
}
