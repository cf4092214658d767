package be.brussels.poles.financing.application;

import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records and reads financing applications; access is checked here, on every path. */
@Service
public class FinancingApplicationService {

  /** The 360 view shows at most this many applications of one company. */
  static final int SUMMARY_LIMIT = 100;

  private static final Logger log = LoggerFactory.getLogger(FinancingApplicationService.class);

  private final FinancingApplicationRepository repository;
  private final CrmCompanyDirectory crm;
  private final Clock clock;

  public FinancingApplicationService(FinancingApplicationRepository repository,
      CrmCompanyDirectory crm, Clock clock) {
    this.repository = repository;
    this.crm = crm;
    this.clock = clock;
  }

  /**
   * Records an application for a company the CRM knows. When the CRM cannot be asked, the
   * application is recorded anyway as not verified; its journey event carries the enterprise
   * number and reaches the CRM once it is back.
   */
  public FinancingApplication record(Caller caller, RecordApplicationRequest request) {
    Agency agency = FinancingAccess.requireMayRecord(caller);
    NewApplication input = ApplicationInput.newApplication(request);
    // refuse before asking the CRM anything
    FinancingApplication.requireHandledBy(agency, input.instrument());
    CompanyLookup company = crm.resolve(input.enterpriseNumber());
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    FinancingApplication application = FinancingApplication.submit(UUID.randomUUID(),
        input.enterpriseNumber(), company.name(), company.status() == CompanyLookup.Status.FOUND,
        input.instrument(), input.amount(), input.purpose(), agency,
        new StaffContact(caller.displayName(), caller.email()),
        // the database keeps milliseconds: what we answer must equal what we read back later
        clock.instant().truncatedTo(ChronoUnit.MILLIS));
    repository.insert(application, ApplicationJourney.submitted(application));
    log.info("financing application {} recorded for {} by {} (company verified: {})",
        application.applicationId(), application.enterpriseNumber(), caller.username(),
        application.companyVerified());
    return application;
  }

  public FinancingApplication get(Caller caller, UUID applicationId) {
    FinancingAccess.requireMayRead(caller);
    return repository.findById(applicationId).orElseThrow(
        () -> new NotFoundException("no financing application " + applicationId));
  }

  public Page<FinancingApplication> list(Caller caller, ListQuery query) {
    FinancingAccess.requireMayRead(caller);
    return repository.page(query);
  }

  /** A company's applications for the CRM's 360 view, newest first. */
  public List<FinancingApplication> summaryOf(Caller caller, EnterpriseNumber number) {
    if (!FinancingAccess.maySeeSummary(caller)) {
      throw new AccessDeniedException("the caller may not read financing summaries");
    }
    return repository.forCompany(number, SUMMARY_LIMIT);
  }
}
