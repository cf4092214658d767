package be.brussels.poles.bench;

import be.brussels.poles.launcher.LocalPlatform;
import be.brussels.poles.testsupport.TestIdentityProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company master at scale: the KBO import rate of a generated full delivery (100 000
 * enterprises by default, official format, zip archive in the CRM's drop folder, target
 * >= 20 000 enterprises/s), then the latency of {@code GET /companies} searches over them
 * (names with accents, case and typos, enterprise and establishment numbers, commune and NACE
 * filters; sequential over one keep-alive HTTP connection, target p99 <= 30 ms).
 *
 * <p>The CRM and the database server run as processes from their jars, as
 * {@link JourneyAppendBenchmark} starts them; figures include HTTP, token checks and JSON.
 */
public final class CompanyMasterBenchmark {

  private static final long SEED = 20261125L;
  private static final int WARMUP_SEARCHES = 3_000;
  private static final int MEASURED_SEARCHES = 10_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CompanyMasterBenchmark() {}

  public static void main(String[] args) throws Exception {
    int enterprises = Integer.getInteger("bench.companies", 100_000);
    Path root = Path.of(System.getProperty("poles.repository.root", ".")).toAbsolutePath().normalize();
    Path run = root.resolve("bench/target/bench-run-company-master");
    Path drop = run.resolve("kbo-drop");
    Files.createDirectories(drop);
    String archive = "KboOpenData_bench_" + enterprises + "_Full.zip";
    long generation = System.nanoTime();
    KboDataset.writeZip(drop.resolve(archive), enterprises, SEED);
    System.out.printf("generated %s (%d enterprises, %.1f MB) in %.1f s%n", archive, enterprises,
        Files.size(drop.resolve(archive)) / 1e6, (System.nanoTime() - generation) / 1e9);
    try (TestIdentityProvider idp = TestIdentityProvider.start();
        LocalPlatform platform = LocalPlatform.builder(root)
            .anyFreePorts().mongoInMemory()
            .only(LocalPlatform.MONGO, LocalPlatform.CRM)
            .springJvmOptions(List.of("-Xms512m", "-Xmx1g", "-XX:+UseParallelGC"))
            .mongoJvmOptions(List.of("-Xms512m", "-Xmx2g", "-XX:+UseParallelGC"))
            .runDirectory(run).logDirectory(run.resolve("logs"))
            .environment(LocalPlatform.CRM, "POLES_ISSUER_URI", idp.issuer())
            .environment(LocalPlatform.CRM, "POLES_JWKS_URI", idp.jwksUri())
            .environment(LocalPlatform.CRM, "POLES_TOKEN_URI", idp.tokenUri())
            .environment(LocalPlatform.CRM, "CRM_DEMO_SEED", "false")
            .environment(LocalPlatform.CRM, "CRM_KBO_DROP_DIR", drop.toString())
            .build()) {
      platform.startAll();
      URI crm = platform.url(LocalPlatform.CRM);
      String admin = idp.user("bench.admin", "/hub/impulse", "admin")
          .audience("crm-service").lifetime(Duration.ofHours(2)).sign();
      String reader = idp.user("bench.advisor", "/finance", "analyst")
          .audience("crm-service").lifetime(Duration.ofHours(2)).sign();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      JsonNode job = importAndWait(http, crm, admin, archive);
      Instant requested = Instant.parse(job.path("requestedAt").asString());
      Instant finished = Instant.parse(job.path("finishedAt").asString());
      double importSeconds = Duration.between(requested, finished).toMillis() / 1000.0;
      long imported = job.path("enterprisesDone").asLong();

      List<String> queries = queries(enterprises, WARMUP_SEARCHES + MEASURED_SEARCHES);
      long misses = 0;
      for (String q : queries.subList(0, WARMUP_SEARCHES)) {
        get(http, crm.resolve("/companies?" + q), reader);
      }
      Histogram micros = new Histogram(60_000_000L, 3);
      long hits = 0;
      for (String q : queries.subList(WARMUP_SEARCHES, queries.size())) {
        long start = System.nanoTime();
        JsonNode page = JSON.readTree(get(http, crm.resolve("/companies?" + q), reader));
        micros.recordValue((System.nanoTime() - start) / 1000);
        if (page.path("totalItems").asLong() > 0) {
          hits++;
        } else {
          misses++;
        }
      }
      report(root, enterprises, job, importSeconds, imported, micros, hits, misses);
    }
  }

