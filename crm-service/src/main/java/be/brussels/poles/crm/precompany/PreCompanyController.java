package be.brussels.poles.crm.precompany;

import be.brussels.poles.crm.company.CompanyName;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST for the gateway: project holders' records before their company exists
 * ({@code /pre-companies}), their journey, and their re-keying once the enterprise number is
 * known ({@code POST /pre-companies/{id}/rekey}, answering the company).
 */
@RestController
@RequestMapping(path = "/pre-companies", produces = MediaType.APPLICATION_JSON_VALUE)
public class PreCompanyController {

  private static final Pattern TYPE = Pattern.compile("^[a-z]+(\\.[a-z_]+)+$");
  static final int MAX_HEADLINE = 200;
  static final int MAX_DETAIL = 4000;

  private final PreCompanyRegister register;

  public PreCompanyController(PreCompanyRegister register) {
    this.register = register;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PreCompanyResource> create(@RequestBody CreateBody body) {
    PreCompany created = register.register(CurrentCaller.get(),
        CompanyName.parse(body.projectName(), "projectName"));
    return ResponseEntity.created(URI.create("/pre-companies/" + created.preCompanyId()))
        .body(PreCompanyResource.of(created));
  }

  @GetMapping("/{id}")
  public PreCompanyResource get(@PathVariable String id) {
    return PreCompanyResource.of(register.get(CurrentCaller.get(), id));
  }

  @GetMapping
  public Page<PreCompanyResource> list(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return register.list(CurrentCaller.get(), query).map(PreCompanyResource::of);
  }

  @PostMapping(path = "/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<PreCompany.Event> record(@PathVariable String id,
      @RequestBody EventBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    if (body.type() == null || body.type().length() > 100 || !TYPE.matcher(body.type()).matches()) {
      violations.add(new FieldViolation("type",
          "is required: dotted lower-case words such as guidance.intake.done"));
    }
    text(body.headline(), "headline", true, MAX_HEADLINE, violations);
    text(body.detail(), "detail", false, MAX_DETAIL, violations);
    Confidentiality level = InputChecks.enumValue(Confidentiality.class, body.confidentiality(),
        "confidentiality", violations);
    InputChecks.throwIfAny(violations);
    return ResponseEntity.status(201).body(register.record(CurrentCaller.get(), id, body.type(),
        body.headline().strip(), level, body.detail() == null ? "" : body.detail()));
  }

  @PostMapping(path = "/{id}/rekey", consumes = MediaType.APPLICATION_JSON_VALUE)
  public RekeyResource rekey(@PathVariable String id, @RequestBody RekeyBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber number = InputChecks.collect(violations,
        () -> EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"));
    if (body.version() == null || body.version() < 1) {
      violations.add(new FieldViolation("version", "is required: the version you read"));
    }
    InputChecks.throwIfAny(violations);
    var company = register.rekey(CurrentCaller.get(), id, body.version(), number);
    return new RekeyResource(id, company.companyId(), company.enterpriseNumber().value(),
        company.enterpriseNumber().formatted(), company.name().value(), company.registeredAt());
  }

  private static void text(String value, String field, boolean required, int max,
      List<FieldViolation> violations) {
    if (value == null || value.isBlank()) {
      if (required) {
        violations.add(new FieldViolation(field, "is required"));
      }
      return;
    }
    if (value.length() > max) {
      violations.add(new FieldViolation(field, "must be at most " + max + " characters"));
    }
  }

  /**
   * A pre-company in REST answers; {@code journey} oldest first, a redacted step without its
   * detail (null); {@code rekeyedTo} the company's number once re-keyed ("0403.019.261").
   */
  public record PreCompanyResource(String preCompanyId, String projectName,
      String registeredByAgency, Instant registeredAt, long version, List<PreCompany.Event> journey,
      String rekeyedTo, Instant rekeyedAt) {

    static PreCompanyResource of(PreCompany p) {
      return new PreCompanyResource(p.preCompanyId(), p.projectName().value(),
          p.registeredByAgency().name(), p.registeredAt(), p.version(), p.journey(),
          p.rekeyedTo() == null ? null : p.rekeyedTo().formatted(), p.rekeyedAt());
    }
  }

  /** Body of POST /pre-companies. */
  public record CreateBody(String projectName) {}

  /** Body of POST /pre-companies/{id}/events; confidentiality SHARED or CONFIDENTIAL. */
  public record EventBody(String type, String headline, String detail, String confidentiality) {}

  /** Body of POST /pre-companies/{id}/rekey: the number and the record's version as read. */
  public record RekeyBody(String enterpriseNumber, Long version) {}

  /** The company the project became. */
  public record RekeyResource(String preCompanyId, String companyId, String enterpriseNumber,
      String formattedNumber, String name, Instant registeredAt) {}
}
