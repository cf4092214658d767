package be.brussels.poles.crm.company;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A company as the directory knows it. Identity data, visible to every staff member.
 *
 * @param companyId the CRM's own id (a UUID), stable when records are merged or re-keyed
 * @param name the name to show: the KBO's official name once imported, else as registered
 * @param registeredBy the username of whoever registered it (a person, a service account, or
 *     "kbo-import")
 * @param version for optimistic locking: every change increments it
 * @param kbo the KBO identity of the last import; null for a company registered by hand and
 *     not yet found in a KBO file
 * @param profile what staff entered (size class, sector, flags)
 * @param mergedInto the surviving company's number once this record was merged into it (a
 *     duplicate); null for a live company. A merged record is kept so that its number still
 *     resolves (to the survivor) and so that the merge can be undone.
 */
public record Company(String companyId, EnterpriseNumber enterpriseNumber, CompanyName name,
    Instant registeredAt, String registeredBy, long version, KboIdentity kbo,
    CompanyProfile profile, EnterpriseNumber mergedInto) {

  public Company {
    Objects.requireNonNull(companyId, "companyId");
    Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(registeredAt, "registeredAt");
    Objects.requireNonNull(registeredBy, "registeredBy");
    profile = Objects.requireNonNullElse(profile, CompanyProfile.EMPTY);
  }

  /** A live company (not merged into another). */
  public Company(String companyId, EnterpriseNumber enterpriseNumber, CompanyName name,
      Instant registeredAt, String registeredBy, long version, KboIdentity kbo,
      CompanyProfile profile) {
    this(companyId, enterpriseNumber, name, registeredAt, registeredBy, version, kbo, profile,
        null);
  }

  /** A company registered by hand: no KBO data yet, empty profile. */
  public Company(String companyId, EnterpriseNumber enterpriseNumber, CompanyName name,
      Instant registeredAt, String registeredBy, long version) {
    this(companyId, enterpriseNumber, name, registeredAt, registeredBy, version, null,
        CompanyProfile.EMPTY);
  }

  public boolean merged() {
    return mergedInto != null;
  }

  /** The same company at the next version with {@code mergedInto} set or (null) cleared. */
  public Company withMergedInto(EnterpriseNumber survivor) {
    return new Company(companyId, enterpriseNumber, name, registeredAt, registeredBy,
        version + 1, kbo, profile, survivor);
  }

  public LifeCycleStage stage(LocalDate today) {
    return LifeCycleStage.derive(kbo, profile, today);
  }
}
