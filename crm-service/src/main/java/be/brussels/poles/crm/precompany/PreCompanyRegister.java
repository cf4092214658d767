package be.brussels.poles.crm.precompany;

import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.crm.company.Companies;
import be.brussels.poles.crm.company.Company;
import be.brussels.poles.crm.company.CompanyChanges;
import be.brussels.poles.crm.company.CompanyName;
import be.brussels.poles.crm.journey.JourneyEvent;
import be.brussels.poles.crm.journey.JourneyStore;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Registers project holders' pre-company records, keeps their journey, and re-keys them when
 * the enterprise number arrives. Same access rules as companies: staff who may register a
 * company register a project; every reader of the journey reads a project's journey, with other
 * agencies' confidential detail redacted.
 */
public final class PreCompanyRegister {

  static final String REGISTERED_TYPE = "crm.precompany.registered";
  static final String REKEYED_TYPE = "crm.precompany.rekeyed";

  private final PreCompanies records;
  private final Companies companies;
  private final CompanyChanges changes;
  private final JourneyStore journey;
  private final CrmAccessPolicy policy;
  private final Clock clock;

  public PreCompanyRegister(PreCompanies records, Companies companies, CompanyChanges changes,
      JourneyStore journey, CrmAccessPolicy policy, Clock clock) {
    this.records = records;
    this.companies = companies;
    this.changes = changes;
    this.journey = journey;
    this.policy = policy;
    this.clock = clock;
  }

  public PreCompany register(Caller caller, CompanyName projectName) {
    policy.requireRegisterCompany(caller);
    policy.requireListJourney(caller);
    Instant now = now();
    String id = UUID.randomUUID().toString();
    PreCompany.Event registered = new PreCompany.Event("precompany." + id + ".registered",
        caller.requireAgency(), REGISTERED_TYPE, now, "Project registered without an enterprise number",
        caller.displayName(), caller.email(), Confidentiality.SHARED, "");
    PreCompany record = new PreCompany(id, projectName, caller.requireAgency(), caller.username(),
        now, 1, List.of(registered), null, null);
    records.insert(record);
    return record;
  }

  /** The record with its journey as {@code caller} may see it. */
  public PreCompany get(Caller caller, String id) {
    policy.requireListJourney(caller);
    PreCompany record = records.find(id)
        .orElseThrow(() -> new NotFoundException("no pre-company " + id));
    return new PreCompany(record.preCompanyId(), record.projectName(),
        record.registeredByAgency(), record.registeredBy(), record.registeredAt(),
        record.version(), record.journey().stream().map(e -> visibleTo(caller, e)).toList(),
        record.rekeyedTo(), record.rekeyedAt());
  }

  public Page<PreCompany> list(Caller caller, PageQuery page) {
    policy.requireListJourney(caller);
    return records.list(page).map(r -> new PreCompany(r.preCompanyId(), r.projectName(),
        r.registeredByAgency(), r.registeredBy(), r.registeredAt(), r.version(), List.of(),
        r.rekeyedTo(), r.rekeyedAt()));
  }

  /** Records a step of the project's path, owned by the caller's agency. */
  public PreCompany.Event record(Caller caller, String id, String type, String headline,
      Confidentiality level, String detail) {
    policy.requireRegisterCompany(caller);
    policy.requireListJourney(caller);
    PreCompany current = get(caller, id);
    if (current.rekeyed()) {
      throw new ConflictException("pre-company " + id + " became company "
          + current.rekeyedTo() + "; record its journey there");
    }
    PreCompany.Event event = new PreCompany.Event("precompany." + id + "." + UUID.randomUUID(),
        caller.requireAgency(), type, now(), headline, caller.displayName(), caller.email(),
        level, detail);
    if (!records.append(id, event)) {
      throw new NotFoundException("no pre-company " + id);
    }
    return event;
  }

  /**
   * Gives the project its enterprise number. A company already known under the number (a KBO
   * import got there first) receives the journey; otherwise a company is registered with the
   * pre-company's id. Events keep their ids, so a re-keying interrupted half-way and retried
   * moves each event once. Re-keying again to the same number answers the same company.
   *
   * @throws ConflictException on a stale version, or when already re-keyed to another number
   */
  public Company rekey(Caller caller, String id, long expectedVersion, EnterpriseNumber number) {
    policy.requireRegisterCompany(caller);
    PreCompany record = records.find(id)
        .orElseThrow(() -> new NotFoundException("no pre-company " + id));
    if (record.rekeyed()) {
      if (record.rekeyedTo().equals(number)) {
        return companies.findByEnterpriseNumber(number).orElseThrow();
      }
      throw new ConflictException("pre-company " + id + " already became company "
          + record.rekeyedTo());
    }
    if (record.version() != expectedVersion) {
      throw new ConflictException("pre-company " + id + " changed since version "
          + expectedVersion + "; read it again");
    }
    Instant now = now();
    Company company = companies.findByEnterpriseNumber(number).orElseGet(() -> {
      Company created = new Company(record.preCompanyId(), number, record.projectName(), now,
          caller.username(), 1);
      return companies.insertIfAbsent(created) ? notify(created)
          : companies.findByEnterpriseNumber(number).orElseThrow();
    });
    List<JourneyEvent> moved = new java.util.ArrayList<>();
    for (PreCompany.Event e : record.journey()) {
      moved.add(new JourneyEvent(e.eventId(), number, e.agency(), e.type(), e.occurredAt(),
          e.headline(), new JourneyEvent.Contact(e.contactName(), e.contactEmail()),
          e.confidentiality(), e.detail(), "pre-company:" + id));
    }
    moved.add(new JourneyEvent("precompany." + id + ".rekeyed", number, caller.requireAgency(),
        REKEYED_TYPE, now, "Project received its enterprise number " + number.formatted(),
        new JourneyEvent.Contact(caller.displayName(), caller.email()), Confidentiality.SHARED,
        "", "pre-company:" + id));
    journey.append(moved, now);
    if (!records.markRekeyed(id, expectedVersion, number, now)) {
      throw new ConflictException("pre-company " + id + " changed during the re-keying; read it again");
    }
    return company;
  }

  private Company notify(Company company) {
    changes.changed(company);
    return company;
  }

  private PreCompany.Event visibleTo(Caller caller, PreCompany.Event e) {
    if (policy.mayReadDetail(caller, e.agency(), e.confidentiality(), DetailGrants.none())) {
      return e;
    }
    return new PreCompany.Event(e.eventId(), e.agency(), e.type(), e.occurredAt(), e.headline(),
        e.contactName(), e.contactEmail(), e.confidentiality(), null);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
