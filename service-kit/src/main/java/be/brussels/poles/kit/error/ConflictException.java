package be.brussels.poles.kit.error;

/** A stale write: someone changed the aggregate since it was read. REST 409, gRPC ABORTED. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
