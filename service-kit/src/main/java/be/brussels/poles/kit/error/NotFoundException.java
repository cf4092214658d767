package be.brussels.poles.kit.error;

/** The addressed resource does not exist (or the caller may not know it does). REST 404, gRPC NOT_FOUND. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
