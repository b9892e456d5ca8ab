package io.estatewatch.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubBackend;
import io.estatewatch.gateway.support.StubServices;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff tokens from the identity provider, checked at the door as every service checks them: Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} with the algorithms the realm signs with ({@code jws-algorithms})
 * and the audience the tokens are for ({@code audiences}). The identity provider's keys are served by a small HTTP
 * server in the test.
 */
@TestPropertySource(properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + IdentityProviderTokensTest.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.jws-algorithms=ES256",
        "spring.security.oauth2.resourceserver.jwt.audiences=" + IdentityProviderTokensTest.AUDIENCE})
class IdentityProviderTokensTest extends GatewayTestSupport {

    static final String ISSUER = "https://login.example.org/realms/estatewatch";
    static final String AUDIENCE = "estatewatch";

    private static final ECKey EC = ecKey();
    private static final RSAKey RSA = rsaKey();
    private static final HttpServer JWKS = jwkSetServer(new JWKSet(List.of(EC.toPublicJWK(), RSA.toPublicJWK())));

    private final StubBackend filing = StubServices.of(Service.FILING);

    @DynamicPropertySource
    static void identityProvidersKeys(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stopJwkSet() {
        JWKS.stop(0);
    }

    @Test
    void anEs256StaffTokenIsAcceptedWhenTheRealmSignsWithEs256AndForwardedUnchanged() {
        String token = staffToken(JWSAlgorithm.ES256, claims -> claims);

        client.get().uri("/api/v1/estates?street=Xinhua")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk();

        assertThat(filing.last().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        assertRefused(staffToken(JWSAlgorithm.ES256, claims -> claims.audience("another-app")));
        assertRefused(staffToken(JWSAlgorithm.ES256, claims -> claims.audience((String) null)));
    }

    @Test
    void aTokenSignedWithAnAlgorithmTheRealmDoesNotUseIsRefusedEvenWithItsKey() {
        assertRefused(staffToken(JWSAlgorithm.RS256, claims -> claims));
    }

    @Test
    void aTokenSignedWithTheSharedSecretIsNoStaffTokenHere() {
        // The secret signs what the gateway forwards; a caller who holds one may not sign itself in with it.
        assertRefused(TestCredentials.tokenFor(Role.DISTRICT_ADMIN));
    }

    private void assertRefused(String token) {
        client.get().uri("/api/v1/estates?street=Xinhua")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://estatewatch.io/problems/unauthorized");
        assertThat(filing.received()).isEmpty();
    }

    /** A district officer's token as the realm issues it (issuer, audience, five minutes), then {@code claims}. */
    private static String staffToken(JWSAlgorithm algorithm, UnaryOperator<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .subject("zhang.min").claim("role", "DISTRICT_OFFICER")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        boolean ec = JWSAlgorithm.ES256.equals(algorithm);
        try {
            JWSSigner signer = ec ? new ECDSASigner(EC) : new RSASSASigner(RSA);
            JWSHeader header = new JWSHeader.Builder(algorithm).keyID(ec ? EC.getKeyID() : RSA.getKeyID()).build();
            SignedJWT jwt = new SignedJWT(header, claims.apply(builder).build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("realm-ec").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("realm-rsa").generate();
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
