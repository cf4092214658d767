package be.brussels.poles.kit.web;

import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.ConflictException;
import be.brussels.poles.kit.error.DependencyUnavailableException;
import be.brussels.poles.kit.error.FieldViolation;
import be.brussels.poles.kit.error.InvalidInputException;
import be.brussels.poles.kit.error.NotFoundException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error as RFC 9457 problem+json, naming the field and the reason. Bad input never
 * becomes a 500; an unexpected failure is a 500 without internals in the body.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.violations());
  }

  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail businessRule(BusinessRuleException e) {
    List<FieldViolation> errors = e.field() == null ? List.of()
        : List.of(new FieldViolation(e.field(), e.getMessage()));
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request refused", e.getMessage(), errors);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Edit conflict", e.getMessage(), List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, "Access denied", e.getMessage(), List.of());
  }

  @ExceptionHandler(DependencyUnavailableException.class)
  ProblemDetail unavailable(DependencyUnavailableException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage(), List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getName() + " has the wrong type",
        List.of(new FieldViolation(e.getName(), "has the wrong type")));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ProblemDetail tooLarge(PayloadTooLargeException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "Payload too large", e.getMessage(), List.of());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "the request could not be completed; quote the trace id when reporting it", List.of());
  }

  /** Broken JSON, a wrong type (an object such as {"$gt": ""} where a string is expected), an
   * empty body: always the client's fault, never a 500. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (causedBy(e, PayloadTooLargeException.class)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(tooLarge(new PayloadTooLargeException()));
    }
    String field = JsonErrors.fieldOf(e);
    List<FieldViolation> errors = field == null ? List.of()
        : List.of(new FieldViolation(field, "has the wrong type or format"));
    String detail = field == null ? "the request body is missing or is not valid JSON"
        : field + " has the wrong type or format";
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", detail,
        errors));
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail,
      List<FieldViolation> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty("errors",
          errors.stream().map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
    }
    return problem;
  }
}
