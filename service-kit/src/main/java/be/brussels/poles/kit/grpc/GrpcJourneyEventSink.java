package be.brussels.poles.kit.grpc;

import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc.JourneyServiceBlockingStub;
import be.brussels.poles.kit.journey.JourneyEventSink;
import be.brussels.poles.kit.journey.PendingJourneyEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Delivers journey events to the CRM over gRPC with the pole's own service token, a deadline and
 * the CRM circuit breaker (an open breaker fails fast; the outbox simply retries later).
 */
public final class GrpcJourneyEventSink implements JourneyEventSink {

  private final JourneyServiceBlockingStub journey;
  private final CircuitBreaker breaker;
  private final BearerCredentials serviceCredentials;
  private final Duration deadline;

  public GrpcJourneyEventSink(JourneyServiceBlockingStub journey, CircuitBreaker breaker,
      BearerCredentials serviceCredentials, Duration deadline) {
    this.journey = journey;
    this.breaker = breaker;
    this.serviceCredentials = serviceCredentials;
    this.deadline = deadline;
  }

  @Override
  public void deliver(List<PendingJourneyEvent> events) {
    AppendJourneyEventsRequest request = AppendJourneyEventsRequest.newBuilder()
        .addAllEvents(events.stream().map(ProtoMapping::toProto).toList())
        .build();
    try {
      breaker.executeRunnable(() -> journey
          .withCallCredentials(serviceCredentials)
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .appendJourneyEvents(request));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT) {
        throw new RejectedEventsException(e.getStatus().getDescription(), e);
      }
      throw e;
    }
  }
}
