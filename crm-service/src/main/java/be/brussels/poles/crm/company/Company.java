package be.brussels.poles.crm.company;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * A company as the directory knows it. Identity data, visible to every staff member.
 *
 * @param companyId the CRM's own id (a UUID), stable when issue 3 merges or re-keys records
 * @param registeredBy the username of whoever registered it (a person or a service account)
 * @param version for optimistic locking once companies can be edited
 */
public record Company(String companyId, EnterpriseNumber enterpriseNumber, CompanyName name,
    Instant registeredAt, String registeredBy, long version) {

  public Company {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(registeredBy, "registeredBy");
  }
}
