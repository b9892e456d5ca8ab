package io.estatewatch.servicekit.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.estatewatch.servicekit.security.sample.SecuredApplication;
import io.estatewatch.servicekit.security.SecuredServiceClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.estatewatch.servicekit.security.SecuredServiceClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secured service on a real port, as a client sees it: which requests need a token, which tokens are refused,
 * what a controller learns about its caller, and that every refusal is problem+json.
 */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=security-test",
                "estatewatch.security.jwt.secret=" + ServiceSecurityTest.SECRET,
                "estatewatch.security.public-paths=/open/**",
                "estatewatch.outbox.enabled=false",
                "logging.level.org.apache.kafka=WARN"
        })
class ServiceSecurityTest {

    static final String SECRET = "security-test-secret-0123456789abcdef";
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

    private final JwtIssuer issuer = new JwtIssuer(SECRET, Duration.ofMinutes(5));

    @LocalServerPort
    int port;

    private SecuredServiceClient service;

    @BeforeEach
    void connect() {
        service = new SecuredServiceClient(port, SECRET);
    }

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        String uri = MONGO.bindAndGetConnectionString();
        registry.add("spring.mongodb.uri", () -> uri);
        registry.add("spring.mongodb.database", () -> "security-test");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    // ---- no token -----------------------------------------------------------------------------------------------

    @Test
    void aRequestWithoutATokenIsUnauthorizedWithABearerChallengeAndAProblem() {
        Reply reply = service.get("/api/v1/whoami", null);

        JsonNode problem = service.assertProblem(reply, 401, "unauthorized", "/api/v1/whoami");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(problem.path("detail").asString()).isEqualTo(SecurityProblems.MISSING_TOKEN);
    }

    @Test
    void aPathThatDoesNotExistIsUnauthorizedWithoutAToken() {
        service.assertProblem(service.get("/api/v1/nothing-here", null), 401, "unauthorized", "/api/v1/nothing-here");
    }

