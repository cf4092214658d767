package be.brussels.poles.housing.request;

import be.brussels.poles.housing.lease.LeaseJourney;
import be.brussels.poles.housing.lease.LeaseService;
import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.crm.CrmReferralDirectory;
import be.brussels.poles.kit.crm.ReferralLookup;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records and reads location requests; access is checked here, on every path. */
@Service
public class LocationRequestService {

  /** "Today" for the wanted date is a Brussels day, whatever the server's zone. */
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  /** The 360 view shows at most this many open requests of one company. */
  static final int SUMMARY_LIMIT = 100;

  private static final Logger log = LoggerFactory.getLogger(LocationRequestService.class);

  private final LocationRequestRepository repository;
  private final CrmCompanyDirectory crm;
  private final CrmReferralDirectory referrals;
  private final LeaseService leases;
  private final Clock clock;

  public LocationRequestService(LocationRequestRepository repository, CrmCompanyDirectory crm,
      CrmReferralDirectory referrals, LeaseService leases, Clock clock) {
    this.repository = repository;
    this.crm = crm;
    this.referrals = referrals;
    this.leases = leases;
    this.clock = clock;
  }

  /**
   * Records a request for a company the CRM knows. When the CRM cannot be asked, the request is
   * recorded anyway as not verified; its journey event carries the enterprise number and reaches
   * the CRM once it is back.
   */
  public LocationRequest record(Caller caller, RecordLocationRequestBody body) {
    Agency agency = HousingAccess.requireMayRecord(caller);
    LocalDate today = LocalDate.now(clock.withZone(BRUSSELS));
    NewLocationRequest input = LocationRequestInput.newRequest(body, today);
    CompanyLookup company = crm.resolve(input.enterpriseNumber());
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    RequestDetails details = input.details().referralId() == null ? input.details()
        : linkReferral(input.details(), input.enterpriseNumber());
    LocationRequest request = LocationRequest.record(UUID.randomUUID(), input.enterpriseNumber(),
        company.name(), company.status() == CompanyLookup.Status.FOUND, input.unitType(),
        input.surface(), input.maxMonthlyBudget(), input.communes(), input.wantedFrom(), today,
        agency, new Officer(caller.displayName(), caller.email()),
        // the database keeps milliseconds: what we answer must equal what we read back later
        clock.instant().truncatedTo(ChronoUnit.MILLIS)).withDetails(details);
    List<PendingJourneyEvent> events = new ArrayList<>(
        List.of(LocationRequestJourney.recorded(request)));
    outgrowing(request).ifPresent(events::add);
    repository.insert(request, events.toArray(PendingJourneyEvent[]::new));
    log.info("location request {} recorded for {} by {} (company verified: {})",
        request.requestId(), request.enterpriseNumber(), caller.username(),
        request.companyVerified());
    return request;
  }

  /**
   * Checks the CRM referral the request answers: it must exist for the caller, be about the same
   * company and have been sent to the housing pole. A CRM that does not answer leaves the
   * referral unverified (the id is kept; the journey event names it).
   */
  private RequestDetails linkReferral(RequestDetails details, EnterpriseNumber company) {
    ReferralLookup referral = referrals.resolve(details.referralId());
    switch (referral.status()) {
      case UNKNOWN -> throw new BusinessRuleException("referralId",
          "is not a referral the CRM shows you");
      case UNAVAILABLE -> {
        return details;
      }
      default -> {
        if (!referral.enterpriseNumber().map(company::equals).orElse(false)) {
          throw new BusinessRuleException("referralId", "refers another company, "
              + referral.enterpriseNumber().map(EnterpriseNumber::formatted).orElse("?"));
        }
        if (referral.toAgency().map(a -> a.pole() != Agency.Pole.HOUSING).orElse(true)) {
          throw new BusinessRuleException("referralId", "was sent to "
              + referral.toAgency().map(Enum::name).orElse("another agency")
              + ", not to the housing pole");
        }
        return details.referredBy(referral.fromAgency().orElse(null));
      }
    }
  }

  /**
   * The growth signal: a company asking for more room than the unit it leases today has is
   * outgrowing it; the guidance pole sees that on the journey.
   */
  private Optional<PendingJourneyEvent> outgrowing(LocationRequest request) {
    return leases.leaseToday(request.enterpriseNumber())
        .filter(current -> current.unit().surface() < request.surface().min())
        .map(current -> LeaseJourney.outgrowing(current.unit(), current.lease(),
            request.surface().min(), request.agency(), request.officer(), request.requestedAt(),
            request.requestId().toString()));
  }

  public LocationRequest get(Caller caller, UUID requestId) {
    HousingAccess.requireMayRead(caller);
    return repository.findById(requestId).orElseThrow(
        () -> new NotFoundException("no location request " + requestId));
  }

  public Page<LocationRequest> list(Caller caller, ListQuery query) {
    HousingAccess.requireMayRead(caller);
    return repository.page(query);
  }

  /** A company's open requests for the CRM's 360 view, newest first. */
  public List<LocationRequest> openRequestsOf(Caller caller, EnterpriseNumber number) {
    if (!HousingAccess.maySeeSummary(caller)) {
      throw new AccessDeniedException("the caller may not read housing summaries");
    }
    return repository.openForCompany(number, SUMMARY_LIMIT);
  }
}
