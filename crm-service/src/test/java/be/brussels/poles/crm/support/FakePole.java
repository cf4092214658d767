package be.brussels.poles.crm.support;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.Money;
import be.brussels.poles.api.financing.v1.ApplicationSummary;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.guidance.v1.GuidanceFileSummary;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.api.housing.v1.LocationRequestSummary;
import com.google.protobuf.Timestamp;
import io.grpc.BindableService;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pole's GetCompanySummary on a real socket, whose behaviour a test sets: answer, hang past
 * any deadline, fail with UNAVAILABLE, or be down altogether (server stopped, port closed).
 * Records how often it was asked and with which bearer token.
 */
public final class FakePole {

  /** What the fake does when asked. */
  public enum Mode { ANSWER, HANG, FAIL }

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Timestamp OPENED = Timestamp.newBuilder().setSeconds(1_767_225_600L).build();

  private final String name;
  private volatile int port;
  private volatile Mode mode = Mode.ANSWER;
  private final AtomicInteger calls = new AtomicInteger();
  private final Set<String> authorizations = ConcurrentHashMap.newKeySet();
  private Server server;

  private FakePole(String name, int port) {
    this.name = name;
    this.port = port;
  }

  public static FakePole guidance() {
    return new FakePole("guidance", 0).start();
  }

  public static FakePole financing() {
    return new FakePole("financing", 0).start();
  }

  public static FakePole housing() {
    return new FakePole("housing", 0).start();
  }

  public String address() {
    return "127.0.0.1:" + port();
  }

  public int port() {
    return port;
  }

  public void mode(Mode mode) {
    this.mode = mode;
  }

  public int calls() {
    return calls.get();
  }

  /** Every authorization header the fake has seen. */
  public Set<String> authorizations() {
    return Set.copyOf(authorizations);
  }

  /** Down: the port no longer accepts connections. */
  public synchronized void stop() throws InterruptedException {
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  /**
   * Back on the same port.
   *
   * @return true when it had been stopped
   */
  public synchronized boolean restart() {
    if (server.isShutdown()) {
      server = build(port);
      return true;
    }
    return false;
  }

  private FakePole start() {
    server = build(0);
    port = server.getPort();
    return this;
  }

  private Server build(int onPort) {
    ServerInterceptor recorder = new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
          ServerCallHandler<Q, R> next) {
        calls.incrementAndGet();
        String authorization = headers.get(AUTHORIZATION);
        if (authorization != null) {
          authorizations.add(authorization);
        }
        return Contexts.interceptCall(io.grpc.Context.current(), call, headers, next);
      }
    };
    try {
      return Grpc.newServerBuilderForPort(onPort, InsecureServerCredentials.create())
          .addService(ServerInterceptors.intercept(service(), recorder))
          .build().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers unless told otherwise; true when the caller must not get an answer. */
  private <T> boolean misbehaves(StreamObserver<T> responses) {
    switch (mode) {
      case HANG -> {
        // never answers; the caller's deadline ends the call
        return true;
      }
      case FAIL -> {
        responses.onError(Status.UNAVAILABLE.withDescription("fake " + name + " failing")
            .asRuntimeException());
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private BindableService service() {
    Contact contact = Contact.newBuilder().setName("Fake " + name).setEmail(name + "@fake.brussels")
        .build();
    return switch (name) {
      case "guidance" -> new GuidanceServiceGrpc.GuidanceServiceImplBase() {
        @Override
        public void getCompanySummary(be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest r,
            StreamObserver<be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse> out) {
          if (misbehaves(out)) {
            return;
          }
          out.onNext(be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse.newBuilder()
              .addOpenFiles(GuidanceFileSummary.newBuilder().setFileId("gf-" + r
                  .getEnterpriseNumber().getValue()).setPackageType("CREATION").setStage("OPEN")
                  .setAdviser(contact).setOpenedAt(OPENED).setAgency(Agency.AGENCY_HUB_IMPULSE))
              .build());
          out.onCompleted();
        }
      };
      case "financing" -> new FinancingServiceGrpc.FinancingServiceImplBase() {
        @Override
        public void getCompanySummary(be.brussels.poles.api.financing.v1.GetCompanySummaryRequest r,
            StreamObserver<be.brussels.poles.api.financing.v1.GetCompanySummaryResponse> out) {
          if (misbehaves(out)) {
            return;
          }
          out.onNext(be.brussels.poles.api.financing.v1.GetCompanySummaryResponse.newBuilder()
              .addApplications(ApplicationSummary.newBuilder().setApplicationId("fa-1")
                  .setInstrument("SUBORDINATED_LOAN").setStage("ANALYSIS").setAnalyst(contact)
                  .setSubmittedAt(OPENED).setRequestedAmount(Money.newBuilder()
                      .setCurrencyCode("EUR").setMinorUnits(5_000_000)))
              .build());
          out.onCompleted();
        }
      };
      default -> new HousingServiceGrpc.HousingServiceImplBase() {
        @Override
        public void getCompanySummary(be.brussels.poles.api.housing.v1.GetCompanySummaryRequest r,
            StreamObserver<be.brussels.poles.api.housing.v1.GetCompanySummaryResponse> out) {
          if (misbehaves(out)) {
            return;
          }
          out.onNext(be.brussels.poles.api.housing.v1.GetCompanySummaryResponse.newBuilder()
              .addOpenRequests(LocationRequestSummary.newBuilder().setRequestId("lr-1")
                  .setUnitType("WORKSHOP").setStage("MATCHING").setOfficer(contact)
                  .setRequestedAt(OPENED))
              .build());
          out.onCompleted();
        }
      };
    };
  }
}
