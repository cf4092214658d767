package be.brussels.poles.crm.access;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.Agency;
import java.util.Objects;
import java.util.Optional;

/**
 * One read of protected data, as the access log records it: what was read (type and id of the
 * record, the company it concerns), whose it is, which category, and on which basis.
 *
 * @param resourceType e.g. "journey-event", "person", "referral", "pole-summary"
 * @param resourceId the record's id
 * @param company the company the data is about, when there is one
 * @param owner the agency that owns the data
 */
public record DataRead(String resourceType, String resourceId, Optional<EnterpriseNumber> company,
    Agency owner, DataCategory category, AccessBasis basis) {

  public DataRead {
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceId, "resourceId");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(basis, "basis");
  }

  /** A read of data about {@code company}. */
  public static DataRead of(String resourceType, String resourceId, EnterpriseNumber company,
      Agency owner, DataCategory category, AccessBasis basis) {
    return new DataRead(resourceType, resourceId, Optional.of(company), owner, category, basis);
  }
}
