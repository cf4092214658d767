package be.brussels.poles.guidance.intake;

import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import be.brussels.poles.kit.error.InvalidInputException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 1819 intake, {@code /api/guidance/intake-requests}. */
@RestController
@RequestMapping(path = "/intake-requests", produces = MediaType.APPLICATION_JSON_VALUE)
public class IntakeController {

  private final IntakeService service;

  public IntakeController(IntakeService service) {
    this.service = service;
  }

  /** A request as the pole's staff read it. */
  public record IntakeView(String requestId, Instant receivedAt, String agency, String handledBy,
      String channel, String language, String requesterKind, String enterpriseNumber,
      String companyName, boolean companyKnownToCrm, String contactName, List<String> topics,
      String question, String answer, List<OrientationView> orientations, long version) {

    static IntakeView of(IntakeRequest r) {
      return new IntakeView(r.requestId().toString(), r.receivedAt(), r.agency().name(),
          r.handledBy(), r.channel().name(), r.language().name(), r.requesterKind().name(),
          r.enterpriseNumber().map(n -> n.value()).orElse(null), r.companyName(),
          r.companyKnownToCrm(), r.contactName().orElse(null),
          r.topics().stream().map(Enum::name).sorted().toList(), r.question(), r.answer(),
          r.orientations().stream().map(OrientationView::of).toList(), r.version());
    }
  }

  /** An orientation with its referral link. */
  public record OrientationView(String orientationId, String serviceId, String serviceName,
      String provider, String referToAgency, String referralStatus, String referralId,
      String referralState) {

    static OrientationView of(Orientation o) {
      return new OrientationView(o.orientationId(), o.serviceId(), o.serviceName(), o.provider(),
          o.referTo().map(Enum::name).orElse(null), o.referralStatus().name(),
          o.referral().map(Orientation.CrmReferral::referralId).orElse(null),
          o.referral().map(Orientation.CrmReferral::state).orElse(null));
    }
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<IntakeView> record(
      @RequestBody(required = false) IntakeService.RecordRequest body) {
    IntakeRequest request = service.record(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
        .buildAndExpand(request.requestId()).toUri();
    return ResponseEntity.created(location).body(IntakeView.of(request));
  }

  @GetMapping
  public Page<IntakeView> list(@RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    return service.list(CurrentCaller.get(), ListQuery.parse(enterpriseNumber, page, size))
        .map(IntakeView::of);
  }

  /**
   * Counts over a period: {@code from} and {@code to} are days (default: the last 30 days);
   * {@code scope=all} for every guidance agency.
   */
  @GetMapping("/statistics")
  public IntakeStatistics statistics(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String scope) {
    LocalDate today = service.today();
    LocalDate end = day(to, "to", today);
    LocalDate start = day(from, "from", end.minusDays(29));
    return service.statistics(CurrentCaller.get(), start, end, "all".equalsIgnoreCase(scope));
  }

  @GetMapping("/{requestId}")
  public IntakeView get(@PathVariable String requestId) {
    return IntakeView.of(service.get(CurrentCaller.get(), InputChecks.uuid(requestId, "requestId")));
  }

  @PostMapping(path = "/{requestId}/orientations/{orientationId}/referral",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public IntakeView linkReferral(@PathVariable String requestId,
      @PathVariable String orientationId,
      @RequestBody(required = false) IntakeService.LinkReferral body) {
    return IntakeView.of(service.linkReferral(CurrentCaller.get(),
        InputChecks.uuid(requestId, "requestId"), orientationId, body));
  }

  private static LocalDate day(String text, String field, LocalDate absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a day written yyyy-mm-dd");
    }
  }
}
