package be.brussels.poles.crm.company360;

import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.EnterpriseNumber;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.crm.access.AccessGrants;
import be.brussels.poles.crm.access.AccessLog;
import be.brussels.poles.crm.access.CrmAccessPolicy;
import be.brussels.poles.crm.company.CompanyDirectory;
import be.brussels.poles.crm.journey.JourneyLog;
import be.brussels.poles.crm.team.Teams;
import be.brussels.poles.kit.grpc.BearerCredentials;
import be.brussels.poles.kit.grpc.GrpcCaller;
import be.brussels.poles.kit.grpc.OutgoingCallInterceptor;
import be.brussels.poles.kit.grpc.ProtoMapping;
import be.brussels.poles.kit.security.Agency;
import be.brussels.poles.kit.security.CurrentCaller;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.CallCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 360 view's calls to the poles: one channel per pole, each call with its own deadline,
 * circuit breaker and bulkhead ({@code resilience4j.*.instances.guidance|financing|housing} in
 * application.yml), fanned out in parallel on a small pool, with the user's token relayed so
 * that each pole authorises the real reader.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PoleClientConfiguration.PoleProperties.class)
public class PoleClientConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PoleClientConfiguration.class);

  /**
   * {@code poles.company360}: each pole's gRPC target and deadline, and how many threads the
   * fan-out may use in all.
   */
  @ConfigurationProperties("poles.company360")
  public record PoleProperties(Map<Agency.Pole, Target> poles, int fanOutThreads) {
    /** Where a pole listens and how long the view waits for it. */
    public record Target(String address, Duration deadline) {}
  }

  /** The channels, closed with the context. */
  public static final class PoleChannels implements AutoCloseable {
    final Map<Agency.Pole, ManagedChannel> channels = new EnumMap<>(Agency.Pole.class);

    @Override
    public void close() {
      channels.values().forEach(ManagedChannel::shutdownNow);
    }
  }

  @Bean
  PoleChannels poleChannels(PoleProperties properties) {
    PoleChannels channels = new PoleChannels();
    properties.poles().forEach((pole, target) -> {
      ManagedChannel channel = Grpc.newChannelBuilder(target.address(),
          InsecureChannelCredentials.create()).intercept(new OutgoingCallInterceptor()).build();
      // connect now: the first 360 view after start-up must not spend its short deadline on
      // the TCP and HTTP/2 handshake
      channel.getState(true);
      channels.channels.put(pole, channel);
    });
    return channels;
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService poleFanOut(PoleProperties properties) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(properties.fanOutThreads(), runnable -> {
      Thread thread = new Thread(runnable, "pole-fan-out-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  @Bean
  PoleSummaries poleSummaries(PoleProperties properties, PoleChannels channels,
      CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, ExecutorService poleFanOut) {
    Map<Agency.Pole, PoleCall> calls = new EnumMap<>(Agency.Pole.class);
    properties.poles().forEach((pole, target) -> {
      String name = pole.name().toLowerCase(java.util.Locale.ROOT);
      calls.put(pole, new PoleCall(pole, target.deadline(), breakers.circuitBreaker(name),
          bulkheads.bulkhead(name), fetcher(pole, channels.channels.get(pole), target.deadline())));
    });
    return new GrpcPoleSummaries(calls, poleFanOut);
  }

  @Bean
  CompanyView companyView(CompanyDirectory directory, JourneyLog journey, Teams teams,
      PoleSummaries poles, CrmAccessPolicy policy, AccessGrants grants, AccessLog accessLog,
      Clock clock) {
    return new CompanyView(directory, journey, teams, poles, policy, grants, accessLog, clock);
  }

  /** The call of one pole's GetCompanySummary, mapped to items, with the caller's token. */
  private static Function<Call, List<PoleItem>> fetcher(Agency.Pole pole, ManagedChannel channel,
      Duration deadline) {
    return switch (pole) {
      case GUIDANCE -> call -> {
        var response = GuidanceServiceGrpc.newBlockingStub(channel)
            .withCallCredentials(call.credentials())
            .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .getCompanySummary(be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest
                .newBuilder().setEnterpriseNumber(call.company()).build());
        List<PoleItem> items = new ArrayList<>();
        response.getOpenFilesList().forEach(f -> items.add(new PoleItem(f.getFileId(),
            agencyOr(f.getAgency(), Agency.HUB_IMPULSE), f.getPackageType(), f.getStage(),
            name(f.getAdviser()), email(f.getAdviser()), ProtoMapping.fromProto(f.getOpenedAt()),
            Optional.empty(), false)));
        return items;
      };
      case FINANCING -> call -> {
        var response = FinancingServiceGrpc.newBlockingStub(channel)
            .withCallCredentials(call.credentials())
            .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .getCompanySummary(be.brussels.poles.api.financing.v1.GetCompanySummaryRequest
                .newBuilder().setEnterpriseNumber(call.company()).build());
        List<PoleItem> items = new ArrayList<>();
        // The requested amount is the financing pole's confidential detail.
        response.getApplicationsList().forEach(a -> items.add(new PoleItem(a.getApplicationId(),
            Agency.FINANCE, a.getInstrument(), a.getStage(), name(a.getAnalyst()),
            email(a.getAnalyst()), ProtoMapping.fromProto(a.getSubmittedAt()),
            a.hasRequestedAmount() ? Optional.of("requested " + amount(a.getRequestedAmount()))
                : Optional.empty(), false)));
        return items;
      };
      case HOUSING -> call -> {
        var response = HousingServiceGrpc.newBlockingStub(channel)
            .withCallCredentials(call.credentials())
            .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
            .getCompanySummary(be.brussels.poles.api.housing.v1.GetCompanySummaryRequest
                .newBuilder().setEnterpriseNumber(call.company()).build());
        List<PoleItem> items = new ArrayList<>();
        response.getOpenRequestsList().forEach(r -> items.add(new PoleItem(r.getRequestId(),
            Agency.CITYDEV, r.getUnitType(), r.getStage(), name(r.getOfficer()),
            email(r.getOfficer()), ProtoMapping.fromProto(r.getRequestedAt()),
            Optional.empty(), false)));
        return items;
      };
      default -> throw new IllegalArgumentException("no summary service for the pole " + pole);
    };
  }

  private static String amount(be.brussels.poles.api.common.v1.Money money) {
    try {
      return ProtoMapping.fromProto(money, "requested_amount").display();
    } catch (RuntimeException e) {
      return money.getCurrencyCode() + " (unreadable amount)";
    }
  }

  private static Agency agencyOr(be.brussels.poles.api.common.v1.Agency agency, Agency fallback) {
    try {
      return ProtoMapping.fromProto(agency, "agency");
    } catch (RuntimeException e) {
      return fallback;
    }
  }

  private static String name(Contact contact) {
    return contact.getName();
  }

  private static String email(Contact contact) {
    return contact.getEmail();
  }

  /** One pole call: the company and the reader's token, captured on the request thread. */
  record Call(EnterpriseNumber company, CallCredentials credentials) {}

  /** A pole with its deadline, breaker, bulkhead and fetcher. */
  record PoleCall(Agency.Pole pole, Duration deadline, CircuitBreaker breaker, Bulkhead bulkhead,
      Function<Call, List<PoleItem>> fetch) {}

  /** Fans out to every pole in parallel; each failure becomes an answer saying why. */
  static final class GrpcPoleSummaries implements PoleSummaries {

    /** Beyond the gRPC deadline, what the view waits at most for a pole's thread to report. */
    private static final Duration GRACE = Duration.ofMillis(50);

    private final Map<Agency.Pole, PoleCall> calls;
    private final ExecutorService executor;

    GrpcPoleSummaries(Map<Agency.Pole, PoleCall> calls, ExecutorService executor) {
      this.calls = calls;
      this.executor = executor;
    }

    @Override
    public Pending ask(be.brussels.poles.kit.enterprise.EnterpriseNumber company) {
      String token = CurrentCaller.bearerToken().or(GrpcCaller::bearerToken).orElse("");
      Call call = new Call(ProtoMapping.toProto(company), new BearerCredentials(() -> token));
      long started = System.nanoTime();
      Map<Agency.Pole, CompletableFuture<PoleAnswer>> futures = new EnumMap<>(Agency.Pole.class);
      calls.forEach((pole, poleCall) -> futures.put(pole,
          CompletableFuture.supplyAsync(() -> callOne(poleCall, call, started), executor)));
      return () -> {
        Map<Agency.Pole, PoleAnswer> answers = new EnumMap<>(Agency.Pole.class);
        futures.forEach((pole, future) -> {
          Duration limit = calls.get(pole).deadline().plus(GRACE);
          long left = limit.toNanos() - (System.nanoTime() - started);
          try {
            answers.put(pole, future.get(Math.max(left, 0), TimeUnit.NANOSECONDS));
          } catch (TimeoutException e) {
            // still queued or still calling: give up on it, so that it never runs late
            future.cancel(true);
            answers.put(pole, PoleAnswer.failed(pole, PoleAnswer.Outcome.DEADLINE_EXCEEDED,
                since(started)));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers.put(pole, PoleAnswer.failed(pole, PoleAnswer.Outcome.UNAVAILABLE,
                since(started)));
          } catch (java.util.concurrent.ExecutionException e) {
            answers.put(pole, PoleAnswer.failed(pole, PoleAnswer.Outcome.UNAVAILABLE,
                since(started)));
          }
        });
        return answers;
      };
    }

    private PoleAnswer callOne(PoleCall poleCall, Call call, long started) {
      if (System.nanoTime() - started >= poleCall.deadline().toNanos()) {
        // waited for a thread past the deadline: the view has moved on without this pole
        return PoleAnswer.failed(poleCall.pole(), PoleAnswer.Outcome.DEADLINE_EXCEEDED,
            since(started));
      }
      try {
        List<PoleItem> items = Bulkhead.decorateSupplier(poleCall.bulkhead(),
            CircuitBreaker.decorateSupplier(poleCall.breaker(),
                () -> poleCall.fetch().apply(call))).get();
        return new PoleAnswer(poleCall.pole(), PoleAnswer.Outcome.ANSWERED, items,
            since(started));
      } catch (CallNotPermittedException e) {
        return PoleAnswer.failed(poleCall.pole(), PoleAnswer.Outcome.CIRCUIT_OPEN,
            since(started));
      } catch (BulkheadFullException e) {
        return PoleAnswer.failed(poleCall.pole(), PoleAnswer.Outcome.BULKHEAD_FULL,
            since(started));
      } catch (StatusRuntimeException e) {
        log.warn("pole {} did not answer the 360 view: {}", poleCall.pole(), e.getStatus());
        return PoleAnswer.failed(poleCall.pole(),
            e.getStatus().getCode() == Status.Code.DEADLINE_EXCEEDED
                ? PoleAnswer.Outcome.DEADLINE_EXCEEDED : PoleAnswer.Outcome.UNAVAILABLE,
            since(started));
      } catch (RuntimeException e) {
        log.warn("pole {} answered the 360 view with something unreadable", poleCall.pole(), e);
        return PoleAnswer.failed(poleCall.pole(), PoleAnswer.Outcome.UNAVAILABLE,
            since(started));
      }
    }

    private static Duration since(long started) {
      return Duration.ofNanos(System.nanoTime() - started);
    }
  }
}
