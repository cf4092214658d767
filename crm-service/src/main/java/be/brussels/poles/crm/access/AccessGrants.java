package be.brussels.poles.crm.access;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;

/**
 * Looks up the grants a reader's agency holds on one company. Evaluated on every read, once per
 * company (not per entry), so a listing costs one lookup.
 */
@FunctionalInterface
public interface AccessGrants {

  /** Nobody holds a grant (tests of features that do not depend on grants). */
  AccessGrants NONE = (reader, company, at) -> DetailGrants.none();

  DetailGrants grantsFor(Agency reader, EnterpriseNumber company, Instant at);
}
