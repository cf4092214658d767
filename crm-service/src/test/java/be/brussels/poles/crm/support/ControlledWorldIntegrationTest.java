package be.brussels.poles.crm.support;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running service in a world the test controls: a clock the test moves, and the three poles
 * played by {@link FakePole}s on real sockets (answering, hanging, failing or down on command).
 * A second cached Spring context, shared by every IT that extends this class; each test starts
 * with every pole answering, every breaker closed and the clock at real time.
 */
@Import(ControlledWorldIntegrationTest.WorldConfiguration.class)
public abstract class ControlledWorldIntegrationTest extends CrmIntegrationTest {

  protected static final FakePole GUIDANCE = FakePole.guidance();
  protected static final FakePole FINANCING = FakePole.financing();
  protected static final FakePole HOUSING = FakePole.housing();
  protected static final MovableClock CLOCK = new MovableClock();

  @DynamicPropertySource
  static void poles(DynamicPropertyRegistry registry) {
    registry.add("poles.company360.poles.GUIDANCE.address", GUIDANCE::address);
    registry.add("poles.company360.poles.FINANCING.address", FINANCING::address);
    registry.add("poles.company360.poles.HOUSING.address", HOUSING::address);
    // a cold test JVM (class loading, first handshakes) can spend 250 ms before the first
    // request leaves; the tests are about which outcome, not about 250 ms
    for (String pole : new String[] {"GUIDANCE", "FINANCING", "HOUSING"}) {
      registry.add("poles.company360.poles." + pole + ".deadline", () -> "1500ms");
    }
  }

  @Autowired
  protected CircuitBreakerRegistry breakers;

  @Autowired
  protected BulkheadRegistry bulkheads;

  @BeforeEach
  void resetWorld() throws InterruptedException {
    CLOCK.reset();
    awaitNoCallInFlight();
    boolean restarted = false;
    for (FakePole pole : new FakePole[] {GUIDANCE, FINANCING, HOUSING}) {
      restarted |= pole.restart();
      pole.mode(FakePole.Mode.ANSWER);
    }
    breakers.getAllCircuitBreakers().forEach(b -> b.reset());
    if (restarted) {
      awaitEveryPoleAnswering();
    }
  }

  /** Calls a previous test left hanging end at their deadline; their permits come back then. */
  private void awaitNoCallInFlight() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (bulkheads.getAllBulkheads().stream().anyMatch(b ->
        b.getMetrics().getAvailableConcurrentCalls() < b.getMetrics().getMaxAllowedConcurrentCalls())) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("pole calls still in flight after 10 s");
      }
      Thread.sleep(50);
    }
  }

  /**
   * After a pole came back, the CRM's channel to it reconnects with gRPC's backoff; the next
   * test starts once the 360 view sees every pole again.
   */
  private void awaitEveryPoleAnswering() throws InterruptedException {
    String token = TOKENS.impulseAdvisor();
    String number = TestNumbers.fresh();
    http.postJson("/companies", TOKENS.staff("/hub/1819", "intake"),
        "{\"enterpriseNumber\":\"" + number + "\",\"name\":\"Heal check\"}");
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      Http.Response view = http.get("/companies/" + number + "/360", token);
      if (view.status() == 200 && !view.text().contains("\"available\":false")) {
        breakers.getAllCircuitBreakers().forEach(b -> b.reset());
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("a restarted fake pole never answered the CRM again");
  }

  /** The clock of the service under test. */
  @TestConfiguration(proxyBeanMethods = false)
  static class WorldConfiguration {
    @Bean
    @Primary
    Clock movableClock() {
      return CLOCK;
    }
  }

  /** Real time plus an offset the test sets. */
  public static final class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
      offset.updateAndGet(o -> o.plus(by));
    }

    public void reset() {
      offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }
  }
}
