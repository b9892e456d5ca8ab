package io.estatewatch.servicekit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.estatewatch.servicekit.security.SecuredServiceClient.Reply;
import io.estatewatch.servicekit.security.sample.SecuredApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider out of reach of a service (down, or a network policy that drops its traffic): a staff token
 * cannot be checked, which is the service's trouble and passes, so it is a quick 503 with {@code Retry-After}, never a
 * 500 and never a 401 that would send staff to sign in again. The gateway's own tokens do not need the identity
 * provider and pass meanwhile; once it answers, staff tokens pass too.
 *
 * <p>Configured as production is: the issuer alone, its keys found through its discovery document at the first staff
 * token. The identity provider is a small HTTP server on a port reserved by the test, which is, in turn, closed
 * (nothing listens), silent (connections accepted, never answered) and serving.
 */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=unreachable-idp-test",
                "estatewatch.security.jwt.secret=" + UnreachableIdentityProviderTest.SECRET,
                "estatewatch.web.unavailable-retry-after=7s",
                "estatewatch.outbox.enabled=false",
                "logging.level.org.apache.kafka=WARN"
        })
class UnreachableIdentityProviderTest {

    static final String SECRET = "unreachable-idp-test-secret-0123456789ab";
    private static final String WHOAMI = "/api/v1/whoami";
    private static final String REALM = "/realms/estatewatch";
    /** Well above the JWK set client's timeouts, well below what a caller would wait for. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    private static final RSAKey KEY = rsaKey();
    private static final int IDP_PORT = freePort();
    static final String ISSUER = "http://127.0.0.1:" + IDP_PORT + REALM;
    static final String JWK_SET_URI = ISSUER + "/protocol/openid-connect/certs";
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

    private final JwtIssuer gateway = new JwtIssuer(SECRET, Duration.ofMinutes(5));
    private AutoCloseable identityProvider = () -> { };

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
        String mongo = MONGO.bindAndGetConnectionString();
        registry.add("spring.mongodb.uri", () -> mongo);
        registry.add("spring.mongodb.database", () -> "unreachable-idp-test");
    }

    @AfterEach
    void stopIdentityProvider() throws Exception {
        identityProvider.close();
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Test
    void aStaffTokenIsAQuick503UntilTheIdentityProviderAnswersWhileTheGatewaysTokensPass() throws Exception {
        SecuredServiceClient service = new SecuredServiceClient(port, SECRET);
        String staff = staffToken();

        // Nothing listens on the identity provider's port: connection refused.
        assertUnavailable(service, staff);
        assertThat(service.get(WHOAMI, gateway.issue(Caller.hotlineClient("hotline-12345", "*"))).status())
                .isEqualTo(200);
        // A token that is bad on its face is still the caller's fault, whatever the identity provider's state.
        JsonNode malformed = service.assertProblem(service.get(WHOAMI, "not.a.jwt"), 401, "unauthorized", WHOAMI);
        assertThat(malformed.path("detail").asString()).isEqualTo(SecurityProblems.INVALID_TOKEN);

        // Connections accepted but never answered, as behind a policy that lets the handshake through.
        identityProvider = silentServer();
        assertUnavailable(service, staff);

        identityProvider.close();
        identityProvider = serving();
        Reply reply = service.get(WHOAMI, staff);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("role").asString()).isEqualTo("DISTRICT_OFFICER");
    }

    private static void assertUnavailable(SecuredServiceClient service, String token) {
        Instant start = Instant.now();
        Reply reply = service.get(WHOAMI, token);

        assertThat(Duration.between(start, Instant.now())).isLessThan(QUICKLY);
        JsonNode problem = service.assertProblem(reply, 503, "service-unavailable", WHOAMI);
        assertThat(reply.header("Retry-After")).isEqualTo("7");
        assertThat(problem.path("detail").asString()).isEqualTo(SecurityProblems.UNVERIFIABLE_TOKEN);
        assertThat(reply.body()).doesNotContain(ISSUER, "127.0.0.1", "Connection refused", "timed out");
    }

    private static String staffToken() throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("zhang.min")
                .claim("role", "DISTRICT_OFFICER").expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    /** The identity provider as Keycloak serves it: its discovery document and its keys. */
    private static AutoCloseable serving() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), IDP_PORT), 0);
        respond(server, REALM + "/.well-known/openid-configuration", () -> "{\"issuer\":\"" + ISSUER + "\","
                + "\"jwks_uri\":\"" + JWK_SET_URI + "\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}");
        respond(server, URI.create(JWK_SET_URI).getPath(), () -> new JWKSet(KEY.toPublicJWK()).toString());
        server.start();
        return () -> server.stop(0);
    }

    private static void respond(HttpServer server, String path, Supplier<String> json) {
        server.createContext(path, exchange -> {
            byte[] body = json.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    /** Listens but never accepts: the kernel completes the handshake, and no byte ever comes back. */
    private static AutoCloseable silentServer() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), IDP_PORT), 50);
        return socket;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("idp-rsa").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
