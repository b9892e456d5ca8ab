package io.estatewatch.servicekit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.estatewatch.servicekit.security.SecuredServiceClient.Reply;
import io.estatewatch.servicekit.security.sample.SecuredApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.estatewatch.servicekit.security.SecuredServiceClient.strings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that trusts both the identity provider (staff, e.g. Keycloak: RS256 or ES256 from its JWK set) and the
 * gateway (its own HS256 tokens for hotline API keys and anonymous callers, {@code iss} estatewatch-gateway): each
 * token is checked by its issuer's verifier alone, and a token that names one issuer but is signed the other's way is
 * refused. The identity provider's keys are served by a small HTTP server in the test.
 */
@SpringBootTest(classes = SecuredApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=two-issuers-test",
                "estatewatch.security.jwt.secret=" + GatewayAndIdentityProviderTokensTest.SECRET,
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + GatewayAndIdentityProviderTokensTest.IDP,
                "spring.security.oauth2.resourceserver.jwt.jws-algorithms=RS256,ES256",
                "spring.security.oauth2.resourceserver.jwt.audiences=" + GatewayAndIdentityProviderTokensTest.AUDIENCE,
                // Keycloak's readable name; the gateway's tokens still name their caller in 'sub'.
                "estatewatch.security.username-claim=preferred_username",
                "estatewatch.outbox.enabled=false",
                "logging.level.org.apache.kafka=WARN"
        })
class GatewayAndIdentityProviderTokensTest {

    static final String SECRET = "two-issuers-test-secret-0123456789abcdef";
    static final String IDP = "https://login.example.org/realms/estatewatch";
    static final String AUDIENCE = "estatewatch";
    private static final String WHOAMI = "/api/v1/whoami";

    private static final RSAKey IDP_RSA = rsaKey("idp-rsa");
    private static final ECKey IDP_EC = ecKey("idp-ec");
    private static final HttpServer JWKS =
            jwkSetServer(new JWKSet(List.of(IDP_RSA.toPublicJWK(), IDP_EC.toPublicJWK())));
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

    private final JwtIssuer gateway = new JwtIssuer(SECRET, Duration.ofMinutes(5));

    @LocalServerPort
    int port;

