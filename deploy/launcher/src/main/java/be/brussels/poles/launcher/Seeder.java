package be.brussels.poles.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data through the services' own REST APIs (not through the gateway), with password-grant tokens of the
 * demo users from the {@code poles-cli} client. Idempotent: nothing is done when the first demo company already
 * exists. One item refused by a service (4xx, or a service that does not answer) is logged and skipped.
 */
public final class Seeder {

    /** Where the seeder sends its requests. */
    public record Targets(URI tokenUri, URI crm, URI guidance, URI financing, URI housing) {

        /** The ports of a running {@link LocalPlatform}. */
        public static Targets of(LocalPlatform platform) {
            return new Targets(URI.create(platform.tokenUri()), platform.url(LocalPlatform.CRM),
                    platform.url(LocalPlatform.GUIDANCE), platform.url(LocalPlatform.FINANCING),
                    platform.url(LocalPlatform.HOUSING));
        }

        /**
         * Environment variables of docs/runtime.md first ({@code POLES_TOKEN_URI}, {@code POLES_ISSUER_URI},
         * {@code CRM_URL} ...), then the state file of {@code make run}, then the default ports.
         */
        public static Targets from(Map<String, String> env, Properties state) {
            String issuer = first(env.get("POLES_ISSUER_URI"), state.getProperty("issuer.uri"),
                    "http://localhost:8180/realms/poles");
            String token = first(env.get("POLES_TOKEN_URI"), null, issuer + "/protocol/openid-connect/token");
            return new Targets(URI.create(token),
                    URI.create(first(env.get("CRM_URL"), state.getProperty("crm-service.url"), "http://localhost:8081")),
                    URI.create(first(env.get("GUIDANCE_URL"), state.getProperty("guidance-service.url"),
                            "http://localhost:8082")),
                    URI.create(first(env.get("FINANCING_URL"), state.getProperty("financing-service.url"),
                            "http://localhost:8083")),
                    URI.create(first(env.get("HOUSING_URL"), state.getProperty("housing-service.url"),
                            "http://localhost:8084")));
        }

        private static String first(String a, String b, String c) {
            return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : c;
        }
    }

    /** What a run did. */
    public record Report(boolean skipped, int companiesCreated, int companiesKnown, int guidanceFiles,
            int applications, int locationRequests, List<String> failures) {

        public String summary() {
            if (skipped) {
                return "Demo data already present (company " + SeedData.COMPANIES.get(0).enterpriseNumber()
                        + " exists): nothing seeded.";
            }
            return String.format("Seeded: %d companies created (%d already known), %d guidance files, "
                    + "%d financing applications, %d location requests; %d item(s) failed.",
                    companiesCreated, companiesKnown, guidanceFiles, applications, locationRequests, failures.size());
        }
    }

