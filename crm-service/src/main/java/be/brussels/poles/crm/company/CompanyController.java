package be.brussels.poles.crm.company;

import be.brussels.poles.crm.company.CompanyDirectory.Registration;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.CurrentCaller;
import be.brussels.poles.crm.company.KboIdentity.Activity;
import be.brussels.poles.crm.company.KboIdentity.Denomination;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** REST for the gateway: register and look up companies by enterprise number (any notation). */
@RestController
@RequestMapping(path = "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
public class CompanyController {

  static final int MAX_PROFILE_TEXT = 100;

  /** How many possible duplicates a company answer lists. */
  static final int DUPLICATES_SHOWN = 5;

  private final CompanyDirectory directory;
  private final SimilarCompanies similar;
  private final Clock clock;

  public CompanyController(CompanyDirectory directory, SimilarCompanies similar, Clock clock) {
    this.directory = directory;
    this.similar = similar;
    this.clock = clock;
  }

  /** 201 with Location when created; 200 with the existing company when already registered. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CompanyResource> register(@RequestBody RegisterCompanyBody body) {
    Registration registration = directory.register(CurrentCaller.get(),
        EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"),
        CompanyName.parse(body.name(), "name"));
    CompanyResource resource = resource(registration.company(), null);
    if (!registration.created()) {
      return ResponseEntity.ok(resource);
    }
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{number}")
        .buildAndExpand(resource.enterpriseNumber()).toUri();
    return ResponseEntity.created(location).body(resource);
  }

  @GetMapping("/{number}")
  public CompanyResource resolve(@PathVariable String number) {
    CompanyDirectory.Lookup lookup = directory.lookup(CurrentCaller.get(),
        EnterpriseNumber.parse(number, "enterpriseNumber"));
    return resource(lookup.company(), lookup.mergedFrom());
  }

  private CompanyResource resource(Company company, EnterpriseNumber mergedFrom) {
    return CompanyResource.of(company, today(), similar.similarTo(company, DUPLICATES_SHOWN),
        mergedFrom);
  }

  /**
   * Replaces what staff know of the company. {@code version} is the company's version as read;
   * a stale one is a 409.
   */
  @PutMapping(path = "/{number}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CompanyResource updateProfile(@PathVariable String number,
      @RequestBody ProfileBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    EnterpriseNumber company =
        InputChecks.collect(violations, () -> EnterpriseNumber.parse(number, "enterpriseNumber"));
    if (body.version() == null || body.version() < 1) {
      violations.add(new FieldViolation("version", "is required: the version you read (1 or more)"));
    }
    SizeClass size = body.sizeClass() == null ? null
        : InputChecks.enumValue(SizeClass.class, body.sizeClass(), "sizeClass", violations);
    text(body.sector(), "sector", violations);
    text(body.cluster(), "cluster", violations);
    Set<CompanyFlag> flags = EnumSet.noneOf(CompanyFlag.class);
    List<String> given = body.flags() == null ? List.of() : body.flags();
    for (int i = 0; i < given.size(); i++) {
      CompanyFlag flag =
          InputChecks.enumValue(CompanyFlag.class, given.get(i), "flags[" + i + "]", violations);
      if (flag != null) {
        flags.add(flag);
      }
    }
    InputChecks.throwIfAny(violations);
    return resource(directory.updateProfile(CurrentCaller.get(), company,
        body.version(), new CompanyProfile(size, strip(body.sector()), strip(body.cluster()),
            flags)), null);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void text(String value, String field, List<FieldViolation> violations) {
    if (value != null && (value.length() > MAX_PROFILE_TEXT
        || value.codePoints().anyMatch(Character::isISOControl))) {
      violations.add(new FieldViolation(field, "must be at most " + MAX_PROFILE_TEXT
          + " characters without control characters"));
    }
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  /** Body of PUT /companies/{number}/profile. */
  public record ProfileBody(Long version, String sizeClass, String sector, String cluster,
      List<String> flags) {}

  /** Body of POST /companies. Unknown properties are refused (spring.jackson settings). */
  public record RegisterCompanyBody(String enterpriseNumber, String name) {}

  /**
   * A company in REST answers.
   *
   * @param enterpriseNumber canonical ten digits ("0403019261")
   * @param formattedNumber display form ("0403.019.261")
   * @param possibleDuplicates other records with a similar name (and the same commune when
   *     known): the duplicate warning, to check before working on the company
   * @param mergedFrom the number asked for when it was merged into this company; null otherwise
   */
  public record CompanyResource(String companyId, String enterpriseNumber, String formattedNumber,
      String name, Instant registeredAt, long version, String lifeCycleStage,
      ProfileResource profile, KboResource kbo, List<SimilarCompanies.Similar> possibleDuplicates,
      String mergedFrom) {

    static CompanyResource of(Company company, LocalDate today,
        List<SimilarCompanies.Similar> possibleDuplicates, EnterpriseNumber mergedFrom) {
      return new CompanyResource(company.companyId(), company.enterpriseNumber().value(),
          company.enterpriseNumber().formatted(), company.name().value(), company.registeredAt(),
          company.version(), company.stage(today).name(), ProfileResource.of(company.profile()),
          company.kbo() == null ? null : KboResource.of(company.kbo()), possibleDuplicates,
          mergedFrom == null ? null : mergedFrom.value());
    }
  }

  /** What staff entered; {@code sizeClass} null when unknown. */
  public record ProfileResource(String sizeClass, String sector, String cluster,
      List<String> flags) {

    static ProfileResource of(CompanyProfile p) {
      return new ProfileResource(p.sizeClass() == null ? null : p.sizeClass().name(), p.sector(),
          p.cluster(), p.flags().stream().map(Enum::name).sorted().toList());
    }
  }

  /**
   * The KBO identity, every value from the file named in {@code source} (field provenance).
   *
   * @param names each with its KBO language code (1 FR, 2 NL, 3 DE, 4 EN, 0 unknown) and type
   *     (001 name, 002 abbreviation, 003 commercial name)
   * @param commune the Brussels commune of the registered office, null outside Brussels
   */
  public record KboResource(String status, String juridicalSituation, String typeOfEnterprise,
      String juridicalForm, Map<String, String> juridicalFormLabel, LocalDate startDate,
      List<Denomination> names, Address registeredAddress, String commune,
      List<Activity> activities, List<EstablishmentResource> establishments,
      KboIdentity.Provenance source) {

    static KboResource of(KboIdentity k) {
      return new KboResource(k.status(), k.juridicalSituation(), k.typeOfEnterprise(),
          k.juridicalForm(), k.juridicalFormLabel().labels(), k.startDate(), k.denominations(),
          k.registeredAddress(),
          k.registeredAddress() == null ? null
              : k.registeredAddress().commune().map(Enum::name).orElse(null),
          k.activities(), k.establishments().stream()
              .map(e -> new EstablishmentResource(e.number(),
                  e.number().charAt(0) + "." + e.number().substring(1, 4) + "."
                      + e.number().substring(4, 7) + "." + e.number().substring(7),
                  e.startDate(), e.address()))
              .toList(), k.source());
    }
  }

  /** An establishment unit; {@code formattedNumber} "2.123.456.789". */
  public record EstablishmentResource(String number, String formattedNumber, LocalDate startDate,
      Address address) {}
}
