package be.brussels.poles.crm.access;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an auditor looks for in the access log; every criterion is optional and they combine
 * with AND.
 *
 * @param from inclusive
 * @param until exclusive
 * @param newestFirst the sort order on the entry's time
 */
public record AccessLogQuery(Optional<String> actorUsername, Optional<Agency> actorAgency,
    Optional<EnterpriseNumber> company, Optional<String> resourceType,
    Optional<DataCategory> category, Optional<Instant> from, Optional<Instant> until,
    boolean newestFirst) {

  public AccessLogQuery {
    Objects.requireNonNull(actorUsername, "actorUsername");
    Objects.requireNonNull(actorAgency, "actorAgency");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /** Everything, newest first. */
  public static AccessLogQuery all() {
    return new AccessLogQuery(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
  }

  public AccessLogQuery forCompany(EnterpriseNumber number) {
    return new AccessLogQuery(actorUsername, actorAgency, Optional.of(number), resourceType,
        category, from, until, newestFirst);
  }
}
