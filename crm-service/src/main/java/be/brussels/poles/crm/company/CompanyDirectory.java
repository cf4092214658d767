package be.brussels.poles.crm.company;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Resolves and registers companies, for REST and gRPC callers alike. */
public final class CompanyDirectory {

  private final Companies companies;
  private final CrmAccessPolicy policy;
  private final CompanyChanges changes;
  private final Clock clock;

  public CompanyDirectory(Companies companies, CrmAccessPolicy policy, CompanyChanges changes,
      Clock clock) {
    this.companies = companies;
    this.policy = policy;
    this.changes = changes;
    this.clock = clock;
  }

  /** A merge chain longer than this is a loop or a bug, never real. */
  private static final int MAX_REDIRECTS = 10;

  /**
   * The live company known under {@code number}: a record merged into another resolves to the
   * survivor.
   *
   * @throws NotFoundException when the directory does not know the number
   */
  public Company resolve(Caller caller, EnterpriseNumber number) {
    return lookup(caller, number).company();
  }

  /** Like {@link #resolve}, telling whether a merge redirected the number. */
  public Lookup lookup(Caller caller, EnterpriseNumber number) {
    policy.requireReadCompany(caller);
    Company company = find(number);
    for (int hops = 0; company.merged(); hops++) {
      if (hops == MAX_REDIRECTS) {
        throw new IllegalStateException("merge chain from " + number + " does not end");
      }
      company = find(company.mergedInto());
    }
    return new Lookup(company, company.enterpriseNumber().equals(number) ? null : number);
  }

  private Company find(EnterpriseNumber number) {
    return companies.findByEnterpriseNumber(number)
        .orElseThrow(() -> new NotFoundException("no company with enterprise number " + number));
  }

  /**
   * @param mergedFrom the number asked for when it was merged into {@code company}; null when
   *     {@code company} is the one asked for
   */
  public record Lookup(Company company, EnterpriseNumber mergedFrom) {}

  /**
   * Registers a company, or returns the one already registered under the number, unchanged
   * (a retry, or a second agency meeting the same company). A concurrent registration of the
   * same number loses on the unique index and returns the winner.
   */
  public Registration register(Caller caller, EnterpriseNumber number, CompanyName name) {
    policy.requireRegisterCompany(caller);
    if (companies.findByEnterpriseNumber(number).isPresent()) {
      return new Registration(resolve(caller, number), false);
    }
    // Millisecond precision: what the database keeps, so the answer equals a later read.
    Company company = new Company(UUID.randomUUID().toString(), number, name,
        clock.instant().truncatedTo(ChronoUnit.MILLIS), caller.username(), 1);
    if (companies.insertIfAbsent(company)) {
      changes.changed(company);
      return new Registration(company, true);
    }
    return new Registration(companies.findByEnterpriseNumber(number).orElseThrow(
        () -> new IllegalStateException("enterprise number " + number
            + " is taken but its company cannot be read")), false);
  }

  /**
   * Replaces what staff know of the company (size class, sector, cluster, flags), if nobody
   * changed it since the reader saw {@code expectedVersion}. The KBO alert flag belongs to the
   * import: it is kept as it is, whatever the request says.
   *
   * @throws ConflictException when the company changed since (a stale write)
   */
  public Company updateProfile(Caller caller, EnterpriseNumber number, long expectedVersion,
      CompanyProfile profile) {
    policy.requireRegisterCompany(caller);
    Company current = resolve(caller, number);
    java.util.Set<CompanyFlag> flags = java.util.EnumSet.noneOf(CompanyFlag.class);
    flags.addAll(profile.flags());
    flags.remove(CompanyFlag.KBO_STATUS_ALERT);
    if (current.profile().flags().contains(CompanyFlag.KBO_STATUS_ALERT)) {
      flags.add(CompanyFlag.KBO_STATUS_ALERT);
    }
    CompanyProfile wanted = new CompanyProfile(profile.sizeClass(), profile.sector(),
        profile.cluster(), flags);
    if (current.version() != expectedVersion
        || !companies.updateProfile(current.companyId(), expectedVersion, wanted)) {
      throw new ConflictException("company " + number + " changed since version "
          + expectedVersion + "; read it again");
    }
    Company updated = new Company(current.companyId(), current.enterpriseNumber(), current.name(),
        current.registeredAt(), current.registeredBy(), expectedVersion + 1, current.kbo(), wanted,
        current.mergedInto());
    changes.changed(updated);
    return updated;
  }

  /** The outcome of a registration. */
  public record Registration(Company company, boolean created) {}
}
