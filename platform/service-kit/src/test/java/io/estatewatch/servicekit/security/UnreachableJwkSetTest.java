package io.estatewatch.servicekit.security;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same outage with the keys' address configured too ({@code jwk-set-uri}, e.g. Keycloak's in-cluster Service), so
 * that no discovery document is fetched: the keys alone cannot be fetched, and that is a 503 just the same.
 */
class UnreachableJwkSetTest extends UnreachableIdentityProviderTest {

    @DynamicPropertySource
    static void jwkSetUri(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> JWK_SET_URI);
    }
}
