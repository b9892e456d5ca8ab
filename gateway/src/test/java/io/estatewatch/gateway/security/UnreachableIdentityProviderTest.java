package io.estatewatch.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubServices;
import io.estatewatch.gateway.support.TestCredentials;
import io.estatewatch.gateway.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity provider out of reach of the gateway (down, or a network policy that drops its traffic): a staff token
 * cannot be checked, which is the gateway's trouble and passes, so it is a quick 503 with {@code Retry-After}, never a
 * 500 and never a 401 that would send staff to sign in again. Hotline keys do not need the identity provider and pass
 * meanwhile; once it answers, staff tokens pass too. Configured as production is: the issuer alone, its keys found
 * through its discovery document at the first staff token.
 */
class UnreachableIdentityProviderTest extends GatewayTestSupport {

    private static final TestIdentityProvider REALM = new TestIdentityProvider();
    /** Well above the identity provider client's timeouts, well below what a caller would wait for. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", REALM::issuer);
    }

    @AfterAll
    static void stopIdentityProvider() {
        REALM.close();
    }

    @Test
    void aStaffTokenIsAQuick503UntilTheIdentityProviderAnswersWhileHotlineKeysPass() {
        String staff = REALM.token(JWSAlgorithm.ES256, claims -> claims);

        // Nothing listens on the identity provider's port: connection refused.
        assertUnavailable(staff);
        client.post().uri("/api/v1/complaints")
                .header(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"channel\":\"MAYOR_HOTLINE\",\"externalId\":\"12345-1\"}")
                .exchange()
                .expectStatus().isOk();
        // A token that is bad on its face is still the caller's fault, whatever the identity provider's state.
        get("not.a.jwt").expectStatus().isUnauthorized();

        REALM.silent();
        assertUnavailable(staff);

        REALM.serving();
        get(staff).expectStatus().isOk();
        assertThat(StubServices.of(Service.FILING).last().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + staff);
    }

    private void assertUnavailable(String token) {
        Instant start = Instant.now();
        WebTestClient.ResponseSpec reply = get(token);

        assertThat(Duration.between(start, Instant.now())).isLessThan(QUICKLY);
        reply.expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://estatewatch.io/problems/service-unavailable")
                .jsonPath("$.detail").isEqualTo(ProblemSecurityHandlers.UNVERIFIABLE_TOKEN);
        assertThat(StubServices.of(Service.FILING).received()).isEmpty();
    }

    private WebTestClient.ResponseSpec get(String token) {
        return client.get().uri("/api/v1/estates?street=Xinhua")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange();
    }
}
