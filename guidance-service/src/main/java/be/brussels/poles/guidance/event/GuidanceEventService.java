package be.brussels.poles.guidance.event;

import be.brussels.poles.guidance.file.GuidanceClock;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.InputChecks;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Planning events, registering people and recording attendance. Guidance-pole staff with a
 * role that opens files run them; the organising agency changes its own events.
 */
public class GuidanceEventService {

  private static final Role[] ORGANISERS = {Role.INTAKE, Role.ADVISOR, Role.MANAGER, Role.ADMIN};
  private static final String RECORDS = "events and workshops";

  private final GuidanceEventRepository events;
  private final Clock clock;

  public GuidanceEventService(GuidanceEventRepository events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** {@code POST /events}. */
  public record Plan(String kind, String title, String heldOn, String place, Integer capacity) {}

  /** {@code POST /events/{id}/registrations}. */
  public record Register(String personName, String email, String enterpriseNumber, Long version) {}

  /** {@code POST /events/{id}/attendance}: the registrations that attended. */
  public record Attendance(List<String> attended, Long version) {}

  /** {@code POST /events/{id}/cancellation} and registration cancellations. */
  public record VersionOnly(Long version) {}

  public GuidanceEvent plan(Caller caller, Plan body) {
    Agency organiser = requireOrganiser(caller);
    Plan in = body == null ? new Plan(null, null, null, null, null) : body;
    List<FieldViolation> violations = new ArrayList<>();
    GuidanceEvent.Kind kind =
        InputChecks.enumValue(GuidanceEvent.Kind.class, in.kind(), "kind", violations);
    LocalDate heldOn = null;
    if (in.heldOn() == null || in.heldOn().isBlank()) {
      violations.add(new FieldViolation("heldOn", "is required (yyyy-mm-dd)"));
    } else {
      try {
        heldOn = LocalDate.parse(in.heldOn().strip());
      } catch (DateTimeParseException e) {
        violations.add(new FieldViolation("heldOn", "must be a day written yyyy-mm-dd"));
      }
    }
    InputChecks.throwIfAny(violations);
    GuidanceEvent event = GuidanceEvent.plan(kind, in.title(), organiser, heldOn, in.place(),
        Optional.ofNullable(in.capacity()), clock.instant());
    events.insert(event);
    return event;
  }

  public GuidanceEvent register(Caller caller, UUID eventId, Register body) {
    Register in = require(caller, body);
    Optional<EnterpriseNumber> company = in.enterpriseNumber() == null
        || in.enterpriseNumber().isBlank() ? Optional.empty()
        : Optional.of(EnterpriseNumber.parse(in.enterpriseNumber(), "enterpriseNumber"));
    if (in.email() != null && !in.email().isBlank()
        && !in.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("email", "must be an e-mail address");
    }
    return change(caller, eventId, in.version(), List.of(),
        e -> e.register(in.personName(), in.email(), company, clock.instant()));
  }

  public GuidanceEvent cancelRegistration(Caller caller, UUID eventId, String registrationId,
      VersionOnly body) {
    VersionOnly in = require(caller, body);
    return change(caller, eventId, in.version(), List.of(),
        e -> e.cancelRegistration(registrationId));
  }

  public GuidanceEvent recordAttendance(Caller caller, UUID eventId, Attendance body) {
    Attendance in = require(caller, body);
    Set<String> attended = new HashSet<>(in.attended() == null ? List.of() : in.attended());
    GuidanceEvent event = load(eventId);
    requireOwner(caller, event, in.version());
    GuidanceEvent.Held held = event.recordAttendance(attended,
        GuidanceClock.day(clock.instant()), clock.instant());
    events.save(held.event(), held.journeyEvents());
    return load(eventId);
  }

  public GuidanceEvent cancel(Caller caller, UUID eventId, VersionOnly body) {
    VersionOnly in = require(caller, body);
    return change(caller, eventId, in.version(), List.of(), GuidanceEvent::cancel);
  }

  public GuidanceEvent get(Caller caller, UUID eventId) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    return load(eventId);
  }

  public Page<GuidanceEvent> list(Caller caller, ListQuery query, boolean ownAgencyOnly) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    return events.page(query, ownAgencyOnly ? Optional.of(agency) : Optional.empty());
  }

  private GuidanceEvent change(Caller caller, UUID eventId, Long version,
      List<be.brussels.poles.kit.journey.PendingJourneyEvent> journey,
      UnaryOperator<GuidanceEvent> change) {
    GuidanceEvent event = load(eventId);
    requireOwner(caller, event, version);
    events.save(change.apply(event), journey);
    return load(eventId);
  }

  private static void requireOwner(Caller caller, GuidanceEvent event, Long version) {
    if (!caller.belongsTo(event.organiser())) {
      throw new be.brussels.poles.kit.error.AccessDeniedException("only staff of "
          + event.organiser() + " change this event");
    }
    if (version == null) {
      throw new InvalidInputException("version", "is required (the version of the event you read)");
    }
    if (event.version() != version) {
      throw new ConflictException("event " + event.eventId() + " is at version " + event.version()
          + ", not " + version + ": reload it and try again");
    }
  }

  private static <T> T require(Caller caller, T body) {
    requireOrganiser(caller);
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    return body;
  }

  private GuidanceEvent load(UUID eventId) {
    return events.findById(eventId).orElseThrow(() -> new NotFoundException("no event " + eventId));
  }

  private static Agency requireOrganiser(Caller caller) {
    Agency agency = PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    caller.requireAnyRole(ORGANISERS);
    return agency;
  }
}
