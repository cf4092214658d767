package be.brussels.poles.crm.access;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Caller;
import java.time.Instant;

/**
 * Looks up the grants a reader holds on one company: sharing agreements to the reader's agency
 * and the reader's own membership of the company's team. Evaluated on every read, once per
 * company (not per entry), so a listing costs one lookup.
 */
@FunctionalInterface
public interface AccessGrants {

  /** Nobody holds a grant (tests of features that do not depend on grants). */
  AccessGrants NONE = (reader, company, at) -> DetailGrants.none();

  DetailGrants grantsFor(Caller reader, EnterpriseNumber company, Instant at);
}
