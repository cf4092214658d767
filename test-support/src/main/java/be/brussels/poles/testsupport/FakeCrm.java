package be.brussels.poles.testsupport;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsResponse;
import be.brussels.poles.api.crm.v1.Company;
import be.brussels.poles.api.crm.v1.CompanyDirectoryServiceGrpc;
import be.brussels.poles.api.crm.v1.GetReferralRequest;
import be.brussels.poles.api.crm.v1.GetReferralResponse;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.api.crm.v1.Referral;
import be.brussels.poles.api.crm.v1.ReferralServiceGrpc;
import be.brussels.poles.api.crm.v1.ReferralState;
import be.brussels.poles.api.crm.v1.ResolveCompanyRequest;
import be.brussels.poles.api.crm.v1.ResolveCompanyResponse;
import io.grpc.Contexts;
import io.grpc.Context;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the CRM in the poles' integration tests: a real gRPC server on a fixed loopback
 * port that knows a few companies and stores appended journey events idempotently, as the CRM
 * does. Tests stop and restart it on the same port to play "CRM down, then back". It records the
 * bearer token of every call so tests can check whose identity was sent. End-to-end tests use
 * the real CRM instead.
 */
public final class FakeCrm implements AutoCloseable {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final Context.Key<String> TOKEN = Context.key("token");

  private final int port;
  private final Map<String, String> companies = new ConcurrentHashMap<>();
  private final Map<String, Referral> referrals = new ConcurrentHashMap<>();
  private final Map<String, JourneyEvent> events = new ConcurrentHashMap<>();
  private final List<String> appendTokens = new CopyOnWriteArrayList<>();
  private final List<String> resolveTokens = new CopyOnWriteArrayList<>();
  private final AtomicInteger appendCalls = new AtomicInteger();
  private volatile Status appendFailure;
  private Server server;

  private FakeCrm(int port) {
    this.port = port;
  }

  /** A fake CRM on a free port, not yet started. */
  public static FakeCrm onFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new FakeCrm(socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gRPC target the poles use, e.g. "127.0.0.1:50123". */
  public String target() {
    return "127.0.0.1:" + port;
  }

  public FakeCrm knows(String enterpriseNumber, String name) {
    companies.put(enterpriseNumber, name);
    return this;
  }

  /**
   * Knows a referral of {@code enterpriseNumber} from {@code from} to {@code to}, sent by
   * {@code referrer}, which GetReferral returns to anyone (the real CRM shows it to the two
   * agencies only); an unknown id is NOT_FOUND.
   */
  public FakeCrm refers(String referralId, String enterpriseNumber, Agency from, Agency to,
      String referrer) {
    referrals.put(referralId, Referral.newBuilder().setReferralId(referralId)
        .setEnterpriseNumber(EnterpriseNumber.newBuilder().setValue(enterpriseNumber))
        .setFromAgency(from).setToAgency(to).setReferrer(Contact.newBuilder().setName(referrer))
        .setState(ReferralState.REFERRAL_STATE_ACCEPTED).build());
    return this;
  }

  /** Makes AppendJourneyEvents answer {@code status} (null: answer normally again). */
  public FakeCrm failAppendsWith(Status status) {
    appendFailure = status;
    return this;
  }

  public synchronized FakeCrm start() {
    if (server != null) {
      return this;
    }
    ServerInterceptor captureToken = new ServerInterceptor() {
      @Override
      public <Q, R> io.grpc.ServerCall.Listener<Q> interceptCall(io.grpc.ServerCall<Q, R> call,
          Metadata headers, io.grpc.ServerCallHandler<Q, R> next) {
        String header = headers.get(AUTHORIZATION);
        return Contexts.interceptCall(Context.current().withValue(TOKEN, header), call, headers, next);
      }
    };
    try {
      server = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create())
          .addService(ServerInterceptors.intercept(new Directory(), captureToken))
          .addService(ServerInterceptors.intercept(new Journey(), captureToken))
          .addService(ServerInterceptors.intercept(new Referrals(), captureToken))
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Stops answering, as a crashed CRM would. */
  public synchronized void stop() {
    if (server != null) {
      server.shutdownNow();
      try {
        server.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server = null;
    }
  }

  /** The events stored, by event id (each id once, however often it was sent). */
  public Map<String, JourneyEvent> events() {
    return Map.copyOf(events);
  }

  public int appendCalls() {
    return appendCalls.get();
  }

  /** The Authorization header of every AppendJourneyEvents call, in order. */
  public List<String> appendTokens() {
    return List.copyOf(appendTokens);
  }

  /** The Authorization header of every ResolveCompany call, in order. */
  public List<String> resolveTokens() {
    return List.copyOf(resolveTokens);
  }

  @Override
  public void close() {
    stop();
  }

  private final class Directory extends CompanyDirectoryServiceGrpc.CompanyDirectoryServiceImplBase {
    @Override
    public void resolveCompany(ResolveCompanyRequest request,
        StreamObserver<ResolveCompanyResponse> response) {
      resolveTokens.add(String.valueOf(TOKEN.get()));
      String number = request.getEnterpriseNumber().getValue();
      String name = companies.get(number);
      if (name == null) {
        response.onError(Status.NOT_FOUND.withDescription("unknown company").asRuntimeException());
        return;
      }
      response.onNext(ResolveCompanyResponse.newBuilder().setCompany(Company.newBuilder()
          .setCompanyId("company-" + number).setEnterpriseNumber(request.getEnterpriseNumber())
          .setName(name)).build());
      response.onCompleted();
    }
  }

  private final class Journey extends JourneyServiceGrpc.JourneyServiceImplBase {
    @Override
    public void appendJourneyEvents(AppendJourneyEventsRequest request,
        StreamObserver<AppendJourneyEventsResponse> response) {
      appendCalls.incrementAndGet();
      appendTokens.add(String.valueOf(TOKEN.get()));
      Status failure = appendFailure;
      if (failure != null) {
        response.onError(failure.asRuntimeException());
        return;
      }
      int stored = 0;
      for (JourneyEvent event : request.getEventsList()) {
        if (events.putIfAbsent(event.getEventId(), event) == null) {
          stored++;
        }
      }
      response.onNext(AppendJourneyEventsResponse.newBuilder().setStoredCount(stored)
          .setDuplicateCount(request.getEventsCount() - stored).build());
      response.onCompleted();
    }
  }

  private final class Referrals extends ReferralServiceGrpc.ReferralServiceImplBase {
    @Override
    public void getReferral(GetReferralRequest request,
        StreamObserver<GetReferralResponse> response) {
      Referral referral = referrals.get(request.getReferralId());
      if (referral == null) {
        response.onError(Status.NOT_FOUND.withDescription("no such referral").asRuntimeException());
        return;
      }
      response.onNext(GetReferralResponse.newBuilder().setReferral(referral).build());
      response.onCompleted();
    }
  }
}
