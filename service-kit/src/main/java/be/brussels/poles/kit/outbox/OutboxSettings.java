package be.brussels.poles.kit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the relay polls and backs off ({@code poles.outbox.*}).
 *
 * @param pollInterval pause between two scans when nothing was due
 * @param maxEventsPerCall at most this many events per delivery call (the CRM accepts 500)
 * @param lease how long a claimed document is hidden from other relay instances; a relay that
 *     dies mid-delivery leaves it to be picked up after this
 * @param initialBackoff the wait after a first failed delivery; doubled per failure
 * @param maxBackoff the longest wait between two attempts
 */
@ConfigurationProperties("poles.outbox")
public record OutboxSettings(Duration pollInterval, int maxEventsPerCall, Duration lease,
    Duration initialBackoff, Duration maxBackoff) {

  public OutboxSettings {
    pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
    maxEventsPerCall = maxEventsPerCall <= 0 ? 500 : Math.min(maxEventsPerCall, 500);
    lease = lease == null ? Duration.ofSeconds(30) : lease;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofSeconds(60) : maxBackoff;
  }

  /** The defaults above. */
  public static OutboxSettings defaults() {
    return new OutboxSettings(null, 0, null, null, null);
  }

  /** Exponential backoff with +-20 % jitter, so relays that failed together do not retry together. */
  Duration backoffAfter(int failedAttempts, double jitter) {
    long base = initialBackoff.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    return Duration.ofMillis(Math.round(capped * (0.8 + 0.4 * jitter)));
  }
}