    @Test
    void healthInfoPrometheusAndTheApiDocumentsArePublic() {
        assertThat(service.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(service.get("/actuator/info", null).status()).isEqualTo(200);
        assertThat(service.get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(service.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsNeedAToken() {
        service.assertProblem(service.get("/actuator/metrics", null), 401, "unauthorized", "/actuator/metrics");
        assertThat(service.get("/actuator/metrics", issuer.issue(Caller.districtAdmin("admin"))).status())
                .isEqualTo(200);
    }

    @Test
    void aConfiguredPublicPathIsAnsweredWithoutAToken() {
        Reply reply = service.get("/open/ping", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("pong").asBoolean()).isTrue();
    }

    @Test
    void aHandlerOnAPublicPathThatTakesTheCallerIsUnauthorizedWithoutAToken() {
        Reply reply = service.get("/open/whoami", null);

        service.assertProblem(reply, 401, "unauthorized", "/open/whoami");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(service.get("/open/whoami", issuer.issue(Caller.publicUser("visitor"))).json()
                .path("role").asString()).isEqualTo("PUBLIC");
    }

    // ---- bad tokens ---------------------------------------------------------------------------------------------

    @Test
    void aGarbageTokenIsUnauthorizedAsAnInvalidToken() {
        Reply reply = service.get("/api/v1/whoami", "not-a-jwt");

        JsonNode problem = service.assertProblem(reply, 401, "unauthorized", "/api/v1/whoami");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(problem.path("detail").asString()).isEqualTo(SecurityProblems.INVALID_TOKEN);
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expired = new JwtIssuer(SECRET, Duration.ofMinutes(5), twoHoursAgo).issue(Caller.districtAdmin("admin"));

        Reply reply = service.get("/api/v1/whoami", expired);

        service.assertProblem(reply, 401, "unauthorized", "/api/v1/whoami");
        assertThat(reply.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    @Test
    void aTokenSignedWithAnotherSecretIsUnauthorized() {
        String forged = new JwtIssuer("another-secret-0123456789abcdef-xyz", Duration.ofMinutes(5))
                .issue(Caller.districtAdmin("admin"));

        service.assertProblem(service.get("/api/v1/whoami", forged), 401, "unauthorized", "/api/v1/whoami");
    }

    @Test
    void anUnsignedTokenIsUnauthorized() {
        String unsigned = new PlainJWT(new JWTClaimsSet.Builder().subject("admin").claim("role", "DISTRICT_ADMIN")
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).build()).serialize();

        service.assertProblem(service.get("/api/v1/whoami", unsigned), 401, "unauthorized", "/api/v1/whoami");
    }

    @Test
    void aValidTokenWithoutAKnownRoleIsUnauthorizedAndSaysWhy() {
        String token = sign(Map.of("sub", "someone", "role", "SUPERUSER"));

        Reply reply = service.get("/api/v1/whoami", token);

        JsonNode problem = service.assertProblem(reply, 401, "unauthorized", "/api/v1/whoami");
        assertThat(problem.path("detail").asString()).startsWith("The token does not describe a caller: ")
                .contains("'role'", "realm_access.roles");
    }

    @Test
    void aStreetOfficerTokenWithoutStreetsIsUnauthorized() {
        String token = sign(Map.of("sub", "li.wei", "role", "STREET_OFFICER"));

        JsonNode problem = service.assertProblem(service.get("/api/v1/whoami", token), 401, "unauthorized",
                "/api/v1/whoami");
        assertThat(problem.path("detail").asString()).contains("STREET_OFFICER needs at least one street");
    }

    // ---- good tokens --------------------------------------------------------------------------------------------

    @Test
    void aValidTokenReachesTheControllerWithItsCaller() {
        String token = issuer.issue(new Caller("li.wei", Role.STREET_OFFICER, Set.of("Xinhua", "Binjiang"),
                null, Set.of()));

        Reply reply = service.get("/api/v1/whoami", token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode caller = reply.json();
        assertThat(caller.path("username").asString()).isEqualTo("li.wei");
        assertThat(caller.path("role").asString()).isEqualTo("STREET_OFFICER");
        assertThat(strings(caller.path("streets"))).containsExactly("Binjiang", "Xinhua");
        assertThat(caller.path("companyId").isNull()).isTrue();
        assertThat(strings(caller.path("channels"))).isEmpty();
    }

    @Test
    void aCompanyUsersAndAHotlineClientsScopesReachTheController() {
        JsonNode company = service.get("/api/v1/whoami", issuer.issue(Caller.companyUser("wang", "company-7"))).json();
        JsonNode hotline = service.get("/api/v1/whoami",
                issuer.issue(Caller.hotlineClient("hotline-12345", "MAYOR_HOTLINE"))).json();

        assertThat(company.path("role").asString()).isEqualTo("COMPANY_USER");
        assertThat(company.path("companyId").asString()).isEqualTo("company-7");
        assertThat(hotline.path("role").asString()).isEqualTo("HOTLINE_CLIENT");
        assertThat(strings(hotline.path("channels"))).containsExactly("MAYOR_HOTLINE");
    }

    @Test
    void aKeycloakTokenWithRealmRolesMapsToTheEstateWatchRole() {
        String token = sign(Map.of("sub", "f3a1c2d4-officer", "preferred_username", "zhao",
                "realm_access", Map.of("roles", List.of("offline_access", "uma_authorization", "district_officer"))));

        Reply reply = service.get("/api/v1/whoami", token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("role").asString()).isEqualTo("DISTRICT_OFFICER");
        assertThat(reply.json().path("username").asString()).isEqualTo("f3a1c2d4-officer");
    }

    @Test
    void aWriteNeedsNoCsrfTokenAndNoSessionIsCreated() {
        Reply reply = service.send(service.request("/api/v1/notes", issuer.issue(Caller.districtAdmin("admin")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("text").asString()).isEqualTo("hello");
        assertThat(reply.response().headers().firstValue("Set-Cookie")).isEmpty();
    }

    // ---- forbidden ----------------------------------------------------------------------------------------------

    @Test
    void anAccessDeniedExceptionFromAControllerIsForbiddenWithTheServicesReason() {
        String token = issuer.issue(Caller.streetOfficer("li.wei", "Xinhua"));

        Reply reply = service.get("/api/v1/streets/Binjiang", token);

        JsonNode problem = service.assertProblem(reply, 403, "forbidden", "/api/v1/streets/Binjiang");
        assertThat(problem.path("detail").asString()).isEqualTo("Street Binjiang is outside the caller's streets.");
        assertThat(service.get("/api/v1/streets/Xinhua", token).status()).isEqualTo(200);
    }

    @Test
    void springsOwnAccessDeniedMessageIsReplacedByAPlainOne() {
        Reply reply = service.get("/api/v1/denied", issuer.issue(Caller.districtAdmin("admin")));

        JsonNode problem = service.assertProblem(reply, 403, "forbidden", "/api/v1/denied");
        assertThat(problem.path("detail").asString()).isEqualTo(SecurityProblems.FORBIDDEN);
    }

    // ---- OpenAPI ------------------------------------------------------------------------------------------------

    @Test
    void theApiDocumentsShowTheBearerSchemeAndNoCallerParameter() {
        JsonNode docs = service.get("/v3/api-docs", null).json();

        assertThat(docs.path("components").path("securitySchemes").path("bearer-jwt").path("scheme").asString())
                .isEqualTo("bearer");
        JsonNode whoami = docs.path("paths").path("/api/v1/whoami").path("get");
        assertThat(whoami.isMissingNode()).isFalse();
        assertThat(whoami.path("parameters").toString()).doesNotContain("caller", "username");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** An HS256 token with exactly these claims (and a five-minute expiry), signed with the test secret. */
    static String sign(Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(builder::claim);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
