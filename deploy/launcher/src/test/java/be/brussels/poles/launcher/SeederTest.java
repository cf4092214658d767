package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seeder against fake Keycloak and service endpoints that record what they receive. */
class SeederTest {

    record Call(String method, String path, String user, JsonNode body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;
    private Seeder.Targets targets;
    private final List<String> log = new ArrayList<>();
    /** status answered by the fake services for a call; default 201, GET /companies/.. 404 */
    private Function<Call, Integer> answer = call -> call.method().equals("GET") ? 404 : 201;

    @BeforeEach
    void startFakes() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        targets = new Seeder.Targets(base.resolve("/realms/poles/protocol/openid-connect/token"), base, base, base,
                base);
    }

    @AfterEach
    void stopFakes() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/token")) {
            Map<String, String> form = Arrays.stream(body.split("&")).map(kv -> kv.split("=", 2))
                    .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
            boolean ok = "password".equals(form.get("grant_type")) && "poles-cli".equals(form.get("client_id"))
                    && "demo".equals(form.get("password"));
            respond(exchange, ok ? 200 : 401, ok ? "{\"access_token\":\"tok-" + form.get("username") + "\"}" : "{}");
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String user = auth == null ? null : auth.replace("Bearer tok-", "");
        Call call = new Call(exchange.getRequestMethod(), path, user, body.isEmpty() ? null : json.readTree(body));
        calls.add(call);
        int status = answer.apply(call);
        respond(exchange, status, status >= 400 ? "{\"detail\":\"refused by fake\"}" : "{}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private List<Call> calls(String method, String path) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    @Test
    void createsTheCompaniesThenTheirJourneysAsTheRightUsers() {
        Seeder.Report report = new Seeder(targets, log::add).seed();

        assertThat(report.skipped()).isFalse();
        assertThat(report.companiesCreated()).isEqualTo(SeedData.COMPANIES.size()).isGreaterThanOrEqualTo(12);
        assertThat(report.guidanceFiles()).isEqualTo(SeedData.GUIDANCE_FILES.size());
        assertThat(report.applications()).isEqualTo(SeedData.APPLICATIONS.size());
        assertThat(report.locationRequests()).isEqualTo(SeedData.LOCATION_REQUESTS.size());
        assertThat(report.failures()).isEmpty();

        List<Call> companies = calls("POST", "/companies");
        assertThat(companies).allSatisfy(c -> {
            assertThat(c.user()).isEqualTo("lea.intake");
            assertThat(EnterpriseNumbers.isValid(c.body().path("enterpriseNumber").asString())).isTrue();
            assertThat(c.body().path("name").asString()).isNotBlank();
        });
        int lastCompany = calls.indexOf(companies.get(companies.size() - 1));
        int firstJourney = calls.indexOf(calls("POST", "/guidance-files").get(0));
        assertThat(lastCompany).as("companies exist before their journeys").isLessThan(firstJourney);

        assertThat(calls("POST", "/guidance-files")).allSatisfy(c -> {
            String pkg = c.body().path("packageType").asString();
            assertThat(c.user()).isEqualTo(pkg.equals("ATRIUM_OPEN") ? "nora.atrium" : "marc.advisor");
            assertThat(pkg).isIn("UNIVERSAL", "CREATION", "HIGH_POTENTIAL_STARTER", "ATRIUM_OPEN", "GROWTH", "RESTART",
                    "TRANSFER", "TRANSITION");
        });
        assertThat(calls("POST", "/applications")).allSatisfy(c -> {
            boolean guarantee = c.body().path("instrument").asString().equals("GUARANTEE");
            assertThat(c.user()).isEqualTo(guarantee ? "eva.guarantee" : "fatima.analyst");
            assertThat(c.body().path("amount").path("currency").asString()).isEqualTo("EUR");
            assertThat(c.body().path("amount").path("value").asString()).matches("\\d+\\.\\d{2}");
            assertThat(c.body().path("amount").path("value").isString()).as("exact money as a string").isTrue();
        });
        assertThat(calls("POST", "/location-requests")).allSatisfy(c -> {
            assertThat(c.user()).isEqualTo("tom.citydev");
            assertThat(c.body().path("unitType").asString()).isIn("OFFICE", "WORKSHOP", "LAB", "DESK", "PLOT",
                    "STORAGE");
            assertThat(c.body().path("surfaceMin").asInt()).isLessThanOrEqualTo(c.body().path("surfaceMax").asInt());
            assertThat(c.body().path("communes").isArray()).isTrue();
            assertThat(c.body().path("wantedFrom").asString()).isEqualTo("2027-01-01");
        });
    }

    @Test
    void journeysCrossAgencies() {
        long companiesInTwoPolesOrMore = SeedData.COMPANIES.stream().map(SeedData.Company::enterpriseNumber)
                .filter(en -> (SeedData.GUIDANCE_FILES.stream().anyMatch(f -> f.enterpriseNumber().equals(en)) ? 1 : 0)
                        + (SeedData.APPLICATIONS.stream().anyMatch(a -> a.enterpriseNumber().equals(en)) ? 1 : 0)
                        + (SeedData.LOCATION_REQUESTS.stream().anyMatch(l -> l.enterpriseNumber().equals(en)) ? 1 : 0)
                        >= 2)
                .count();
        assertThat(companiesInTwoPolesOrMore).isGreaterThanOrEqualTo(10);
        assertThat(SeedData.COMPANIES).allSatisfy(c -> assertThat(EnterpriseNumbers.isValid(c.enterpriseNumber()))
                .as(c.enterpriseNumber()).isTrue());
    }

    @Test
    void seedsTheGuidancePolesOtherWorkAsItsStaff() {
        Seeder.Report report = new Seeder(targets, log::add).seed();

        assertThat(report.failures()).isEmpty();
        assertThat(calls("POST", "/guidance-files")).hasSize(SeedData.GUIDANCE_FILES.size()
                + GuidanceSeedData.MORE_FILES.size());
        assertThat(calls("POST", "/intake-requests")).hasSize(GuidanceSeedData.INTAKE_REQUESTS.size())
                .allSatisfy(c -> assertThat(c.user()).isEqualTo("lea.intake"));
        assertThat(calls("POST", "/operators")).hasSize(GuidanceSeedData.OPERATORS.size())
                .allSatisfy(c -> assertThat(c.user()).isEqualTo("mia.manager"));
        assertThat(calls("POST", "/events")).hasSize(GuidanceSeedData.EVENTS.size())
                .allSatisfy(c -> assertThat(c.body().path("heldOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}"));
        // every demo file of SeedData has its steps, and every package is seeded
        assertThat(SeedData.GUIDANCE_FILES).filteredOn(f -> !f.packageType().equals("ATRIUM_OPEN")
                || !f.note().startsWith("Second shop")).allSatisfy(f ->
                        assertThat(GuidanceSeedData.stepsOf(f)).as(f.enterpriseNumber()).isNotEmpty());
    }

    @Test
    void doesNothingWhenTheFirstCompanyAlreadyExists() {
        answer = call -> call.method().equals("GET") ? 200 : 201;

        Seeder.Report report = new Seeder(targets, log::add).seed();

        assertThat(report.skipped()).isTrue();
        assertThat(calls).extracting(Call::method).containsExactly("GET");
        assertThat(calls.get(0).path()).isEqualTo("/companies/" + SeedData.COMPANIES.get(0).enterpriseNumber());
        assertThat(report.summary()).contains("already present");
    }

    @Test
    void logsAnItemRefusedByAServiceAndGoesOn() {
        String refused = SeedData.LOCATION_REQUESTS.get(0).enterpriseNumber();
        answer = call -> call.method().equals("GET") ? 404
                : call.path().equals("/location-requests")
                        && call.body().path("enterpriseNumber").asString().equals(refused) ? 422 : 201;

        Seeder.Report report = new Seeder(targets, log::add).seed();

        assertThat(report.failures()).hasSize(1).first().asString().contains(refused).contains("HTTP 422")
                .contains("refused by fake");
        assertThat(report.locationRequests()).isEqualTo(SeedData.LOCATION_REQUESTS.size() - 1);
        assertThat(report.applications()).isEqualTo(SeedData.APPLICATIONS.size());
        assertThat(log).anyMatch(l -> l.contains("skipped location request"));
        assertThat(report.summary()).contains("1 item(s) failed");
    }

    @Test
    void countsCompaniesTheCrmAlreadyKnew() {
        answer = call -> call.method().equals("GET") ? 404 : call.path().equals("/companies") ? 200 : 201;

        Seeder.Report report = new Seeder(targets, log::add).seed();

        assertThat(report.companiesCreated()).isZero();
        assertThat(report.companiesKnown()).isEqualTo(SeedData.COMPANIES.size());
    }

    @Test
    void stopsWithAClearMessageWhenTheCrmDoesNotAnswer() {
        Seeder.Targets noCrm = new Seeder.Targets(targets.tokenUri(), URI.create("http://127.0.0.1:9"),
                targets.guidance(), targets.financing(), targets.housing());

        assertThatThrownBy(() -> new Seeder(noCrm, log::add).seed())
                .isInstanceOf(Seeder.SeedException.class).hasMessageContaining("CRM check").hasMessageContaining("no answer");
    }

    @Test
    void targetsComeFromTheEnvironmentThenTheStateFileThenTheDefaults() {
        java.util.Properties state = new java.util.Properties();
        state.setProperty("crm-service.url", "http://localhost:18081");
        state.setProperty("issuer.uri", "http://localhost:18180/realms/poles");

        Seeder.Targets t = Seeder.Targets.from(Map.of("HOUSING_URL", "http://h:1"), state);

        assertThat(t.crm()).hasToString("http://localhost:18081");
        assertThat(t.housing()).hasToString("http://h:1");
        assertThat(t.guidance()).hasToString("http://localhost:8082");
        assertThat(t.tokenUri()).hasToString("http://localhost:18180/realms/poles/protocol/openid-connect/token");
    }
}
