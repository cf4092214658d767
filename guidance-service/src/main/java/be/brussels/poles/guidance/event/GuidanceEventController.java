package be.brussels.poles.guidance.event;

import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
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

/** Events and workshops with their attendance, {@code /api/guidance/events}. */
@RestController
@RequestMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
public class GuidanceEventController {

  private final GuidanceEventService service;

  public GuidanceEventController(GuidanceEventService service) {
    this.service = service;
  }

  /** An event with its registrations. */
  public record EventView(String eventId, String kind, String kindLabel, String title,
      String organiser, LocalDate heldOn, String place, Integer capacity, long registered,
      String status, List<RegistrationView> registrations, Instant createdAt, long version) {

    static EventView of(GuidanceEvent e) {
      return new EventView(e.eventId().toString(), e.kind().name(), e.kind().label(), e.title(),
          e.organiser().name(), e.heldOn(), e.place(), e.capacity().orElse(null), e.registered(),
          e.status().name(), e.registrations().stream().map(r -> new RegistrationView(
              r.registrationId(), r.personName(), r.email(),
              r.enterpriseNumber().map(n -> n.value()).orElse(null), r.attendance().name(),
              r.registeredAt())).toList(), e.createdAt(), e.version());
    }
  }

  /** One registration. */
  public record RegistrationView(String registrationId, String personName, String email,
      String enterpriseNumber, String attendance, Instant registeredAt) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EventView> plan(@RequestBody(required = false) GuidanceEventService.Plan body) {
    GuidanceEvent event = service.plan(CurrentCaller.get(), body);
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
        .buildAndExpand(event.eventId()).toUri();
    return ResponseEntity.created(location).body(EventView.of(event));
  }

  /** Newest first; {@code enterpriseNumber} for a company's events, {@code scope=agency}. */
  @GetMapping
  public Page<EventView> list(@RequestParam(required = false) String enterpriseNumber,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size,
      @RequestParam(required = false) String scope) {
    return service.list(CurrentCaller.get(), ListQuery.parse(enterpriseNumber, page, size),
        "agency".equalsIgnoreCase(scope)).map(EventView::of);
  }

  @GetMapping("/{eventId}")
  public EventView get(@PathVariable String eventId) {
    return EventView.of(service.get(CurrentCaller.get(), id(eventId)));
  }

  @PostMapping(path = "/{eventId}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<EventView> register(@PathVariable String eventId,
      @RequestBody(required = false) GuidanceEventService.Register body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(EventView.of(service.register(CurrentCaller.get(), id(eventId), body)));
  }

  @PostMapping(path = "/{eventId}/registrations/{registrationId}/cancellation",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public EventView cancelRegistration(@PathVariable String eventId,
      @PathVariable String registrationId,
      @RequestBody(required = false) GuidanceEventService.VersionOnly body) {
    return EventView.of(service.cancelRegistration(CurrentCaller.get(), id(eventId),
        registrationId, body));
  }

  @PostMapping(path = "/{eventId}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EventView attendance(@PathVariable String eventId,
      @RequestBody(required = false) GuidanceEventService.Attendance body) {
    return EventView.of(service.recordAttendance(CurrentCaller.get(), id(eventId), body));
  }

  @PostMapping(path = "/{eventId}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
  public EventView cancel(@PathVariable String eventId,
      @RequestBody(required = false) GuidanceEventService.VersionOnly body) {
    return EventView.of(service.cancel(CurrentCaller.get(), id(eventId), body));
  }

  private static java.util.UUID id(String eventId) {
    return InputChecks.uuid(eventId, "eventId");
  }
}
