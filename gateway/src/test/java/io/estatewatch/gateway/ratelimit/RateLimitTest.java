package io.estatewatch.gateway.ratelimit;

import io.estatewatch.gateway.security.ApiKeyAuthentication;
import io.estatewatch.gateway.security.Role;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The in-process limiter of the local profile: 3 requests at once per client, then one a second. */
@TestPropertySource(properties = {
        "estatewatch.gateway.rate-limit.replenish-rate=1",
        "estatewatch.gateway.rate-limit.burst-capacity=3"})
class RateLimitTest extends GatewayTestSupport {

    @Test
    void aClientOverItsBudgetGets429WithRetryAfterAndOthersAreNotAffected() {
        String greedy = TestCredentials.tokenFor(Role.DISTRICT_OFFICER, "greedy-officer");
        String patient = TestCredentials.tokenFor(Role.DISTRICT_OFFICER, "patient-officer");

        for (int i = 0; i < 3; i++) {
            status(h -> h.setBearerAuth(greedy), 200);
        }
        client.get().uri("/api/v1/estates").headers(h -> h.setBearerAuth(greedy)).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectHeader().valueEquals(RateLimitFilter.REMAINING_HEADER, "0")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://estatewatch.io/problems/too-many-requests");

        status(h -> h.setBearerAuth(patient), 200);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> status(h -> h.setBearerAuth(greedy), 200));
    }

    @Test
    void anApiKeyHasOneBudgetWhateverItCalls() {
        Consumer<HttpHeaders> key = h -> h.set(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY);
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            String path = i % 2 == 0 ? "/api/v1/complaints/c-" + i : "/open311/v2/services.json";
            if (client.get().uri(path).headers(key).exchange().returnResult(Void.class).getStatus().value() == 429) {
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(2);
    }

    private void status(Consumer<HttpHeaders> credentials, int expected) {
        client.get().uri("/api/v1/estates").headers(credentials).exchange().expectStatus().isEqualTo(expected);
    }
}