  /** Starts a KBO import of {@code archive} (in the drop folder) and waits for its end. */
  static JsonNode importAndWait(HttpClient http, URI crm, String admin, String archive)
      throws Exception {
    HttpResponse<String> started = http.send(HttpRequest.newBuilder(crm.resolve("/kbo-imports"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"source\":\"" + archive + "\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 202) {
      throw new IllegalStateException("import refused: " + started.statusCode() + " " + started.body());
    }
    String id = JSON.readTree(started.body()).path("importId").asString();
    String lastPhase = "";
    while (true) {
      Thread.sleep(200);
      JsonNode job = JSON.readTree(get(http, crm.resolve("/kbo-imports/" + id), admin));
      String status = job.path("status").asString();
      String phase = job.path("phase").asString();
      if (!phase.equals(lastPhase)) {
        System.out.printf("  %s import: %s%n", Instant.now(), phase);
        lastPhase = phase;
      }
      if (status.equals("COMPLETED")) {
        return job;
      }
      if (status.equals("FAILED") || status.equals("CANCELLED")) {
        throw new IllegalStateException("import " + status + ": " + job);
      }
    }
  }

  /** A fixed mix of what staff type, from the same seed as the data. */
  static List<String> queries(int enterprises, int count) {
    Random random = new Random(SEED + 1);
    List<String> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(10);
      String name = KboDataset.name(random);
      String[] words = name.split(" ");
      String q = switch (kind) {
        case 0, 1 -> q(words[0].substring(0, Math.min(4, words[0].length())).toLowerCase());
        case 2, 3 -> q(name);
        case 4 -> q(typo(words[0], random));
        case 5 -> q(KboDataset.dotted(KboDataset.enterpriseNumber(random.nextInt(enterprises))));
        case 6 -> q("BE" + KboDataset.enterpriseNumber(random.nextInt(enterprises)));
        case 7 -> q(words[0]) + "&commune=" + KboDataset.COMMUNES[random.nextInt(20)][0];
        case 8 -> "nace=5630&sort=enterprise_number&page=" + random.nextInt(5);
        default -> "commune=" + KboDataset.COMMUNES[random.nextInt(20)][0] + "&sort=registered_at";
      };
      queries.add(q);
    }
    return queries;
  }

  private static String typo(String word, Random random) {
    int at = 1 + random.nextInt(word.length() - 2);
    return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** GET with a bearer token; anything but 200 fails the benchmark. */
  static String get(HttpClient http, URI uri, String token) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
        .header("Authorization", "Bearer " + token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode() + " "
          + response.body());
    }
    return response.body();
  }

  private static void report(Path root, int enterprises, JsonNode job, double importSeconds,
      long imported, Histogram micros, long hits, long misses) throws Exception {
    String text = String.join(System.lineSeparator(),
        "",
        "== Company master: KBO import and search ==",
        String.format("JDK %s, %d cores; CRM and database server as processes (full JIT)",
            System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()),
        String.format("KBO full import: %d enterprises (%d created, %d malformed rows) in %.2f s"
                + " = %.0f enterprises/s (target >= 20000)",
            imported, job.path("created").asLong(), job.path("malformedRows").asLong(),
            importSeconds, imported / importSeconds),
        String.format("search GET /companies at %d companies: %d queries after %d warm-up,"
                + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (target <= 30), max %.2f ms;"
                + " %d with hits, %d without",
            enterprises, MEASURED_SEARCHES, WARMUP_SEARCHES,
            micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(95) / 1000.0,
            micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0, hits, misses),
        "");
    System.out.println(text);
    Path out = root.resolve("bench/target/bench-company-master.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    if (imported != enterprises || job.path("malformedRows").asLong() != 0) {
      throw new IllegalStateException("the import did not take every enterprise: " + job);
    }
  }
}