    /** Thrown when seeding cannot even begin (CRM or Keycloak unreachable, login refused). */
    public static final class SeedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SeedException(String message) {
            super(message);
        }
    }

    private static final String CLIENT_ID = "poles-cli";
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(200);

    private final Targets targets;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant obtained) {
    }

    public Seeder(Targets targets, Consumer<String> log) {
        this.targets = targets;
        this.log = log;
    }

    public Report seed() {
        String first = SeedData.COMPANIES.get(0).enterpriseNumber();
        Response probe = send("GET", targets.crm().resolve("/companies/" + first), "lea.intake", null);
        if (probe.status() == 200) {
            return new Report(true, 0, 0, 0, 0, 0, List.of());
        }
        if (probe.status() != 404) {
            throw new SeedException("CRM check GET /companies/" + first + " answered " + probe.describe()
                    + "; expected 200 or 404");
        }
        List<String> failures = new ArrayList<>();
        int created = 0;
        int known = 0;
        for (SeedData.Company c : SeedData.COMPANIES) {
            Response r = send("POST", targets.crm().resolve("/companies"), "lea.intake",
                    map("enterpriseNumber", c.enterpriseNumber(), "name", c.name()));
            if (r.status() == 201) {
                created++;
            } else if (r.status() == 200) {
                known++;
            } else {
                fail(failures, "company " + c.enterpriseNumber() + " " + c.name(), r);
            }
        }
        int files = 0;
        for (SeedData.GuidanceFile f : SeedData.GUIDANCE_FILES) {
            Response r = send("POST", targets.guidance().resolve("/guidance-files"), f.advisor(),
                    map("enterpriseNumber", f.enterpriseNumber(), "packageType", f.packageType(), "note", f.note()));
            if (r.status() == 201) {
                files++;
                walkFile(f, r, failures);
            } else {
                fail(failures, "guidance file " + f.packageType() + " for " + f.enterpriseNumber(), r);
            }
        }
        seedGuidanceWork(failures);
        int applications = 0;
        for (SeedData.Application a : SeedData.APPLICATIONS) {
            Response r = send("POST", targets.financing().resolve("/applications"), a.analyst(),
                    map("enterpriseNumber", a.enterpriseNumber(), "instrument", a.instrument(),
                            "amount", map("currency", "EUR", "value", a.amountEur()), "purpose", a.purpose()));
            if (r.status() == 201) {
                applications++;
                JsonNode recorded = json.readTree(r.body());
                walk(a, recorded.path("applicationId").asString(), recorded.path("version").asLong(), failures);
            } else {
                fail(failures, "application " + a.instrument() + " for " + a.enterpriseNumber(), r);
            }
        }
        int guarantees = 0;
        for (SeedData.Guarantee g : SeedData.GUARANTEES) {
            Map<String, Object> body = new LinkedHashMap<>(map("enterpriseNumber", g.enterpriseNumber(), "bank",
                    g.bank(), "creditAmount", map("currency", "EUR", "value", g.creditEur()), "flatFee",
                    map("currency", "EUR", "value", g.feeEur()), "type", g.type(), "riskSplit", g.riskSplit()));
            if (g.coveragePercent() != null) {
                body.put("coveragePercent", g.coveragePercent());
            }
            Response r = send("POST", targets.financing().resolve("/guarantees"), "eva.guarantee", body);
            if (r.status() == 201) {
                guarantees++;
            } else {
                fail(failures, "guarantee " + g.type() + " for " + g.enterpriseNumber(), r);
            }
        }
        log.accept("  " + guarantees + " guarantees recorded");
        int requests = 0;
        for (SeedData.LocationRequest l : SeedData.LOCATION_REQUESTS) {
            Response r = send("POST", targets.housing().resolve("/location-requests"), "tom.citydev",
                    map("enterpriseNumber", l.enterpriseNumber(), "unitType", l.unitType(),
                            "surfaceMin", l.surfaceMin(), "surfaceMax", l.surfaceMax(),
                            "communes", l.communes(), "wantedFrom", SeedData.WANTED_FROM));
            if (r.status() == 201) {
                requests++;
            } else {
                fail(failures, "location request " + l.unitType() + " for " + l.enterpriseNumber(), r);
            }
        }
        if (created + known == 0) {
            throw new SeedException("no demo company could be created; first failure: " + failures.get(0));
        }
        return new Report(false, created, known, files, applications, requests, List.copyOf(failures));
    }

    /** Takes a demo application along its demo path; stops at the first step refused. */
    private void walk(SeedData.Application a, String id, long version, List<String> failures) {
        if (id.isBlank()) {
            return; // a financing service that answers without an id has no workflow to walk
        }
        long v = version;
        for (SeedData.Step step : SeedData.pathOf(a)) {
            Map<String, Object> body = new LinkedHashMap<>(step.fields());
            body.put("action", step.action());
            body.put("version", v);
            Response r = send("POST", targets.financing().resolve("/applications/" + id + "/transitions"),
                    step.user(), body);
            if (r.status() != 200) {
                fail(failures, "step " + step.action() + " of the " + a.instrument() + " application of "
                        + a.enterpriseNumber(), r);
                return;
            }
            v = json.readTree(r.body()).path("version").asLong();
        }
    }

    /** Takes a demo guidance file along its demo steps; stops at the first step refused. */
    private void walkFile(SeedData.GuidanceFile f, Response created, List<String> failures) {
        JsonNode file = json.readTree(created.body());
        String id = file.path("fileId").asString();
        if (id.isBlank()) {
            return; // a guidance service that answers without an id has no workflow to walk
        }
        long v = file.path("version").asLong();
        for (GuidanceSeedData.FileStep step : GuidanceSeedData.stepsOf(f)) {
            Map<String, Object> body = new LinkedHashMap<>(step.body());
            body.put("version", v);
            Response r = send(step.method(), targets.guidance().resolve("/guidance-files/" + id + step.path()),
                    f.advisor(), body);
            if (r.status() != 200 && r.status() != 201) {
                fail(failures, step.method() + " " + step.path() + " of the " + f.packageType() + " file of "
                        + f.enterpriseNumber(), r);
                return;
            }
            v = json.readTree(r.body()).path("version").asLong();
        }
    }

    /**
     * The guidance pole's other demo work: more growth files at their stages, 1819 intake requests, the
     * accredited operators and upcoming events.
     */
    private void seedGuidanceWork(List<String> failures) {
        for (SeedData.GuidanceFile f : GuidanceSeedData.MORE_FILES) {
            Response r = send("POST", targets.guidance().resolve("/guidance-files"), f.advisor(),
                    map("enterpriseNumber", f.enterpriseNumber(), "packageType", f.packageType(), "note", f.note()));
            if (r.status() == 201) {
                walkFile(f, r, failures);
            } else {
                fail(failures, "guidance file " + f.packageType() + " for " + f.enterpriseNumber(), r);
            }
        }
        for (Map<String, Object> request : GuidanceSeedData.INTAKE_REQUESTS) {
            Response r = send("POST", targets.guidance().resolve("/intake-requests"), "lea.intake", request);
            if (r.status() != 201) {
                fail(failures, "intake request " + request.get("question"), r);
            }
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        for (List<String> o : GuidanceSeedData.OPERATORS) {
            Response r = send("POST", targets.guidance().resolve("/operators"), "mia.manager",
                    map("name", o.get(0), "kind", o.get(1), "specialities", List.of(o.get(2))));
            if (r.status() != 201) {
                fail(failures, "operator " + o.get(0), r);
                continue;
            }
            String id = json.readTree(r.body()).path("operatorId").asString();
            if (!id.isBlank()) {
                Response a = send("POST", targets.guidance().resolve("/operators/" + id + "/accreditation"),
                        "mia.manager", map("charterSignedOn", today.minusMonths(3).toString(),
                                "accreditedFrom", today.minusMonths(2).toString(),
                                "accreditedUntil", today.plusYears(2).toString(), "version", 1));
                if (a.status() != 200) {
                    fail(failures, "accreditation of " + o.get(0), a);
                }
            }
        }
        for (List<String> e : GuidanceSeedData.EVENTS) {
            Response r = send("POST", targets.guidance().resolve("/events"), e.get(0),
                    map("kind", e.get(1), "title", e.get(2),
                            "heldOn", today.plusDays(Long.parseLong(e.get(3))).toString(), "capacity", 30));
            if (r.status() != 201) {
                fail(failures, "event " + e.get(2), r);
            }
        }
    }

    private void fail(List<String> failures, String item, Response r) {
        String line = item + ": " + r.describe();
        failures.add(line);
        log.accept("  skipped " + line);
    }

    // ------------------------------------------------------------------ HTTP

    private record Response(int status, String body) {
        String describe() {
            if (status < 0) {
                return "no answer (" + body + ")";
            }
            String b = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return "HTTP " + status + (b.isBlank() ? "" : " " + b.replaceAll("\\s+", " "));
        }
    }

    private Response send(String method, URI uri, String user, Object body) {
        String token;
        try {
            token = token(user);
        } catch (SeedException e) {
            return new Response(-1, e.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Response(-1, method + " " + uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("interrupted");
        }
    }

    /** Password grant of poles-cli for a demo user, reused for a while (tokens live 300 s). */
    String token(String user) {
        Token cached = tokens.get(user);
        if (cached != null && cached.obtained().plus(TOKEN_REUSE).isAfter(Instant.now())) {
            return cached.value();
        }
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", user,
                "password", DemoUsers.PASSWORD).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(targets.tokenUri())
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SeedException("login of " + user + " at " + targets.tokenUri() + " refused: HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode node = json.readTree(response.body());
            String value = node.path("access_token").asString();
            tokens.put(user, new Token(value, Instant.now()));
            return value;
        } catch (IOException e) {
            throw new SeedException("Keycloak does not answer at " + targets.tokenUri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SeedException("interrupted");
        }
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
