package be.brussels.poles.guidance.event;

import be.brussels.poles.guidance.file.JourneyText;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.journey.Confidentiality;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import be.brussels.poles.kit.security.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An event or workshop of the guidance pole (feature 50: StartEssentials workshops, Boost
 * Camp, co-entrepreneur weekends, Employers' Day, BIE missions...) with its registrations and
 * who attended, linked to persons and, when they have one, their company.
 *
 * @param capacity the most registrations accepted; empty for no limit
 */
public record GuidanceEvent(UUID eventId, Kind kind, String title, Agency organiser,
    LocalDate heldOn, String place, Optional<Integer> capacity, Status status,
    List<Registration> registrations, Instant createdAt, long version) {

  /** Journey event type of a company's attendance. */
  public static final String ATTENDED_EVENT = "guidance.event.attended";
  public static final int MAX_TITLE = 200;

  /** The kinds of events the sources name. */
  public enum Kind {
    STARTESSENTIALS_WORKSHOP("StartEssentials workshop"),
    BOOST_CAMP("Boost Camp"),
    CO_ENTREPRENEUR_WEEKEND("co-entrepreneur weekend"),
    EMPLOYERS_DAY("Employers' Day"),
    BIE_MISSION("Brussels Invest & Export mission"),
    FAIR_OR_SEMINAR("fair or seminar"),
    INFO_SESSION("information session"),
    OTHER("event");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where the event stands. */
  public enum Status { PLANNED, HELD, CANCELLED }

  /** Where a registration stands. */
  public enum Attendance { REGISTERED, ATTENDED, NO_SHOW, CANCELLED }

  /** A person registered, maybe for a company. */
  public record Registration(String registrationId, String personName, String email,
      Optional<EnterpriseNumber> enterpriseNumber, Attendance attendance, Instant registeredAt) {

    public Registration {
      Objects.requireNonNull(registrationId, "registrationId");
      Objects.requireNonNull(personName, "personName");
      email = Objects.requireNonNullElse(email, "");
      enterpriseNumber = Objects.requireNonNullElse(enterpriseNumber, Optional.empty());
      Objects.requireNonNull(attendance, "attendance");
      Objects.requireNonNull(registeredAt, "registeredAt");
    }

    boolean counts() {
      return attendance != Attendance.CANCELLED;
    }
  }

  public GuidanceEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(heldOn, "heldOn");
    place = Objects.requireNonNullElse(place, "");
    capacity = Objects.requireNonNullElse(capacity, Optional.empty());
    Objects.requireNonNull(status, "status");
    registrations = List.copyOf(registrations);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Plans an event. */
  public static GuidanceEvent plan(Kind kind, String title, Agency organiser, LocalDate heldOn,
      String place, Optional<Integer> capacity, Instant now) {
    String clean = Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty())
        .orElseThrow(() -> new InvalidInputException("title", "is required"));
    if (clean.length() > MAX_TITLE) {
      throw new InvalidInputException("title", "must be at most " + MAX_TITLE + " characters");
    }
    if (capacity.filter(c -> c < 1 || c > 10_000).isPresent()) {
      throw new InvalidInputException("capacity", "must be from 1 to 10000");
    }
    return new GuidanceEvent(UUID.randomUUID(), kind, clean, organiser, heldOn,
        Optional.ofNullable(place).map(String::strip).orElse(""), capacity, Status.PLANNED,
        List.of(), now.truncatedTo(ChronoUnit.MILLIS), 1);
  }

  /** Registrations that still count (not cancelled). */
  public long registered() {
    return registrations.stream().filter(Registration::counts).count();
  }

  /**
   * Registers a person (for a company, when given), within the capacity, once per person and
   * company.
   */
  public GuidanceEvent register(String personName, String email,
      Optional<EnterpriseNumber> company, Instant now) {
    if (status != Status.PLANNED) {
      throw new BusinessRuleException("eventId", "the event is " + status + ": registrations are closed");
    }
    String name = Optional.ofNullable(personName).map(String::strip).filter(n -> !n.isEmpty())
        .orElseThrow(() -> new InvalidInputException("personName", "is required"));
    if (capacity.filter(c -> registered() >= c).isPresent()) {
      throw new BusinessRuleException("eventId", "the event is full (" + capacity.get() + " places)");
    }
    String key = name.toLowerCase(Locale.ROOT);
    if (registrations.stream().filter(Registration::counts).anyMatch(r ->
        r.personName().toLowerCase(Locale.ROOT).equals(key)
            && r.enterpriseNumber().equals(company))) {
      throw new BusinessRuleException("personName", name + " is already registered");
    }
    List<Registration> next = new ArrayList<>(registrations);
    next.add(new Registration(UUID.randomUUID().toString(), name,
        Optional.ofNullable(email).map(String::strip).orElse(""), company, Attendance.REGISTERED,
        now.truncatedTo(ChronoUnit.MILLIS)));
    return with(status, next);
  }

  /** Cancels one registration before the event. */
  public GuidanceEvent cancelRegistration(String registrationId) {
    if (status != Status.PLANNED) {
      throw new BusinessRuleException("registrationId", "the event is " + status);
    }
    requireRegistration(registrationId);
    return with(status, registrations.stream().map(r -> r.registrationId().equals(registrationId)
        ? new Registration(r.registrationId(), r.personName(), r.email(), r.enterpriseNumber(),
            Attendance.CANCELLED, r.registeredAt()) : r).toList());
  }

  /**
   * Records who attended, on or after the event's day: the registrations named attended, the
   * other registered ones did not show. Each company that attended gets a journey event.
   *
   * @return the event held, and the journey events of the companies that attended
   */
  public Held recordAttendance(Set<String> attendedIds, LocalDate today, Instant now) {
    if (status != Status.PLANNED) {
      throw new BusinessRuleException("attended", "the event is already " + status);
    }
    if (today.isBefore(heldOn)) {
      throw new BusinessRuleException("attended", "attendance is recorded once the event took"
          + " place (" + heldOn + ")");
    }
    attendedIds.forEach(this::requireRegistration);
    List<Registration> next = registrations.stream().map(r -> !r.counts() ? r
        : new Registration(r.registrationId(), r.personName(), r.email(), r.enterpriseNumber(),
            attendedIds.contains(r.registrationId()) ? Attendance.ATTENDED : Attendance.NO_SHOW,
            r.registeredAt())).toList();
    GuidanceEvent held = with(Status.HELD, next);
    Instant at = now.truncatedTo(ChronoUnit.MILLIS);
    List<PendingJourneyEvent> events = next.stream()
        .filter(r -> r.attendance() == Attendance.ATTENDED && r.enterpriseNumber().isPresent())
        .map(r -> r.enterpriseNumber().get()).distinct()
        .map(company -> PendingJourneyEvent.create(company, organiser, ATTENDED_EVENT, at,
            JourneyText.headline("Took part in a " + kind.label() + ": " + title), "", "",
            Confidentiality.SHARED, "",
            eventId.toString()))
        .toList();
    return new Held(held, events);
  }

  /** Cancels a planned event. */
  public GuidanceEvent cancel() {
    if (status != Status.PLANNED) {
      throw new BusinessRuleException("status", "the event is already " + status);
    }
    return with(Status.CANCELLED, registrations);
  }

  /** An event once held, with the journey events of its attendance. */
  public record Held(GuidanceEvent event, List<PendingJourneyEvent> journeyEvents) {}

  private void requireRegistration(String registrationId) {
    if (registrations.stream().noneMatch(r -> r.registrationId().equals(registrationId))) {
      throw new NotFoundException("no registration " + registrationId + " for event " + eventId);
    }
  }

  private GuidanceEvent with(Status newStatus, List<Registration> newRegistrations) {
    return new GuidanceEvent(eventId, kind, title, organiser, heldOn, place, capacity, newStatus,
        newRegistrations, createdAt, version);
  }
}
