package be.brussels.poles.housing.cohort;

import be.brussels.poles.housing.inventory.InventoryInput;
import be.brussels.poles.housing.request.LocationRequestView.ContactView;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Incubation cohorts over REST ({@code /api/housing/cohorts}). */
@RestController
@org.springframework.web.bind.annotation.RequestMapping(path = "/cohorts",
    produces = MediaType.APPLICATION_JSON_VALUE)
public class CohortController {

  private final CohortService service;

  public CohortController(CohortService service) {
    this.service = service;
  }

  public record AdmissionView(String enterpriseNumber, String companyName, ContactView admittedBy,
      String admittedAt) {}

  public record CohortView(String cohortId, String siteId, String siteName, String name,
      String intakeDate, int capacity, List<AdmissionView> admissions, ContactView createdBy,
      String createdAt, long version) {

    static CohortView of(Cohort c) {
      return new CohortView(c.cohortId().toString(), c.siteId().toString(), c.siteName(),
          c.name(), c.intakeDate().toString(), c.capacity(),
          c.admissions().stream().map(a -> new AdmissionView(a.enterpriseNumber().value(),
              a.companyName(), new ContactView(a.admittedBy().name(), a.admittedBy().email()),
              a.admittedAt().toString())).toList(),
          new ContactView(c.createdBy().name(), c.createdBy().email()),
          c.createdAt().toString(), c.version());
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CohortView> open(@RequestBody CohortBodies.Open body) {
    Cohort cohort = service.open(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
        .path("/{id}").buildAndExpand(cohort.cohortId()).toUri();
    return ResponseEntity.created(location).body(CohortView.of(cohort));
  }

  @PostMapping(path = "/{cohortId}/admissions", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CohortView admit(@PathVariable String cohortId, @RequestBody CohortBodies.Admit body) {
    return CohortView.of(service.admit(CurrentCaller.get(),
        InventoryInput.id(cohortId, "cohortId"), body));
  }

  @GetMapping("/{cohortId}")
  public CohortView get(@PathVariable String cohortId) {
    return CohortView.of(service.get(CurrentCaller.get(), InventoryInput.id(cohortId, "cohortId")));
  }

  /** Newest intake first; filters {@code siteId}, {@code enterpriseNumber} (admitted). */
  @GetMapping
  public Page<CohortView> list(@RequestParam(required = false) String siteId,
      @RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<UUID> site = siteId == null || siteId.isBlank() ? Optional.empty()
        : Optional.ofNullable(InputChecks.collect(violations,
            () -> InputChecks.uuid(siteId.strip(), "siteId")));
    ListQuery query = InputChecks.collect(violations,
        () -> ListQuery.parse(enterpriseNumber, page, size));
    InputChecks.throwIfAny(violations);
    Optional<EnterpriseNumber> company = query.enterpriseNumber();
    return service.list(CurrentCaller.get(), site, company, query.page()).map(CohortView::of);
  }
}
