package be.brussels.poles.bench;

import be.brussels.poles.api.common.v1.Agency;
import be.brussels.poles.api.common.v1.Contact;
import be.brussels.poles.api.common.v1.Money;
import be.brussels.poles.api.financing.v1.ApplicationSummary;
import be.brussels.poles.api.financing.v1.FinancingServiceGrpc;
import be.brussels.poles.api.guidance.v1.GuidanceFileSummary;
import be.brussels.poles.api.guidance.v1.GuidanceServiceGrpc;
import be.brussels.poles.api.housing.v1.HousingServiceGrpc;
import be.brussels.poles.api.housing.v1.LocationRequestSummary;
import be.brussels.poles.launcher.LocalPlatform;
import be.brussels.poles.testsupport.TestIdentityProvider;
import com.google.protobuf.Timestamp;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import io.grpc.BindableService;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Company 360 latency at scale: 100 000 companies (a generated KBO full delivery, imported by the
 * CRM) and 2 000 000 journey events (fixed seed, inserted in the CRM's layout), then
 * {@code GET /companies/{number}/360} for random companies, sequentially, as an impulse adviser:
 * once with the three poles answering (stand-ins on sockets in this process, answering at once,
 * so that the figure is the CRM's own cost), once with the housing pole down. Targets: p99 <= 50
 * ms with every pole up, <= 60 ms with one down.
 *
 * <p>CRM and database server run as processes from their jars with full JIT; the database keeps
 * everything on its heap (mongo-java-server), hence its large heap. mongo-java-server 1.47 keeps
 * only unique indexes (non-unique ones are accepted and ignored), so every per-company journey
 * query scans the whole collection there: each scenario therefore stops after
 * {@code bench.maxSeconds} (default 120 s) and reports how many views it measured.
 */
public final class Company360Benchmark {

  private static final long SEED = 20261125L;
  private static final int WARMUP_VIEWS = 3_000;
  private static final int MEASURED_VIEWS = 5_000;
  private static final long MAX_NANOS =
      Long.getLong("bench.maxSeconds", 120) * 1_000_000_000L;
  private static final int INSERT_BATCH = 5_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] HOUSES = {"HUB_1819", "HUB_IMPULSE", "HUB_ATRIUM", "HUB_BIE",
      "FINANCE", "GUARANTEE_FUND", "CITYDEV", "ACTIRIS"};
  private static final String[] TYPES = {"file.opened", "session.held", "stage.changed",
      "followup.held", "request.recorded", "application.submitted"};

  private Company360Benchmark() {}

  public static void main(String[] args) throws Exception {
    int companies = Integer.getInteger("bench.companies", 100_000);
    int events = Integer.getInteger("bench.journeyEvents", 2_000_000);
    Path root = Path.of(System.getProperty("poles.repository.root", ".")).toAbsolutePath().normalize();
    Path run = root.resolve("bench/target/bench-run-company360");
    Path drop = run.resolve("kbo-drop");
    Files.createDirectories(drop);
    String archive = "KboOpenData_bench360_" + companies + "_Full.zip";
    KboDataset.writeZip(drop.resolve(archive), companies, SEED);

    List<Server> poles = List.of(pole(guidance()), pole(financing()), pole(housing()));
    try (TestIdentityProvider idp = TestIdentityProvider.start();
        LocalPlatform platform = LocalPlatform.builder(root)
            .anyFreePorts().mongoInMemory()
            .only(LocalPlatform.MONGO, LocalPlatform.CRM)
            .springJvmOptions(List.of("-Xms512m", "-Xmx1g", "-XX:+UseParallelGC"))
            // two million events live on the embedded server's heap
            .mongoJvmOptions(List.of("-Xms4g", "-Xmx" + System.getProperty("bench.mongoHeap", "12g"),
                "-XX:+UseParallelGC"))
            .runDirectory(run).logDirectory(run.resolve("logs"))
            .environment(LocalPlatform.CRM, "POLES_ISSUER_URI", idp.issuer())
            .environment(LocalPlatform.CRM, "POLES_JWKS_URI", idp.jwksUri())
            .environment(LocalPlatform.CRM, "POLES_TOKEN_URI", idp.tokenUri())
            .environment(LocalPlatform.CRM, "CRM_DEMO_SEED", "false")
            .environment(LocalPlatform.CRM, "CRM_KBO_DROP_DIR", drop.toString())
            .environment(LocalPlatform.CRM, "GUIDANCE_GRPC_TARGET", "127.0.0.1:" + poles.get(0).getPort())
            .environment(LocalPlatform.CRM, "FINANCING_GRPC_TARGET", "127.0.0.1:" + poles.get(1).getPort())
            .environment(LocalPlatform.CRM, "HOUSING_GRPC_TARGET", "127.0.0.1:" + poles.get(2).getPort())
            .build()) {
      platform.startAll();
      URI crm = platform.url(LocalPlatform.CRM);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String admin = idp.user("bench.admin", "/hub/impulse", "admin")
          .audience("crm-service").lifetime(Duration.ofHours(3)).sign();
      String reader = idp.user("bench.advisor", "/hub/impulse", "advisor")
          .audience("crm-service").lifetime(Duration.ofHours(3)).sign();

      long loading = System.nanoTime();
      JsonNode job = CompanyMasterBenchmark.importAndWait(http, crm, admin, archive);
      System.out.printf("imported %d companies%n", job.path("enterprisesDone").asLong());
      long stored;
      try (MongoClient mongo = MongoClients.create(platform.mongoUri("crm"))) {
        stored = insertJourney(mongo.getDatabase("crm").getCollection("journeyEvents"), events,
            companies);
      }
      double loadSeconds = (System.nanoTime() - loading) / 1e9;
      System.out.printf("data loaded in %.0f s%n", loadSeconds);

      Random random = new Random(SEED + 1);
      int warmedUp = views(http, crm, reader, random, companies, WARMUP_VIEWS, null);
      Histogram allUp = new Histogram(600_000_000L, 3);
      int[] unavailable = new int[1];
      views(http, crm, reader, random, companies, MEASURED_VIEWS, new Sample(allUp, unavailable));
      int unavailableAllUp = unavailable[0];

      poles.get(2).shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      views(http, crm, reader, random, companies, Math.min(200, warmedUp), null);
      Histogram oneDown = new Histogram(600_000_000L, 3);
      unavailable[0] = 0;
      views(http, crm, reader, random, companies, MEASURED_VIEWS, new Sample(oneDown, unavailable));
      report(root, companies, stored, loadSeconds, warmedUp, allUp, unavailableAllUp, oneDown,
          unavailable[0]);
    } finally {
      poles.forEach(Server::shutdownNow);
    }
  }

  /** Where a measured run records its latencies and how many poles it saw unavailable. */
  private record Sample(Histogram micros, int[] unavailablePoles) {}

  /** Up to {@code count} views, within the time budget; returns how many were made. */
  private static int views(HttpClient http, URI crm, String token, Random random, int companies,
      int count, Sample sample) throws Exception {
    long began = System.nanoTime();
    int i = 0;
    for (; i < count && System.nanoTime() - began < MAX_NANOS; i++) {
      String number = KboDataset.enterpriseNumber(random.nextInt(companies));
      long start = System.nanoTime();
      String body = CompanyMasterBenchmark.get(http, crm.resolve("/companies/" + number + "/360"),
          token);
      long micros = (System.nanoTime() - start) / 1000;
      if (sample != null) {
        sample.micros().recordValue(micros);
        JSON.readTree(body).path("poles").forEach(p -> {
          if (!p.path("available").asBoolean()) {
            sample.unavailablePoles()[0]++;
          }
        });
      }
    }
    return i;
  }

  /** Journey events spread over the companies (fixed seed), in the CRM's stored layout. */
  private static long insertJourney(MongoCollection<Document> collection, int events,
      int companies) {
    Random random = new Random(SEED);
    Instant start = Instant.parse("2023-01-01T00:00:00Z");
    Date receivedAt = new Date();
    long inserting = System.nanoTime();
    List<Document> batch = new ArrayList<>(INSERT_BATCH);
    for (int i = 0; i < events; i++) {
      String agency = HOUSES[random.nextInt(HOUSES.length)];
      String type = switch (agency) {
        case "FINANCE", "GUARANTEE_FUND" -> "financing.";
        case "CITYDEV" -> "housing.";
        case "ACTIRIS" -> "employment.";
        default -> "guidance.";
      } + TYPES[random.nextInt(TYPES.length)];
      batch.add(new Document("_id", String.format("bench360-%08d", i))
          .append("enterpriseNumber", KboDataset.enterpriseNumber(random.nextInt(companies)))
          .append("sourceAgency", agency)
          .append("type", type)
          .append("occurredAt", Date.from(start.plusSeconds(random.nextInt(3 * 365 * 24 * 3600))))
          .append("receivedAt", receivedAt)
          .append("headline", "Step " + type + " for the company")
          .append("contact", new Document("name", "Adviser " + random.nextInt(80))
              .append("email", "adviser" + random.nextInt(80) + "@poles.brussels"))
          .append("confidentiality", random.nextBoolean() ? "CONFIDENTIAL" : "SHARED")
          .append("detail", "Notes of the meeting: plan, financing, premises, hiring, next steps")
          .append("sourceReference", "ref-" + i));
      if (batch.size() == INSERT_BATCH) {
        collection.insertMany(batch, new InsertManyOptions().ordered(false));
        batch.clear();
        if ((i + 1) % 200_000 == 0) {
          System.out.printf("  %d journey events inserted (%.0f/s)%n", i + 1,
              (i + 1) / ((System.nanoTime() - inserting) / 1e9));
        }
      }
    }
    if (!batch.isEmpty()) {
      collection.insertMany(batch, new InsertManyOptions().ordered(false));
    }
    return collection.estimatedDocumentCount();
  }

  private static void report(Path root, int companies, long events, double loadSeconds,
      int warmedUp, Histogram allUp, int unavailableAllUp, Histogram oneDown,
      int unavailableOneDown)
      throws Exception {
    String text = String.join(System.lineSeparator(),
        "",
        "== Company 360: GET /companies/{number}/360 ==",
        String.format("JDK %s, %d cores; CRM and database server as processes (full JIT); poles"
                + " answered by in-process stand-ins; data loaded in %.0f s",
            System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
            loadSeconds),
        String.format("data: %d companies, %d journey events; up to %d views per scenario after"
            + " %d warm-up, within %d s each, one client, random companies", companies, events,
            MEASURED_VIEWS, warmedUp, MAX_NANOS / 1_000_000_000L),
        line("all poles up", allUp, 50, unavailableAllUp),
        line("housing pole down", oneDown, 60, unavailableOneDown),
        "");
    System.out.println(text);
    Path out = root.resolve("bench/target/bench-company360.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
  }

  private static String line(String name, Histogram h, int target, int unavailable) {
    return String.format("%s: %d views, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (target <= %d),"
            + " max %.2f ms; poles shown unavailable: %d", name, h.getTotalCount(),
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(95) / 1000.0, h.getValueAtPercentile(99) / 1000.0, target,
        h.getMaxValue() / 1000.0, unavailable);
  }

  // ------------------------------------------------------------------ pole stand-ins

  private static final Contact CONTACT = Contact.newBuilder().setName("Stand-in adviser")
      .setEmail("standin@poles.brussels").build();
  private static final Timestamp OPENED = Timestamp.newBuilder().setSeconds(1_767_225_600L).build();

  private static Server pole(BindableService service) throws Exception {
    return Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
        .addService(service).build().start();
  }

  private static BindableService guidance() {
    return new GuidanceServiceGrpc.GuidanceServiceImplBase() {
      @Override
      public void getCompanySummary(be.brussels.poles.api.guidance.v1.GetCompanySummaryRequest r,
          StreamObserver<be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse> out) {
        out.onNext(be.brussels.poles.api.guidance.v1.GetCompanySummaryResponse.newBuilder()
            .addOpenFiles(GuidanceFileSummary.newBuilder().setFileId("gf-1")
                .setPackageType("CREATION").setStage("OPEN").setAdviser(CONTACT)
                .setOpenedAt(OPENED).setAgency(Agency.AGENCY_HUB_IMPULSE)).build());
        out.onCompleted();
      }
    };
  }

  private static BindableService financing() {
    return new FinancingServiceGrpc.FinancingServiceImplBase() {
      @Override
      public void getCompanySummary(be.brussels.poles.api.financing.v1.GetCompanySummaryRequest r,
          StreamObserver<be.brussels.poles.api.financing.v1.GetCompanySummaryResponse> out) {
        out.onNext(be.brussels.poles.api.financing.v1.GetCompanySummaryResponse.newBuilder()
            .addApplications(ApplicationSummary.newBuilder().setApplicationId("fa-1")
                .setInstrument("LOAN").setStage("ANALYSIS").setAnalyst(CONTACT)
                .setSubmittedAt(OPENED).setRequestedAmount(Money.newBuilder()
                    .setCurrencyCode("EUR").setMinorUnits(5_000_000))).build());
        out.onCompleted();
      }
    };
  }

  private static BindableService housing() {
    return new HousingServiceGrpc.HousingServiceImplBase() {
      @Override
      public void getCompanySummary(be.brussels.poles.api.housing.v1.GetCompanySummaryRequest r,
          StreamObserver<be.brussels.poles.api.housing.v1.GetCompanySummaryResponse> out) {
        out.onNext(be.brussels.poles.api.housing.v1.GetCompanySummaryResponse.newBuilder()
            .addOpenRequests(LocationRequestSummary.newBuilder().setRequestId("lr-1")
                .setUnitType("WORKSHOP").setStage("MATCHING").setOfficer(CONTACT)
                .setRequestedAt(OPENED)).build());
        out.onCompleted();
      }
    };
  }
}