    private SecuredServiceClient service;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        String jwkSetUri = "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/certs";
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> jwkSetUri);
        String mongo = MONGO.bindAndGetConnectionString();
        registry.add("spring.mongodb.uri", () -> mongo);
        registry.add("spring.mongodb.database", () -> "two-issuers-test");
    }

    @AfterAll
    static void stop() {
        JWKS.stop(0);
        MONGO.shutdownNow();
    }

    @BeforeEach
    void connect() {
        service = new SecuredServiceClient(port, SECRET);
    }

    // ---- accepted -----------------------------------------------------------------------------------------------

    @Test
    void aHotlineTokenTheGatewayMintedIsAcceptedWithItsChannels() {
        Reply reply = service.get(WHOAMI, gateway.issue(Caller.hotlineClient("hotline-12345", "MAYOR_HOTLINE")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("username").asString()).isEqualTo("hotline-12345");
        assertThat(reply.json().path("role").asString()).isEqualTo("HOTLINE_CLIENT");
        assertThat(strings(reply.json().path("channels"))).containsExactly("MAYOR_HOTLINE");
    }

    @Test
    void aKeycloakStaffTokenSignedWithRs256IsAcceptedWithItsCaller() {
        String token = idpToken(JWSAlgorithm.RS256, claims -> claims.subject("f3a1c2d4-officer")
                .claim("preferred_username", "li.wei").claim("streets", List.of("Xinhua"))
                .claim("realm_access", Map.of("roles", List.of("offline_access", "street_officer"))));

        Reply reply = service.get(WHOAMI, token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("username").asString()).isEqualTo("li.wei");
        assertThat(reply.json().path("role").asString()).isEqualTo("STREET_OFFICER");
        assertThat(strings(reply.json().path("streets"))).containsExactly("Xinhua");
    }

    @Test
    void anIdentityProviderTokenSignedWithEs256IsAcceptedWhenTheAlgorithmIsConfigured() {
        String token = idpToken(JWSAlgorithm.ES256, claims -> claims.subject("e9b0-admin")
                .claim("preferred_username", "admin").claim("role", "DISTRICT_ADMIN"));

        Reply reply = service.get(WHOAMI, token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("role").asString()).isEqualTo("DISTRICT_ADMIN");
    }

    @Test
    void theSameCallerFromEitherIssuerReachesTheControllerAlike() {
        JsonNode fromGateway = service.get(WHOAMI, gateway.issue(Caller.companyUser("wang", "company-7"))).json();
        JsonNode fromIdentityProvider = service.get(WHOAMI, idpToken(JWSAlgorithm.RS256, claims -> claims
                .subject("0c1d-wang").claim("preferred_username", "wang").claim("companyId", "company-7")
                .claim("role", List.of("COMPANY_USER")))).json();

        assertThat(fromGateway.path("role").asString()).isEqualTo("COMPANY_USER");
        assertThat(fromIdentityProvider).isEqualTo(fromGateway);
    }

    // ---- one issuer's name, the other's signature ---------------------------------------------------------------

    @Test
    void aTokenSignedWithTheSharedSecretButNamingTheIdentityProviderIsRefused() {
        String token = hs256(SECRET.getBytes(StandardCharsets.UTF_8), staff(IDP));

        assertInvalidToken(service.get(WHOAMI, token));
    }

    @Test
    void aTokenMacSignedWithTheIdentityProvidersPublicKeyIsRefused() throws JOSEException {
        // The classic confusion: the public key, which anyone can fetch, used as an HMAC secret.
        byte[] publicKey = IDP_RSA.toRSAPublicKey().getEncoded();

        assertInvalidToken(service.get(WHOAMI, hs256(publicKey, staff(IDP))));
    }

    @Test
    void aTokenSignedByTheIdentityProviderButNamingTheGatewayIsRefused() {
        String token = sign(JWSAlgorithm.RS256, staff(JwtIssuer.GATEWAY_ISSUER).build());

        assertInvalidToken(service.get(WHOAMI, token));
    }

    @Test
    void anUnsignedTokenIsRefusedWhicheverIssuerItNames() {
        for (String issuer : List.of(JwtIssuer.GATEWAY_ISSUER, IDP)) {
            String unsigned = new PlainJWT(staff(issuer).build()).serialize();

            assertInvalidToken(service.get(WHOAMI, unsigned));
        }
    }

    // ---- issuers that are not trusted ---------------------------------------------------------------------------

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWithTheIdentityProvidersSignature() {
        String token = sign(JWSAlgorithm.RS256, staff("https://login.example.org/realms/other").build());

        assertInvalidToken(service.get(WHOAMI, token));
    }

    @Test
    void aTokenNamingNoIssuerIsRefusedEvenWithTheSharedSecretsSignature() {
        String token = hs256(SECRET.getBytes(StandardCharsets.UTF_8), staff(null));

        assertInvalidToken(service.get(WHOAMI, token));
    }

    // ---- each verifier's own checks -----------------------------------------------------------------------------

    @Test
    void anExpiredTokenIsRefusedFromEitherIssuer() {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        String expiredGateway = new JwtIssuer(SECRET, Duration.ofMinutes(5), twoHoursAgo)
                .issue(Caller.hotlineClient("hotline-12345", "*"));
        String expiredStaff = idpToken(JWSAlgorithm.RS256, claims -> claims.subject("admin")
                .claim("role", "DISTRICT_ADMIN").expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))));

        assertInvalidToken(service.get(WHOAMI, expiredGateway));
        assertInvalidToken(service.get(WHOAMI, expiredStaff));
    }

    @Test
    void aBadSignatureIsRefusedFromEitherIssuer() {
        String otherSecret = new JwtIssuer("another-secret-0123456789abcdef-xyz", Duration.ofMinutes(5))
                .issue(Caller.hotlineClient("hotline-12345", "*"));
        // Another key that claims to be the identity provider's: same key id, other key material.
        String otherKey = signWith(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(IDP_RSA.getKeyID()).build(),
                rsaSigner(rsaKey(IDP_RSA.getKeyID())), staff(IDP).build());

        assertInvalidToken(service.get(WHOAMI, otherSecret));
        assertInvalidToken(service.get(WHOAMI, otherKey));
    }

    @Test
    void theAudienceIsCheckedOnTheIdentityProvidersTokensOnly() {
        String forAnotherAudience = sign(JWSAlgorithm.RS256, staff(IDP).audience("another-app").build());

        assertInvalidToken(service.get(WHOAMI, forAnotherAudience));
        // The gateway's tokens carry no audience, and its verifier does not ask for one.
        assertThat(service.get(WHOAMI, gateway.issue(Caller.publicUser("anonymous"))).status()).isEqualTo(200);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void assertInvalidToken(Reply reply) {
        JsonNode problem = service.assertProblem(reply, 401, "unauthorized", WHOAMI);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(problem.path("detail").asString()).isEqualTo(SecurityProblems.INVALID_TOKEN);
    }

    /** A district admin's claims from {@code issuer} (none when null), for the audience, valid for five minutes. */
    private static JWTClaimsSet.Builder staff(String issuer) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(AUDIENCE).subject("admin")
                .claim("preferred_username", "admin").claim("role", "DISTRICT_ADMIN")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
    }

    /** A token as the identity provider issues it: its issuer, the audience, five minutes, then {@code claims}. */
    private static String idpToken(JWSAlgorithm algorithm, UnaryOperator<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(IDP).audience(AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        return sign(algorithm, claims.apply(builder).build());
    }

    /** Signed with the identity provider's RSA (RS256) or EC (ES256) key, with its key id. */
    private static String sign(JWSAlgorithm algorithm, JWTClaimsSet claims) {
        boolean rsa = JWSAlgorithm.RS256.equals(algorithm);
        try {
            JWSSigner signer = rsa ? rsaSigner(IDP_RSA) : new ECDSASigner(IDP_EC);
            String keyId = rsa ? IDP_RSA.getKeyID() : IDP_EC.getKeyID();
            return signWith(new JWSHeader.Builder(algorithm).keyID(keyId).build(), signer, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hs256(byte[] key, JWTClaimsSet.Builder claims) {
        try {
            return signWith(new JWSHeader(JWSAlgorithm.HS256), new MACSigner(key), claims.build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signWith(JWSHeader header, JWSSigner signer, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner rsaSigner(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ecKey(String keyId) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity provider's JWK set endpoint, as Keycloak's {@code .../protocol/openid-connect/certs}. */
    private static HttpServer jwkSetServer(JWKSet keys) {
        byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
