package be.brussels.poles.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real Keycloak 26.7.3 with deploy/keycloak/poles-realm.json, started by {@link LocalPlatform}: the tokens carry
 * the claims of docs/runtime.md. Needs {@code make keycloak} (the distribution unpacked under .local/).
 */
class KeycloakRealmIT {

    private static final List<String> STAFF_AUDIENCES = List.of("poles-gateway", "crm-service", "guidance-service",
            "financing-service", "housing-service");

    @TempDir
    static Path run;

    private static LocalPlatform platform;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startKeycloak() {
        Path repo = Repo.root();
        Path kcSh = repo.resolve(LocalPlatform.KEYCLOAK_HOME).resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            fail("Keycloak " + LocalPlatform.KEYCLOAK_VERSION + " is not unpacked at " + kcSh.getParent().getParent()
                    + ": run 'make keycloak' (or 'make test', which does it) first");
        }
        platform = LocalPlatform.builder(repo).only(LocalPlatform.KEYCLOAK).anyFreePorts().runDirectory(run).build();
        platform.startAll();
        System.out.println("Keycloak healthy after " + platform.startupTimes().get(LocalPlatform.KEYCLOAK).toMillis()
                + " ms");
    }

    @AfterAll
    static void stopKeycloak() {
        if (platform != null) {
            platform.close();
        }
    }

    // ------------------------------------------------------------------ tests

    @ParameterizedTest
    @CsvSource({
        "marc.advisor,   /hub/impulse, advisor, Marc Dubois",
        "fatima.analyst, /finance,     analyst, Fatima Benali",
    })
    void staffTokensCarryIssuerAudiencesAgencyGroupRoleAndIdentity(String user, String group, String role,
            String name) {
        JsonNode token = JSON.readTree(passwordGrant(user, DemoUsers.PASSWORD, "openid").body());
        JsonNode access = verifiedClaims(token.path("access_token").asString());

        assertThat(access.path("iss").asString()).isEqualTo(platform.issuerUri());
        assertThat(strings(access.path("aud"))).containsExactlyInAnyOrderElementsOf(STAFF_AUDIENCES);
        assertThat(access.path("azp").asString()).isEqualTo("poles-cli");
        assertThat(strings(access.path("groups"))).containsExactly(group);
        assertThat(strings(access.path("realm_access").path("roles"))).contains(role)
                .doesNotContain("service", "partner");
        assertThat(access.path("preferred_username").asString()).isEqualTo(user);
        assertThat(access.path("name").asString()).isEqualTo(name);
        assertThat(access.path("email").asString()).isEqualTo(user + "@demo.poles.brussels");
        assertThat(access.path("sub").asString()).isNotBlank();

        JsonNode id = verifiedClaims(token.path("id_token").asString());
        assertThat(strings(id.path("groups"))).containsExactly(group);
        assertThat(strings(id.path("realm_access").path("roles"))).contains(role);
    }

    @Test
    void userinfoCarriesGroupsAndRealmRoles() throws Exception {
        String access = JSON.readTree(passwordGrant("ines.kam", "demo", "openid").body()).path("access_token")
                .asString();
        HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(
                URI.create(platform.issuerUri() + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + access).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(info.statusCode()).isEqualTo(200);
        JsonNode claims = JSON.readTree(info.body());
        assertThat(strings(claims.path("groups"))).containsExactly("/actiris");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("kam");
        assertThat(claims.path("email").asString()).isEqualTo("ines.kam@demo.poles.brussels");
    }

    @Test
    void everyDemoUserCanLogInAndIsInHisAgency() {
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            HttpResponse<String> response = passwordGrant(user.username(), DemoUsers.PASSWORD, null);
            assertThat(response.statusCode()).as(user.username() + ": " + response.body()).isEqualTo(200);
            JsonNode claims = verifiedClaims(JSON.readTree(response.body()).path("access_token").asString());
            assertThat(strings(claims.path("groups"))).as(user.username()).containsExactly(user.group());
            assertThat(strings(claims.path("realm_access").path("roles"))).as(user.username()).contains(user.role());
        }
    }

    @Test
    void partnerSystemTokenIsForTheGatewayAndTheCrmOnly() {
        JsonNode claims = clientCredentials("partner-system");

        assertThat(claims.path("iss").asString()).isEqualTo(platform.issuerUri());
        assertThat(strings(claims.path("aud"))).containsExactlyInAnyOrder("poles-gateway", "crm-service");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("partner").doesNotContain("service");
        assertThat(claims.path("azp").asString()).isEqualTo("partner-system");
        assertThat(claims.path("preferred_username").asString()).isEqualTo("service-account-partner-system");
        assertThat(claims.has("groups")).isFalse();
    }

    @Test
    void poleServiceTokensAreForTheCrmAndTheCrmTokenForThePoles() {
        for (String pole : List.of("guidance-service", "financing-service", "housing-service")) {
            JsonNode claims = clientCredentials(pole);
            assertThat(strings(claims.path("aud"))).as(pole).containsExactly("crm-service");
            assertThat(strings(claims.path("realm_access").path("roles"))).as(pole).contains("service");
            assertThat(claims.path("azp").asString()).isEqualTo(pole);
        }
        JsonNode crm = clientCredentials("crm-service");
        assertThat(strings(crm.path("aud"))).containsExactlyInAnyOrder("guidance-service", "financing-service",
                "housing-service");
        assertThat(strings(crm.path("realm_access").path("roles"))).contains("service");
    }

    @Test
    void accessTokensLiveFiveMinutes() {
        JsonNode claims = clientCredentials("guidance-service");

        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void issuerIsTheSameWhenKeycloakIsReachedAs127001() {
        URI viaIp = URI.create("http://127.0.0.1:" + platform.port(LocalPlatform.KEYCLOAK)
                + "/realms/poles/protocol/openid-connect/token");
        HttpResponse<String> response = post(viaIp, form("grant_type", "password", "client_id", "poles-cli",
                "username", "lea.intake", "password", "demo"));

        JsonNode claims = verifiedClaims(JSON.readTree(response.body()).path("access_token").asString());
        assertThat(claims.path("iss").asString()).isEqualTo(platform.issuerUri());
    }

    @Test
    void wrongSecretsPasswordsAndGrantsAreRefused() {
        HttpResponse<String> wrongPassword = passwordGrant("lea.intake", "wrong", null);
        assertThat(wrongPassword.statusCode()).isEqualTo(400);
        assertThat(wrongPassword.body()).contains("invalid_grant");
        assertThat(post(tokenUri(), form("grant_type", "client_credentials", "client_id", "partner-system",
                "client_secret", "nope")).statusCode()).isEqualTo(401);
        // the web client has no direct access grants, the CLI client no client credentials
        assertThat(post(tokenUri(), form("grant_type", "password", "client_id", "poles-gateway", "client_secret",
                "poles-gateway-secret", "username", "lea.intake", "password", "demo")).body())
                .contains("unauthorized_client");
        assertThat(post(tokenUri(), form("grant_type", "client_credentials", "client_id", "poles-cli")).body())
                .contains("unauthorized_client");
    }

    @Test
    void gatewayLoginAcceptsLoopbackRedirectsOnAnyPortAndNothingElse() {
        assertThat(authorize("http://localhost:8080/login/oauth2/code/keycloak").statusCode()).isEqualTo(200);
        assertThat(authorize("http://localhost:41234/login/oauth2/code/keycloak").statusCode()).isEqualTo(200);
        assertThat(authorize("http://127.0.0.1:8080/login/oauth2/code/keycloak").statusCode()).isEqualTo(200);
        assertThat(authorize("http://localhost:8080/somewhere-else").statusCode()).isEqualTo(400);
        assertThat(authorize("http://evil.example/login/oauth2/code/keycloak").statusCode()).isEqualTo(400);
    }

    @Test
    void gatewayAuthorizationCodeLoginYieldsAStaffToken() throws Exception {
        String redirect = "http://localhost:8080/login/oauth2/code/keycloak";
        HttpResponse<String> loginPage = HTTP.send(HttpRequest.newBuilder(authorizeUri(redirect)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(action.find()).as("login form").isTrue();
        // Keycloak marks its cookies Secure; browsers send them to http://localhost, java.net.CookieManager does not
        String cookies = loginPage.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));

        HttpResponse<String> afterLogin = HTTP.send(HttpRequest.newBuilder(
                URI.create(action.group(1).replace("&amp;", "&")))
                .header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "nora.atrium", "password", "demo",
                        "credentialId", "")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).isEqualTo(302);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?");
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> tokens = post(tokenUri(), form("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirect, "client_id", "poles-gateway", "client_secret", "poles-gateway-secret"));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode claims = verifiedClaims(JSON.readTree(tokens.body()).path("access_token").asString());
        assertThat(claims.path("azp").asString()).isEqualTo("poles-gateway");
        assertThat(strings(claims.path("aud"))).containsExactlyInAnyOrderElementsOf(STAFF_AUDIENCES);
        assertThat(strings(claims.path("groups"))).containsExactly("/hub/atrium");
        assertThat(strings(claims.path("realm_access").path("roles"))).contains("advisor");
    }

    // ------------------------------------------------------------------ helpers

    private static URI tokenUri() {
        return URI.create(platform.tokenUri());
    }

    private static HttpResponse<String> passwordGrant(String user, String password, String scope) {
        List<String> params = new ArrayList<>(List.of("grant_type", "password", "client_id", "poles-cli", "username",
                user, "password", password));
        if (scope != null) {
            params.addAll(List.of("scope", scope));
        }
        return post(tokenUri(), form(params.toArray(String[]::new)));
    }

    private static JsonNode clientCredentials(String client) {
        HttpResponse<String> response = post(tokenUri(), form("grant_type", "client_credentials", "client_id", client,
                "client_secret", client + "-secret"));
        assertThat(response.statusCode()).as(client + ": " + response.body()).isEqualTo(200);
        return verifiedClaims(JSON.readTree(response.body()).path("access_token").asString());
    }

    private static URI authorizeUri(String redirect) {
        return URI.create(platform.issuerUri() + "/protocol/openid-connect/auth?" + form("client_id", "poles-gateway",
                "response_type", "code", "scope", "openid", "state", "s1", "redirect_uri", redirect));
    }

    private static HttpResponse<String> authorize(String redirect) {
        try {
            return HTTP.send(HttpRequest.newBuilder(authorizeUri(redirect)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> post(URI uri, String form) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String form(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The payload of a JWT whose RS256 signature checks against the realm's JWKS. */
    private static JsonNode verifiedClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).as("a signed JWT").hasSize(3);
        Base64.Decoder b64 = Base64.getUrlDecoder();
        JsonNode header = JSON.readTree(b64.decode(parts[0]));
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(realmKey(header.path("kid").asString()));
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rsa.verify(b64.decode(parts[2]))).as("signature").isTrue();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        return JSON.readTree(b64.decode(parts[1]));
    }

    private static PublicKey realmKey(String kid) throws java.security.GeneralSecurityException {
        HttpResponse<String> jwks;
        try {
            jwks = HTTP.send(HttpRequest.newBuilder(URI.create(platform.jwksUri())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        for (JsonNode key : JSON.readTree(jwks.body()).path("keys")) {
            if (key.path("kid").asString().equals(kid)) {
                Base64.Decoder b64 = Base64.getUrlDecoder();
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        new BigInteger(1, b64.decode(key.path("n").asString())),
                        new BigInteger(1, b64.decode(key.path("e").asString()))));
            }
        }
        throw new AssertionError("no key " + kid + " in " + platform.jwksUri());
    }

    /** A string claim (single audience) or an array claim, as a list. */
    private static List<String> strings(JsonNode node) {
        if (node.isString()) {
            return List.of(node.asString());
        }
        return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asString).collect(Collectors.toList());
    }
}
