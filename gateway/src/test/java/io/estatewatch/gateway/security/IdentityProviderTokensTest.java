package io.estatewatch.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubBackend;
import io.estatewatch.gateway.support.StubServices;
import io.estatewatch.gateway.support.TestCredentials;
import io.estatewatch.gateway.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff tokens from the identity provider, checked at the door as every service checks them: Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} with the algorithms the realm signs with ({@code jws-algorithms})
 * and the audience the tokens are for ({@code audiences}).
 */
class IdentityProviderTokensTest extends GatewayTestSupport {

    private static final TestIdentityProvider REALM = new TestIdentityProvider().serving();

    private final StubBackend filing = StubServices.of(Service.FILING);

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", REALM::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", REALM::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.jws-algorithms", () -> "ES256");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIdentityProvider.AUDIENCE);
    }

    @AfterAll
    static void stopIdentityProvider() {
        REALM.close();
    }

    @Test
    void anEs256StaffTokenIsAcceptedWhenTheRealmSignsWithEs256AndForwardedUnchanged() {
        String token = REALM.token(JWSAlgorithm.ES256, claims -> claims);

        client.get().uri("/api/v1/estates?street=Xinhua")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk();

        assertThat(filing.last().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        assertRefused(REALM.token(JWSAlgorithm.ES256, claims -> claims.audience("another-app")));
        assertRefused(REALM.token(JWSAlgorithm.ES256, claims -> claims.audience((String) null)));
    }

    @Test
    void aTokenNamingAnotherIssuerIsRefusedEvenSignedWithTheRealmsKey() {
        assertRefused(REALM.token(JWSAlgorithm.ES256, claims -> claims.issuer("https://idp.example/realms/elsewhere")));
        assertRefused(REALM.token(JWSAlgorithm.ES256, claims -> claims.issuer(null)));
    }

    @Test
    void aTokenSignedWithAnAlgorithmTheRealmDoesNotUseIsRefusedEvenWithItsKey() {
        assertRefused(REALM.token(JWSAlgorithm.RS256, claims -> claims));
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
}
