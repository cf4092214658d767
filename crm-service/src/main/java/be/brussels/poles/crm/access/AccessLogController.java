package be.brussels.poles.crm.access;

import be.brussels.poles.crm.web.QueryParams;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.CurrentCaller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST for auditors: the access log, filtered, paged and sorted on time. */
@RestController
public class AccessLogController {

  private final AccessLog accessLog;

  public AccessLogController(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  /**
   * {@code GET /access-log?actor=&agency=&company=&resourceType=&category=&from=&until=
   * &sort=newest|oldest&page=&size=}.
   */
  @GetMapping(path = "/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
  public Page<AccessLogResource> find(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String company,
      @RequestParam(required = false) String resourceType,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    List<FieldViolation> violations = new ArrayList<>();
    Optional<Instant> fromAt = QueryParams.instant(from, "from", violations);
    Optional<Instant> untilAt = QueryParams.instant(until, "until", violations);
    QueryParams.orderedRange(fromAt, untilAt, violations);
    AccessLogQuery query = new AccessLogQuery(
        QueryParams.text(actor, "actor", violations),
        QueryParams.enumValue(Agency.class, agency, "agency", violations),
        QueryParams.enterpriseNumber(company, "company", violations),
        QueryParams.text(resourceType, "resourceType", violations),
        QueryParams.enumValue(DataCategory.class, category, "category", violations),
        fromAt, untilAt, QueryParams.newestFirst(sort, violations));
    PageQuery pageQuery = PageQuery.parse(page, size, violations);
    InputChecks.throwIfAny(violations);
    return accessLog.find(CurrentCaller.get(), query, pageQuery).map(AccessLogResource::of);
  }

  /** One access-log entry. */
  public record AccessLogResource(String entryId, Instant at, String actor, String actorUsername,
      String actorAgency, String clientId, String path, String resourceType, String resourceId,
      String enterpriseNumber, String owner, String category, String accessBasis,
      String reference, String purpose, String legalBasis, String traceId) {

    static AccessLogResource of(AccessLogEntry e) {
      return new AccessLogResource(e.entryId(), e.at(), e.actor(), e.actorUsername(),
          e.actorAgency().map(Agency::name).orElse(null), e.clientId(), e.path().name(),
          e.resourceType(), e.resourceId(), e.enterpriseNumber(), e.owner().name(),
          e.category().name(), e.basis().kind().name(), e.basis().reference(),
          e.basis().purpose(), e.basis().legalBasis(), e.traceId());
    }
  }
}
