package be.brussels.poles.kit.error;

/** A service this one depends on did not answer in time. REST 503, gRPC UNAVAILABLE. */
public class DependencyUnavailableException extends RuntimeException {
  public DependencyUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
