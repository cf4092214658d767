package be.brussels.poles.guidance.operator;

import be.brussels.poles.guidance.file.GuidanceClock;
import be.brussels.poles.guidance.file.GuidanceFile;
import be.brussels.poles.guidance.file.GuidanceFileInput;
import be.brussels.poles.guidance.file.OperatorDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.Caller;
import be.brussels.poles.kit.security.PoleAccess;
import be.brussels.poles.kit.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry of accredited operators: guidance staff read it; the pole's managers and admins
 * (who coordinate the public/private network) register, accredit, suspend and withdraw.
 */
public class OperatorService implements OperatorDirectory {

  private static final String RECORDS = "the operators registry";

  private final OperatorRepository operators;
  private final Clock clock;

  public OperatorService(OperatorRepository operators, Clock clock) {
    this.operators = operators;
    this.clock = clock;
  }

  /** {@code POST /operators}. */
  public record Register(String name, String kind, String enterpriseNumber,
      List<String> specialities) {}

  /** {@code POST /operators/{id}/accreditation}. */
  public record Accredit(String charterSignedOn, String accreditedFrom, String accreditedUntil,
      Long version) {}

  /** {@code POST /operators/{id}/state}. */
  public record ChangeState(String state, Long version) {}

  public Operator register(Caller caller, Register body) {
    requireManager(caller);
    Register in = body == null ? new Register(null, null, null, null) : body;
    Operator.Kind kind = GuidanceFileInput.required(Operator.Kind.class, in.kind(), "kind");
    Optional<String> number = GuidanceFileInput.enterpriseNumber(in.enterpriseNumber(),
        "enterpriseNumber").map(EnterpriseNumber::value);
    List<String> specialities = in.specialities() == null ? List.of()
        : in.specialities().stream().filter(s -> s != null && !s.isBlank()).map(String::strip)
            .toList();
    Operator operator = Operator.register(in.name(), kind, number, specialities);
    operators.insert(operator);
    return operator;
  }

  public Operator accredit(Caller caller, UUID operatorId, Accredit body) {
    requireManager(caller);
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    long version = GuidanceFileInput.version(body.version());
    LocalDate charter = GuidanceFileInput.day(body.charterSignedOn(), "charterSignedOn", null);
    LocalDate from = GuidanceFileInput.day(body.accreditedFrom(), "accreditedFrom", null);
    LocalDate until = GuidanceFileInput.day(body.accreditedUntil(), "accreditedUntil", null);
    Operator operator = at(operatorId, version);
    return operators.save(operator.accredit(charter, from, until));
  }

  public Operator changeState(Caller caller, UUID operatorId, ChangeState body) {
    requireManager(caller);
    if (body == null) {
      throw new InvalidInputException("body", "is required");
    }
    long version = GuidanceFileInput.version(body.version());
    Operator.State state = GuidanceFileInput.required(Operator.State.class, body.state(), "state");
    return operators.save(at(operatorId, version).changeState(state));
  }

  public Operator get(Caller caller, UUID operatorId) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    return load(operatorId);
  }

  /** Every operator, or only those accredited today ({@code accreditedOnly}). */
  public List<Operator> list(Caller caller, boolean accreditedOnly) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    LocalDate today = today();
    return operators.all(Optional.empty()).stream()
        .filter(o -> !accreditedOnly || o.accreditedOn(today)).toList();
  }

  @Override
  public Optional<GuidanceFile.AssignedOperator> find(String operatorId, LocalDate day) {
    UUID id;
    try {
      id = UUID.fromString(operatorId);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("operatorId", "must be a UUID");
    }
    return operators.findById(id).map(o -> new GuidanceFile.AssignedOperator(
        o.operatorId().toString(), o.name(), o.accreditedOn(day)));
  }

  public LocalDate today() {
    return GuidanceClock.day(clock.instant());
  }

  private Operator at(UUID operatorId, long version) {
    Operator operator = load(operatorId);
    if (operator.version() != version) {
      throw new be.brussels.poles.kit.error.ConflictException("operator " + operatorId
          + " is at version " + operator.version() + ", not " + version
          + ": reload it and try again");
    }
    return operator;
  }

  private Operator load(UUID operatorId) {
    return operators.findById(operatorId)
        .orElseThrow(() -> new NotFoundException("no operator " + operatorId));
  }

  private static void requireManager(Caller caller) {
    PoleAccess.requirePoleStaff(caller, Agency.Pole.GUIDANCE, RECORDS);
    caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
  }
}
