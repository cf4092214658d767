package be.brussels.poles.kit.error;

/**
 * Well-formed input that the current state refuses (unknown company, rule not met).
 * REST 422, gRPC FAILED_PRECONDITION.
 */
public class BusinessRuleException extends RuntimeException {

  private final String field;

  public BusinessRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The input field the rule concerns, or {@code null}. */
  public String field() {
    return field;
  }
}
