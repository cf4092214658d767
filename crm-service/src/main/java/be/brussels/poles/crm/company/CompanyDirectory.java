package be.brussels.poles.crm.company;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Resolves and registers companies, for REST and gRPC callers alike. */
public final class CompanyDirectory {

  private final Companies companies;
  private final CrmAccessPolicy policy;
  private final Clock clock;

  public CompanyDirectory(Companies companies, CrmAccessPolicy policy, Clock clock) {
    this.companies = companies;
    this.policy = policy;
    this.clock = clock;
  }

  /** @throws NotFoundException when the directory does not know the number */
  public Company resolve(Caller caller, EnterpriseNumber number) {
    policy.requireReadCompany(caller);
    return companies.findByEnterpriseNumber(number)
        .orElseThrow(() -> new NotFoundException("no company with enterprise number " + number));
  }

  /**
   * Registers a company, or returns the one already registered under the number, unchanged
   * (a retry, or a second agency meeting the same company). A concurrent registration of the
   * same number loses on the unique index and returns the winner.
   */
  public Registration register(Caller caller, EnterpriseNumber number, CompanyName name) {
    policy.requireRegisterCompany(caller);
    var existing = companies.findByEnterpriseNumber(number);
    if (existing.isPresent()) {
      return new Registration(existing.get(), false);
    }
    // Millisecond precision: what the database keeps, so the answer equals a later read.
    Company company = new Company(UUID.randomUUID().toString(), number, name,
        clock.instant().truncatedTo(ChronoUnit.MILLIS), caller.username(), 1);
    if (companies.insertIfAbsent(company)) {
      return new Registration(company, true);
    }
    return new Registration(companies.findByEnterpriseNumber(number).orElseThrow(
        () -> new IllegalStateException("enterprise number " + number
            + " is taken but its company cannot be read")), false);
  }

  /** The outcome of a registration. */
  public record Registration(Company company, boolean created) {}
}
