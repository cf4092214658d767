package be.brussels.poles.guidance.operator;

import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A subsidised private partner or consultant of the public/private guidance network (feature
 * 44, L391-396): it signs the quality charter and is accredited for a period. Only an operator
 * accredited on the day can be assigned a co-financed element of a package.
 *
 * @param enterpriseNumber the operator's own enterprise number, when it has one
 * @param specialities what it does, free words ("business plan", "transfer diagnosis", ...)
 * @param charterSignedOn when it signed the quality charter; empty while not signed
 * @param accreditedFrom first day of the accreditation
 * @param accreditedUntil last day of the accreditation
 */
public record Operator(UUID operatorId, String name, Kind kind, Optional<String> enterpriseNumber,
    List<String> specialities, Optional<LocalDate> charterSignedOn,
    Optional<LocalDate> accreditedFrom, Optional<LocalDate> accreditedUntil, State state,
    long version) {

  /** What the operator is. */
  public enum Kind {
    /** A subsidised private partner organisation (mentoring, coaching, incubation...). */
    PRIVATE_PARTNER,
    /** An individual consultant or consultancy firm. */
    CONSULTANT,
    /** A local economy desk (first-line local guidance). */
    LOCAL_ECONOMY_DESK
  }

  /** Where the accreditation stands. */
  public enum State {
    /** Registered, not (yet) accredited. */
    APPLIED,
    /** Accredited for the period, charter signed. */
    ACCREDITED,
    /** Accreditation suspended (quality issue under review). */
    SUSPENDED,
    /** Accreditation withdrawn or given up. */
    WITHDRAWN
  }

  public Operator {
    Objects.requireNonNull(operatorId, "operatorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    enterpriseNumber = Objects.requireNonNullElse(enterpriseNumber, Optional.empty());
    specialities = List.copyOf(specialities);
    charterSignedOn = Objects.requireNonNullElse(charterSignedOn, Optional.empty());
    accreditedFrom = Objects.requireNonNullElse(accreditedFrom, Optional.empty());
    accreditedUntil = Objects.requireNonNullElse(accreditedUntil, Optional.empty());
    Objects.requireNonNull(state, "state");
  }

  /** A newly registered operator, not accredited. */
  public static Operator register(String name, Kind kind, Optional<String> enterpriseNumber,
      List<String> specialities) {
    String clean = Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty())
        .orElseThrow(() -> new InvalidInputException("name", "is required"));
    if (clean.length() > 200) {
      throw new InvalidInputException("name", "must be at most 200 characters");
    }
    return new Operator(UUID.randomUUID(), clean, kind, enterpriseNumber, specialities,
        Optional.empty(), Optional.empty(), Optional.empty(), State.APPLIED, 1);
  }

  /**
   * Accredits the operator for a period once it signed the quality charter.
   *
   * @throws InvalidInputException when the period ends before it starts, or the charter is
   *     signed after the accreditation starts
   */
  public Operator accredit(LocalDate charterSigned, LocalDate from, LocalDate until) {
    if (state == State.WITHDRAWN) {
      throw new BusinessRuleException("state", "a withdrawn operator registers again");
    }
    if (until.isBefore(from)) {
      throw new InvalidInputException("accreditedUntil", "must not be before accreditedFrom");
    }
    if (charterSigned.isAfter(from)) {
      throw new InvalidInputException("charterSignedOn",
          "the quality charter is signed before the accreditation starts");
    }
    return new Operator(operatorId, name, kind, enterpriseNumber, specialities,
        Optional.of(charterSigned), Optional.of(from), Optional.of(until), State.ACCREDITED,
        version);
  }

  /** Suspends or withdraws the accreditation, or lifts a suspension (back to ACCREDITED). */
  public Operator changeState(State target) {
    boolean allowed = switch (target) {
      case SUSPENDED -> state == State.ACCREDITED;
      case ACCREDITED -> state == State.SUSPENDED;
      case WITHDRAWN -> state != State.WITHDRAWN;
      case APPLIED -> false;
    };
    if (!allowed) {
      throw new BusinessRuleException("state", "an operator " + state + " cannot become " + target
          + (target == State.ACCREDITED ? " this way: accredit it with a charter and a period" : ""));
    }
    return new Operator(operatorId, name, kind, enterpriseNumber, specialities, charterSignedOn,
        accreditedFrom, accreditedUntil, target, version);
  }

  /** Accredited on {@code day}: charter signed, state ACCREDITED and the day in the period. */
  public boolean accreditedOn(LocalDate day) {
    return state == State.ACCREDITED && charterSignedOn.isPresent()
        && accreditedFrom.filter(f -> !day.isBefore(f)).isPresent()
        && accreditedUntil.filter(u -> !day.isAfter(u)).isPresent();
  }
}
