package be.brussels.poles.housing.cohort;

import be.brussels.poles.housing.inventory.InventoryInput;
import be.brussels.poles.housing.inventory.Site;
import be.brussels.poles.housing.inventory.SiteRepository;
import be.brussels.poles.housing.request.HousingAccess;
import be.brussels.poles.housing.request.LocationRequestInput;
import be.brussels.poles.housing.request.Officer;
import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Incubation cohorts: intake rounds of an incubator and the companies admitted. */
@Service
public class CohortService {

  public static final String ADMITTED = "housing.cohort.admitted";
  private static final Logger log = LoggerFactory.getLogger(CohortService.class);

  private final CohortRepository cohorts;
  private final SiteRepository sites;
  private final CrmCompanyDirectory crm;
  private final Clock clock;

  public CohortService(CohortRepository cohorts, SiteRepository sites, CrmCompanyDirectory crm,
      Clock clock) {
    this.cohorts = cohorts;
    this.sites = sites;
    this.crm = crm;
    this.clock = clock;
  }

  public Cohort open(Caller caller, CohortBodies.Open body) {
    HousingAccess.requireMayRecord(caller, "incubation cohorts");
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    UUID siteId = InputChecks.collect(violations,
        () -> InputChecks.uuid(body.siteId(), "siteId"));
    String name = InventoryInput.text(body.name(), "name", 200, violations);
    LocalDate intake = LocationRequestInput.date(body.intakeDate(), "intakeDate", violations);
    Integer capacity = capacity(body.capacity(), violations);
    InputChecks.throwIfAny(violations);
    Site site = sites.findById(siteId)
        .orElseThrow(() -> new BusinessRuleException("siteId", "is no site of the inventory"));
    Cohort cohort = Cohort.open(UUID.randomUUID(), site, name, intake, capacity, officer(caller),
        now());
    cohorts.insert(cohort);
    log.info("cohort {} opened at {} by {}", cohort.cohortId(), siteId, caller.username());
    return cohort;
  }

  public Cohort admit(Caller caller, UUID cohortId, CohortBodies.Admit body) {
    Agency agency = HousingAccess.requireMayRecord(caller, "incubation cohorts");
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"));
    if (body.version() == null || body.version() < 1) {
      violations.add(new FieldViolation("version", "is required: the version you read"));
    }
    InputChecks.throwIfAny(violations);
    Cohort cohort = get(caller, cohortId);
    if (cohort.version() != body.version()) {
      throw new ConflictException("cohort " + cohortId + " is at version " + cohort.version()
          + ", not " + body.version() + "; reload it and try again");
    }
    CompanyLookup company = crm.resolve(number);
    if (company.status() == CompanyLookup.Status.UNKNOWN) {
      throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
    }
    Officer by = officer(caller);
    Instant at = now();
    Cohort changed = cohort.admit(new Cohort.Admission(number, company.name(), by, at));
    cohorts.saveAdmissions(changed, PendingJourneyEvent.create(number, agency, ADMITTED, at,
        "Admitted to the incubation round \"" + cohort.name() + "\" of " + cohort.siteName()
            + ", intake " + cohort.intakeDate(),
        by.name(), by.email(), Confidentiality.SHARED, "", cohortId.toString()));
    log.info("{} admitted to cohort {} by {}", number, cohortId, caller.username());
    return get(caller, cohortId);
  }

  public Cohort get(Caller caller, UUID cohortId) {
    HousingAccess.requireMayRead(caller, "incubation cohorts");
    return cohorts.findById(cohortId)
        .orElseThrow(() -> new NotFoundException("no cohort " + cohortId));
  }

  public Page<Cohort> list(Caller caller, Optional<UUID> siteId,
      Optional<EnterpriseNumber> company, PageQuery page) {
    HousingAccess.requireMayRead(caller, "incubation cohorts");
    return cohorts.page(siteId, company, page);
  }

  private static Integer capacity(BigDecimal value, List<FieldViolation> violations) {
    if (value == null) {
      violations.add(new FieldViolation("capacity", "is required"));
      return null;
    }
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(Cohort.LARGEST)) > 0
        || value.stripTrailingZeros().scale() > 0) {
      violations.add(new FieldViolation("capacity",
          "must be a whole number from 1 to " + Cohort.LARGEST));
      return null;
    }
    return value.intValueExact();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Officer officer(Caller caller) {
    return new Officer(caller.displayName(), caller.email());
  }
}
