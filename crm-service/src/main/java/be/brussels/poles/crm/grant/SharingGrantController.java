package be.brussels.poles.crm.grant;

import be.brussels.poles.crm.access.DataCategory;
import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: sharing agreements between agencies. */
@RestController
@RequestMapping(path = "/sharing-grants", produces = MediaType.APPLICATION_JSON_VALUE)
public class SharingGrantController {

  private final SharingGrants grants;

  public SharingGrantController(SharingGrants grants) {
    this.grants = grants;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<GrantResource> create(@RequestBody CreateGrantBody body) {
    List<FieldViolation> violations = new ArrayList<>();
    Agency to = body.toAgency() == null ? null
        : QueryParams.enumValue(Agency.class, body.toAgency(), "toAgency", violations).orElse(null);
    Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
    List<String> names = body.categories() == null ? List.of() : body.categories();
    for (int i = 0; i < names.size(); i++) {
      QueryParams.enumValue(DataCategory.class, names.get(i), "categories[" + i + "]",
          violations).ifPresent(categories::add);
    }
    Optional<Instant> from = QueryParams.instant(body.validFrom(), "validFrom", violations);
    Optional<Instant> until = QueryParams.instant(body.validUntil(), "validUntil", violations);
    var company = QueryParams.enterpriseNumber(body.enterpriseNumber(), "enterpriseNumber",
        violations);
    InputChecks.throwIfAny(violations);
    SharingGrant grant = grants.create(CurrentCaller.get(), new SharingGrants.NewGrant(to,
        body.purpose(), body.legalBasis(), categories, from.orElse(null), until, company));
    return ResponseEntity.created(URI.create("/sharing-grants/" + grant.grantId()))
        .body(GrantResource.of(grant));
  }

  @GetMapping
  public Page<GrantResource> list(@RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    PageQuery query = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return grants.list(CurrentCaller.get(), query).map(GrantResource::of);
  }

  @GetMapping("/{grantId}")
  public GrantResource get(@PathVariable String grantId) {
    return GrantResource.of(grants.find(CurrentCaller.get(), grantId));
  }

  /** Ends the grant now; {@code version} is the one the manager read (409 when stale). */
  @PostMapping(path = "/{grantId}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
  public GrantResource revoke(@PathVariable String grantId, @RequestBody RevokeBody body) {
    if (body.version() == null || body.version() < 1) {
      InputChecks.throwIfAny(List.of(new FieldViolation("version", "is required (1 or more)")));
    }
    return GrantResource.of(grants.revoke(CurrentCaller.get(), grantId, body.version()));
  }

  /**
   * Body of POST /sharing-grants. Dates as {@code 2026-03-02} (start of the day in Brussels) or
   * instants; {@code validUntil} exclusive, optional; {@code enterpriseNumber} optional (absent:
   * every company).
   */
  public record CreateGrantBody(String toAgency, String purpose, String legalBasis,
      List<String> categories, String validFrom, String validUntil, String enterpriseNumber) {}

  /** Body of POST /sharing-grants/{id}/revoke. */
  public record RevokeBody(Long version) {}

  /** A grant in REST answers. */
  public record GrantResource(String grantId, String fromAgency, String toAgency, String purpose,
      String legalBasis, List<String> categories, Instant validFrom, Instant validUntil,
      String enterpriseNumber, String createdBy, Instant createdAt, Instant revokedAt,
      long version) {

    static GrantResource of(SharingGrant g) {
      return new GrantResource(g.grantId(), g.from().name(), g.to().name(), g.purpose(),
          g.legalBasis(), g.categories().stream().map(Enum::name).sorted().toList(),
          g.validFrom(), g.validUntil().orElse(null),
          g.company().map(c -> c.value()).orElse(null), g.createdBy(), g.createdAt(),
          g.revokedAt().orElse(null), g.version());
    }
  }
}
