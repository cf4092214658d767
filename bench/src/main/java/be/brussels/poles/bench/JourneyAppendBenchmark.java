package be.brussels.poles.bench;

import be.brussels.poles.api.common.v1.JourneyEvent;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsRequest;
import be.brussels.poles.api.crm.v1.AppendJourneyEventsResponse;
import be.brussels.poles.api.crm.v1.JourneyServiceGrpc;
import be.brussels.poles.launcher.LocalPlatform;
import be.brussels.poles.testsupport.TestIdentityProvider;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Journey append throughput through the CRM's gRPC API (batches of 500, two concurrent streams,
 * authenticated as the guidance service) against raw {@code insertMany} of the same documents,
 * with the same index, on the same MongoDB-wire server; and their ratio (target >= 0.5).
 *
 * <p>The CRM runs as its own process from its fat jar, the database server as another, exactly as
 * {@code make run} starts them; the client, the CRM and the database share the machine's cores,
 * so the figures are a lower bound, comparable between runs on the same machine.
 */
public final class JourneyAppendBenchmark {

  private static final int BATCH = 500;
  private static final int STREAMS = 2;
  private static final int WARMUP_EVENTS = 20_000;
  private static final int ROUNDS = 4;

  private JourneyAppendBenchmark() {}

  public static void main(String[] args) throws Exception {
    int events = Integer.getInteger("bench.events", 100_000);
    Path root = Path.of(System.getProperty("poles.repository.root", ".")).toAbsolutePath().normalize();
    Path run = root.resolve("bench/target/bench-run");
    try (TestIdentityProvider idp = TestIdentityProvider.start();
        LocalPlatform platform = LocalPlatform.builder(root)
            .anyFreePorts().mongoInMemory()
            .only(LocalPlatform.MONGO, LocalPlatform.CRM)
            // full JIT for measuring (make run's defaults are tuned for start-up: C1 only)
            .springJvmOptions(List.of("-Xms256m", "-Xmx512m", "-XX:+UseParallelGC"))
            .mongoJvmOptions(List.of("-Xms256m", "-Xmx1536m", "-XX:+UseParallelGC"))
            .runDirectory(run).logDirectory(run.resolve("logs"))
            .environment(LocalPlatform.CRM, "POLES_ISSUER_URI", idp.issuer())
            .environment(LocalPlatform.CRM, "POLES_JWKS_URI", idp.jwksUri())
            .environment(LocalPlatform.CRM, "POLES_TOKEN_URI", idp.tokenUri())
            .build()) {
      platform.startAll();
      JourneyDataset data = JourneyDataset.generate(20261125L, WARMUP_EVENTS + events, 5_000);
      List<JourneyEvent> warmup = data.events.subList(0, WARMUP_EVENTS);
      List<JourneyEvent> measured = data.events.subList(WARMUP_EVENTS, data.events.size());
      String token = idp.service("guidance-service").audience("crm-service")
          .lifetime(Duration.ofHours(2)).sign();

      ManagedChannel channel = Grpc.newChannelBuilderForAddress("127.0.0.1",
          platform.grpcPort(LocalPlatform.CRM), InsecureChannelCredentials.create()).build();
      try (MongoClient mongo = MongoClients.create(platform.mongoUri("bench_raw"))) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        var journey = JourneyServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        AtomicLong duplicates = new AtomicLong();

        MongoCollection<Document> raw = mongo.getDatabase("bench_raw").getCollection("journeyEvents");
        raw.createIndex(Indexes.compoundIndex(Indexes.ascending("enterpriseNumber"),
            Indexes.descending("occurredAt"), Indexes.ascending("_id")),
            new IndexOptions().name("enterpriseNumber_occurredAt_eventId"));

        List<AppendJourneyEventsRequest> grpcWarmup = requests(warmup);
        Date receivedAt = Date.from(Instant.now());
        List<Document> rawWarmup = new ArrayList<>();
        warmup.forEach(e -> rawWarmup.add(JourneyDataset.asStored(e, receivedAt)));
        List<Document> rawMeasured = new ArrayList<>();
        measured.forEach(e -> rawMeasured.add(JourneyDataset.asStored(e, receivedAt)));

        java.util.function.Consumer<List<AppendJourneyEventsRequest>> viaGrpc = batch -> {
          for (AppendJourneyEventsRequest request : batch) {
            AppendJourneyEventsResponse response = journey.withDeadlineAfter(30, TimeUnit.SECONDS)
                .appendJourneyEvents(request);
            duplicates.addAndGet(response.getDuplicateCount());
          }
        };
        java.util.function.Consumer<List<Document>> viaInsertMany =
            batch -> raw.insertMany(batch, new InsertManyOptions().ordered(false));

        Throughput.measure("warm-up gRPC", wrap(grpcWarmup), warmup.size(), STREAMS, viaGrpc);
        Throughput.measure("warm-up insertMany", Throughput.batches(rawWarmup, BATCH), rawWarmup.size(),
            STREAMS, viaInsertMany);

        // Interleaved rounds, alternating which path goes first, so that neither always writes
        // into the fuller (slower, GC-heavier) server.
        List<Throughput.Result> grpcRounds = new ArrayList<>();
        List<Throughput.Result> rawRounds = new ArrayList<>();
        int perRound = (measured.size() + ROUNDS - 1) / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
          int from = round * perRound;
          int to = Math.min(from + perRound, measured.size());
          List<AppendJourneyEventsRequest> grpcPart = requests(measured.subList(from, to));
          List<Document> rawPart = rawMeasured.subList(from, to);
          Runnable grpcRound = () -> grpcRounds.add(measureUnchecked("gRPC",
              wrap(grpcPart), to - from, viaGrpc));
          Runnable rawRound = () -> rawRounds.add(measureUnchecked("insertMany",
              Throughput.batches(rawPart, BATCH), to - from, viaInsertMany));
          if (round % 2 == 0) {
            grpcRound.run();
            rawRound.run();
          } else {
            rawRound.run();
            grpcRound.run();
          }
        }
        Throughput.Result grpc = Throughput.combine("CRM AppendJourneyEvents (gRPC)", grpcRounds);
        Throughput.Result insertMany = Throughput.combine("raw insertMany (same server)", rawRounds);

        long stored = mongo.getDatabase("crm").getCollection("journeyEvents").countDocuments();
        report(root, events, grpc, insertMany, stored, duplicates.get());
      } finally {
        channel.shutdownNow();
      }
    }
  }

  private static <T> Throughput.Result measureUnchecked(String name, List<List<T>> batches,
      int items, java.util.function.Consumer<List<T>> writer) {
    try {
      return Throughput.measure(name, batches, items, STREAMS, writer);
    } catch (Exception e) {
      throw new IllegalStateException(name + " round failed", e);
    }
  }

  private static List<AppendJourneyEventsRequest> requests(List<JourneyEvent> events) {
    List<AppendJourneyEventsRequest> requests = new ArrayList<>();
    for (List<JourneyEvent> batch : Throughput.batches(events, BATCH)) {
      requests.add(AppendJourneyEventsRequest.newBuilder().addAllEvents(batch).build());
    }
    return requests;
  }

  /** One request per measured batch call. */
  private static List<List<AppendJourneyEventsRequest>> wrap(List<AppendJourneyEventsRequest> requests) {
    return requests.stream().map(List::of).toList();
  }

  private static void report(Path root, int events, Throughput.Result grpc, Throughput.Result raw,
      long stored, long duplicates) throws Exception {
    double ratio = grpc.perSecond() / raw.perSecond();
    String text = String.join(System.lineSeparator(),
        "",
        "== Journey append: CRM gRPC API vs raw insertMany (same documents, same index, same server) ==",
        String.format("events %d + %d warm-up per path, %d interleaved rounds, batches of %d, %d concurrent streams, JDK %s, %d cores",
            events, WARMUP_EVENTS, ROUNDS, BATCH, STREAMS, System.getProperty("java.version"),
            Runtime.getRuntime().availableProcessors()),
        grpc.describe(),
        raw.describe(),
        String.format("ratio gRPC / insertMany: %.2f (target >= 0.50)", ratio),
        String.format("CRM stored %d events (expected %d), duplicates reported %d",
            stored, events + WARMUP_EVENTS, duplicates),
        "");
    System.out.println(text);
    Path out = root.resolve("bench/target/bench-journey-append.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    if (stored != events + WARMUP_EVENTS || duplicates != 0) {
      throw new IllegalStateException("the CRM did not store every event exactly once");
    }
  }
}
