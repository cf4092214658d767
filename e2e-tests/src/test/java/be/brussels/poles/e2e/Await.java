package be.brussels.poles.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Bounded polling: the platform is eventually consistent between poles and CRM by design. */
final class Await {

  private Await() {}

  static <T> T until(String what, Duration limit, Supplier<T> probe) {
    Instant deadline = Instant.now().plus(limit);
    T value;
    while ((value = probe.get()) == null) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("gave up after " + limit + " waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    return value;
  }
}
