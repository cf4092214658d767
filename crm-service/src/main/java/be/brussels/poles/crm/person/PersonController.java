package be.brussels.poles.crm.person;

import be.brussels.poles.crm.person.Person.AgeBand;
import be.brussels.poles.crm.person.Person.CompanyRole;
import be.brussels.poles.crm.person.Person.Gender;
import be.brussels.poles.crm.person.Person.Language;
import be.brussels.poles.crm.person.Person.LegalBasis;
import be.brussels.poles.crm.person.Person.RoleType;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for the gateway: persons ({@code /persons}) and a company's people
 * ({@code GET /companies/{number}/persons}). Every field is checked and every problem of a
 * request reported at once, naming the field.
 */
@RestController
public class PersonController {

  static final int MAX_NAME = 100;
  static final int MAX_ROLES = 20;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");

  private final PersonRegister register;

  public PersonController(PersonRegister register) {
    this.register = register;
  }

  @PostMapping(path = "/persons", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PersonResource> create(@RequestBody PersonBody body) {
    Person recorded = register.record(CurrentCaller.get(), parse(body));
    return ResponseEntity.created(URI.create("/persons/" + recorded.personId()))
        .body(PersonResource.of(recorded));
  }

  @GetMapping(path = "/persons/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public PersonResource get(@PathVariable String id) {
    return PersonResource.of(register.get(CurrentCaller.get(), id));
  }

  /** {@code GET /persons?q=}: the caller's agency's persons by name (prefixes of name words). */
  @GetMapping(path = "/persons", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<PersonResource> search(@RequestParam(required = false) String q,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    if (q == null || q.isBlank() || q.length() > MAX_NAME * 2) {
      violations.add(new FieldViolation("q", "is required: 1 to " + (MAX_NAME * 2)
          + " characters of a name"));
    }
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return register.search(CurrentCaller.get(), q, query).map(PersonResource::of);
  }

  @PutMapping(path = "/persons/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public PersonResource update(@PathVariable String id, @RequestBody PersonBody body) {
    if (body.version() == null || body.version() < 1) {
      InputChecks.throwIfAny(List.of(new FieldViolation("version",
          "is required: the version you read")));
    }
    return PersonResource.of(register.update(CurrentCaller.get(), id, body.version(),
        parse(body)));
  }

  @GetMapping(path = "/companies/{number}/persons", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<PersonResource> ofCompany(@PathVariable String number,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber company = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(number, "enterpriseNumber"));
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return register.ofCompany(CurrentCaller.get(), company, query)
        .map(v -> v.redacted() ? PersonResource.redacted(v.person()) : PersonResource.of(v.person()));
  }

  private static PersonDetails parse(PersonBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    String first = name(body.firstName(), "firstName", violations);
    String last = name(body.lastName(), "lastName", violations);
    String email = body.email() == null || body.email().isBlank() ? "" : body.email().strip();
    if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      violations.add(new FieldViolation("email", "must be an e-mail address"));
    }
    Gender gender = InputChecks.enumValue(Gender.class, body.gender(), "gender", violations);
    AgeBand age = InputChecks.enumValue(AgeBand.class, body.ageBand(), "ageBand", violations);
    Language language =
        InputChecks.enumValue(Language.class, body.language(), "language", violations);
    LegalBasis basis =
        InputChecks.enumValue(LegalBasis.class, body.legalBasis(), "legalBasis", violations);
    if (basis == LegalBasis.CONSENT && body.consentAt() == null) {
      violations.add(new FieldViolation("consentAt", "is required when the legal basis is CONSENT"));
    }
    if (basis != null && basis != LegalBasis.CONSENT && body.consentAt() != null) {
      violations.add(new FieldViolation("consentAt", "is only for the legal basis CONSENT"));
    }
    List<RoleBody> given = body.roles() == null ? List.of() : body.roles();
    if (given.size() > MAX_ROLES) {
      violations.add(new FieldViolation("roles", "must hold at most " + MAX_ROLES + " roles"));
    }
    List<CompanyRole> roles = new ArrayList<>();
    for (int i = 0; i < Math.min(given.size(), MAX_ROLES); i++) {
      String prefix = "roles[" + i + "].";
      RoleBody r = given.get(i);
      if (r == null) {
        violations.add(new FieldViolation("roles[" + i + "]", "is required"));
        continue;
      }
      EnterpriseNumber company = InputChecks.collect(violations,
          () -> EnterpriseNumber.parse(r.enterpriseNumber(), prefix + "enterpriseNumber"));
      RoleType type = InputChecks.enumValue(RoleType.class, r.role(), prefix + "role", violations);
      LocalDate from = date(r.from(), prefix + "from", true, violations);
      LocalDate until = date(r.until(), prefix + "until", false, violations);
      if (from != null && until != null && until.isBefore(from)) {
        violations.add(new FieldViolation(prefix + "until", "must not be before from"));
      }
      if (company != null && type != null && from != null) {
        roles.add(new CompanyRole(company, type, from, until));
      }
    }
    InputChecks.throwIfAny(violations);
    return new PersonDetails(first, last, email, gender, age, body.jobseeker(), language, basis,
        body.consentAt(), roles);
  }

  private static String name(String value, String field, List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_NAME || stripped.codePoints().anyMatch(Character::isISOControl)) {
      violations.add(new FieldViolation(field,
          "must be at most " + MAX_NAME + " characters without control characters"));
    }
    return stripped;
  }

  private static LocalDate date(String value, String field, boolean required,
      List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(new FieldViolation(field, "is required (yyyy-mm-dd)"));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "must be a date yyyy-mm-dd"));
      return null;
    }
  }

  /** Body of POST and PUT /persons; {@code version} only for PUT. */
  public record PersonBody(Long version, String firstName, String lastName, String email,
      String gender, String ageBand, Boolean jobseeker, String language, String legalBasis,
      Instant consentAt, List<RoleBody> roles) {}

  /** A role in a company; dates yyyy-mm-dd, {@code until} absent while it lasts. */
  public record RoleBody(String enterpriseNumber, String role, String from, String until) {}

  /** A person; when {@code redacted}, every personal field is null (roles and owner stay). */
  public record PersonResource(String personId, boolean redacted, String owner, Long version,
      String firstName, String lastName, String email, String gender, String ageBand,
      Boolean jobseeker, String language, String legalBasis, Instant consentAt,
      List<RoleResource> roles) {

    static PersonResource of(Person p) {
      return new PersonResource(p.personId(), false, p.owner().name(), p.version(),
          p.firstName(), p.lastName(), p.email(), p.gender().name(), p.ageBand().name(),
          p.jobseeker(), p.language().name(), p.legalBasis().name(), p.consentAt(), roles(p));
    }

    static PersonResource redacted(Person p) {
      return new PersonResource(p.personId(), true, p.owner().name(), null, null, null, null,
          null, null, null, null, null, null, roles(p));
    }

    private static List<RoleResource> roles(Person p) {
      return p.roles().stream().map(r -> new RoleResource(r.company().value(), r.role().name(),
          r.from(), r.until())).toList();
    }
  }

  /** A role as REST shows it. */
  public record RoleResource(String enterpriseNumber, String role, LocalDate from,
      LocalDate until) {}
}
