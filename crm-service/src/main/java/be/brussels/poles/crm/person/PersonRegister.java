package be.brussels.poles.crm.person;

import be.brussels.poles.crm.access.AccessBasis;
import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.access.DataRead;
import be.brussels.poles.crm.access.DetailGrants;
import be.brussels.poles.crm.access.ReadPath;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.crm.search.SearchText;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records persons and their company roles, and shows them to readers allowed to see personal
 * data: the owning agency, or an agency a grant on one of the person's companies opens it to.
 * Every read of a person's data goes to the access log; others see a company's people redacted
 * (role, period and owning agency, no name).
 */
public final class PersonRegister {

  static final String RESOURCE = "person";

  private final People people;
  private final CrmAccessPolicy policy;
  private final AccessGrants grants;
  private final AccessLog log;
  private final Clock clock;

  public PersonRegister(People people, CrmAccessPolicy policy, AccessGrants grants,
      AccessLog log, Clock clock) {
    this.people = people;
    this.policy = policy;
    this.grants = grants;
    this.log = log;
    this.clock = clock;
  }

  /** Records a person owned by the caller's agency. */
  public Person record(Caller caller, PersonDetails person) {
    policy.requireRegisterCompany(caller);
    policy.requireListJourney(caller);
    Person stored = new Person(UUID.randomUUID().toString(), person.firstName(),
        person.lastName(), person.email(), person.gender(), person.ageBand(), person.jobseeker(),
        person.language(), person.legalBasis(), person.consentAt(), caller.requireAgency(),
        caller.username(), now(), 1, person.roles());
    people.insert(stored);
    return stored;
  }

  /** The person, if {@code caller} may read their data; the read is logged. */
  public Person get(Caller caller, String personId) {
    policy.requireListJourney(caller);
    Person person = find(personId);
    AccessBasis basis = basis(caller, person)
        .orElseThrow(() -> new AccessDeniedException("person " + personId
            + " is personal data of " + person.owner() + "; no grant opens it to your agency"));
    log.record(caller, ReadPath.DETAIL, read(person, basis));
    return person;
  }

  /**
   * Replaces the person's data and roles, by the owning agency only, if nobody changed it since
   * {@code expectedVersion}.
   */
  public Person update(Caller caller, String personId, long expectedVersion,
      PersonDetails wanted) {
    policy.requireRegisterCompany(caller);
    Person current = find(personId);
    if (!caller.belongsTo(current.owner())) {
      throw new AccessDeniedException("only " + current.owner() + " edits person " + personId);
    }
    Person next = new Person(personId, wanted.firstName(), wanted.lastName(), wanted.email(),
        wanted.gender(), wanted.ageBand(), wanted.jobseeker(), wanted.language(),
        wanted.legalBasis(), wanted.consentAt(), current.owner(), current.recordedBy(),
        current.recordedAt(), expectedVersion + 1, wanted.roles());
    if (current.version() != expectedVersion || !people.replace(next)) {
      throw new ConflictException("person " + personId + " changed since version "
          + expectedVersion + "; read it again");
    }
    return next;
  }

  /** A company's people, each visible or redacted for {@code caller}; visible ones logged. */
  public Page<Visible> ofCompany(Caller caller, EnterpriseNumber company, PageQuery page) {
    policy.requireListJourney(caller);
    List<Visible> items = new ArrayList<>();
    List<DataRead> reads = new ArrayList<>();
    for (Person person : people.ofCompany(company, page.offset(), page.size())) {
      Optional<AccessBasis> basis = basis(caller, person);
      basis.ifPresent(b -> reads.add(read(person, b)));
      items.add(new Visible(person, basis.isEmpty()));
    }
    log.record(caller, ReadPath.LIST, reads);
    return Page.of(items, page, people.countOfCompany(company));
  }

  /**
   * The caller's own agency's persons whose names start with the words of {@code text}
   * (accents and case ignored); every person shown is logged as a search read.
   */
  public Page<Person> search(Caller caller, String text, PageQuery page) {
    policy.requireListJourney(caller);
    Agency own = caller.requireAgency();
    List<String> words = SearchText.words(text);
    List<Person> found = people.search(own, words, page.offset(), page.size());
    log.record(caller, ReadPath.SEARCH,
        found.stream().map(p -> read(p, AccessBasis.ownAgency(own))).toList());
    return Page.of(found, page, people.count(own, words));
  }

  /** A person as one reader sees them: when {@code redacted}, only roles and owner count. */
  public record Visible(Person person, boolean redacted) {}

  private Optional<AccessBasis> basis(Caller caller, Person person) {
    DetailGrants held = DetailGrants.none();
    Instant at = clock.instant();
    if (!caller.belongsTo(person.owner())) {
      for (EnterpriseNumber company : person.roles().stream().map(Person.CompanyRole::company)
          .distinct().toList()) {
        held = held.and(grants.grantsFor(caller, company, at));
      }
    }
    return policy.protectedDataBasis(caller, person.owner(), DataCategory.PERSONAL_DATA, held);
  }

  private static DataRead read(Person person, AccessBasis basis) {
    return new DataRead(RESOURCE, person.personId(),
        person.roles().stream().map(Person.CompanyRole::company).findFirst(), person.owner(),
        DataCategory.PERSONAL_DATA, basis);
  }

  private Person find(String personId) {
    return people.find(personId).orElseThrow(() -> new NotFoundException("no person " + personId));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
