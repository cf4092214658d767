package be.brussels.poles.kit.error;

/** The caller is known but may not do this. REST 403, gRPC PERMISSION_DENIED. */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
