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
import be.brussels.poles.financing.catalogue.Product;
import be.brussels.poles.financing.catalogue.ProductCatalogue;
import be.brussels.poles.financing.guidance.GuidanceCheck;
import be.brussels.poles.financing.guidance.GuidanceFiles;
import be.brussels.poles.financing.referral.CrmReferrals;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import java.time.Clock;
import be.brussels.poles.financing.loan.LoanAccount;
import be.brussels.poles.financing.loan.Payment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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
  private static final int REVIEW_BATCH = 200;

  private static final Logger log = LoggerFactory.getLogger(FinancingApplicationService.class);

  private final FinancingApplicationRepository repository;
  private final CrmCompanyDirectory crm;
  private final CrmReferrals referrals;
  private final GuidanceFiles guidance;
  private final ProductCatalogue catalogue;
  private final Clock clock;

  public FinancingApplicationService(FinancingApplicationRepository repository,
      CrmCompanyDirectory crm, CrmReferrals referrals, GuidanceFiles guidance,
      ProductCatalogue catalogue, Clock clock) {
    this.repository = repository;
    this.crm = crm;
    this.referrals = referrals;
    this.guidance = guidance;
    this.catalogue = catalogue;
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
    Product product = ApplicationRules.productFor(catalogue, input);
    ApplicationRules.requireSubmittable(product, input);
    CompanyLookup company = crm.resolve(input.enterpriseNumber());
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    Optional<Submission.Referral> referral = input.referralId().map(referrals::resolve);
    FinancingApplication application = FinancingApplication.submit(UUID.randomUUID(),
        input.enterpriseNumber(), company.name(), company.status() == CompanyLookup.Status.FOUND,
        input.instrument(), input.amount(), input.purpose(), agency,
        new StaffContact(caller.displayName(), caller.email()),
        new Submission(product.code(), input.useOfFunds(), input.coFinanciers(),
            input.documents(), referral),
        // the database keeps milliseconds: what we answer must equal what we read back later
        now());
    repository.insert(application, ApplicationJourney.submitted(application));
    log.info("financing application {} recorded for {} by {} (company verified: {})",
        application.applicationId(), application.enterpriseNumber(), caller.username(),
        application.companyVerified());
    return application;
  }

  /**
   * Moves an application one step (see {@link Action}). Sending to the committee and resuming a
   * held application first ask the guidance service for an open guidance file: none is a 422,
   * no answer puts the application ON_HOLD (saved, with its journey event) instead of moving on.
   *
   * @throws ConflictException when {@code expectedVersion} is not the stored version
   */
  public FinancingApplication transition(Caller caller, UUID applicationId, Transition t) {
    FinancingAccess.requireMayRead(caller);
    FinancingApplication application = get(caller, applicationId);
    if (application.version() != t.expectedVersion()) {
      throw new ConflictException("financing application " + applicationId + " is at version "
          + application.version() + ", not " + t.expectedVersion() + "; reload it and try again");
    }
    Instant now = now();
    StaffContact actor = new StaffContact(caller.displayName(), caller.email());
    if (t.action() == Action.SUBMIT_TO_COMMITTEE || t.action() == Action.RESUME) {
      // the stage and role checks come first: no remote call for a step that is refused anyway
      application.requireMayTake(t.action(), caller);
      GuidanceCheck check = guidance.check(application.enterpriseNumber());
      if (check.status() == GuidanceCheck.Status.NONE) {
        throw new BusinessRuleException("guidance", "the company has no open guidance file: "
            + "financing requires one (SBA M49.C); ask the guidance pole to open it first");
      }
      if (check.status() == GuidanceCheck.Status.UNAVAILABLE) {
        if (application.stage() != ApplicationStage.ON_HOLD) {
          application.hold("the guidance service could not confirm an open guidance file;"
              + " resume once it answers", caller, now);
          repository.saveChanged(application, ApplicationJourney.held(application, actor, now));
        }
        log.warn("financing application {} held: guidance unavailable", applicationId);
        return get(caller, applicationId);
      }
      t = t.withNote(("open guidance file: " + String.join("; ", check.files())
          + " " + t.note()).strip());
    }
    application.advance(t, caller, productOf(application), now);
    repository.saveChanged(application, ApplicationJourney.stepTaken(application, t.action(),
        actor, now).toArray(PendingJourneyEvent[]::new));
    log.info("financing application {}: {} by {}", applicationId, t.action(), caller.username());
    return get(caller, applicationId);
  }

  /**
   * Records a repayment (owning agency's staff, while REPAYING) and reviews the arrears at once:
   * a payment that catches up clears the difficulty signal in the same write.
   */
  public FinancingApplication recordPayment(Caller caller, UUID applicationId, long version,
      Payment payment) {
    FinancingApplication application = get(caller, applicationId);
    if (application.version() != version) {
      throw new ConflictException("financing application " + applicationId + " is at version "
          + application.version() + ", not " + version + "; reload it and try again");
    }
    Instant now = now();
    application.recordPayment(payment, caller, now);
    LocalDate today = LocalDate.ofInstant(now, FinancingApplication.BRUSSELS);
    Optional<LoanAccount.ArrearsChange> change = application.reviewArrears(today);
    repository.saveChanged(application, change.map(c -> new PendingJourneyEvent[] {
        ApplicationJourney.arrears(application, c, today, now)})
        .orElse(new PendingJourneyEvent[0]));
    return get(caller, applicationId);
  }

  /**
   * Reviews every loan being repaid as of {@code asOf}: flags new arrears and clears caught-up
   * ones, each with its journey event (the CRM's difficulty signal). A loan changed by someone
   * meanwhile is left for the next review. Returns how many changed.
   */
  public int reviewArrears(LocalDate asOf) {
    int changed = 0;
    int page = 0;
    List<FinancingApplication> batch;
    do {
      batch = repository.inStages(Set.of(ApplicationStage.REPAYING), page * REVIEW_BATCH,
          REVIEW_BATCH);
      for (FinancingApplication application : batch) {
        Optional<LoanAccount.ArrearsChange> change = application.reviewArrears(asOf);
        if (change.isPresent()) {
          try {
            repository.saveChanged(application,
                ApplicationJourney.arrears(application, change.get(), asOf, now()));
            changed++;
          } catch (ConflictException e) {
            log.info("arrears of {} left for the next review: {}", application.applicationId(),
                e.getMessage());
          }
        }
      }
      page++;
    } while (batch.size() == REVIEW_BATCH);
    return changed;
  }

  /** Every application with an approved decision (the portfolio's input), read page by page. */
  public List<FinancingApplication> approvedApplications() {
    Set<ApplicationStage> approved = EnumSet.of(ApplicationStage.APPROVED,
        ApplicationStage.CONTRACT_SIGNED, ApplicationStage.DISBURSED, ApplicationStage.REPAYING,
        ApplicationStage.CLOSED, ApplicationStage.WRITTEN_OFF);
    List<FinancingApplication> all = new ArrayList<>();
    List<FinancingApplication> batch;
    int page = 0;
    do {
      batch = repository.inStages(approved, page * REVIEW_BATCH, REVIEW_BATCH);
      all.addAll(batch);
      page++;
    } while (batch.size() == REVIEW_BATCH);
    return all;
  }

  /** The application's catalogue product (the instrument's default for older records). */
  public Product productOf(FinancingApplication application) {
    String code = application.submission().productCode();
    return code.isEmpty() ? catalogue.defaultFor(application.instrument())
        : catalogue.require(code);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
