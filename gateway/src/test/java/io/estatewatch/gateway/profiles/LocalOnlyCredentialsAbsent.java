package io.estatewatch.gateway.profiles;

import io.estatewatch.gateway.GatewayProperties;
import io.estatewatch.gateway.security.ApiKeyAuthentication;
import io.estatewatch.gateway.security.DevTokenConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold in every profile but {@code local}: no dev tokens, no demo key. */
abstract class LocalOnlyCredentialsAbsent {

    /** The demo key of api.md. */
    static final String DEMO_KEY = "local-hotline-key";

    @Autowired
    protected WebTestClient client;

    @Autowired
    protected ApplicationContext context;

    @Test
    void thereIsNoDevTokenEndpoint() {
        assertThat(context.getBeanNamesForType(DevTokenConfiguration.class)).isEmpty();
        client.post().uri(GatewayProperties.DevToken.PATH).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin\",\"role\":\"DISTRICT_ADMIN\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.token").doesNotExist();
    }

    @Test
    void theDemoKeyOpensNothing() {
        client.get().uri("/api/v1/complaints/c-1").header(ApiKeyAuthentication.HEADER, DEMO_KEY)
                .exchange()
                .expectStatus().isUnauthorized();
        client.post().uri("/api/v1/complaints").header(ApiKeyAuthentication.HEADER, DEMO_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"channel\":\"MAYOR_HOTLINE\"}")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    void assertRedisLimiter() {
        assertThat(context.getBeansOfType(RedisRateLimiter.class)).hasSize(1);
    }
}
