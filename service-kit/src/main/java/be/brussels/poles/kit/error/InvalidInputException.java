package be.brussels.poles.kit.error;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a syntactic or range rule. REST 400, gRPC INVALID_ARGUMENT. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldViolation> violations;

  public InvalidInputException(String field, String reason) {
    this(List.of(new FieldViolation(field, reason)));
  }

  public InvalidInputException(List<FieldViolation> violations) {
    super(violations.stream().map(v -> v.field() + " " + v.reason())
        .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
