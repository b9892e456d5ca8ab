package io.estatewatch.gateway.resilience;

import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.security.Role;
import io.estatewatch.gateway.support.StubBackend;
import io.estatewatch.gateway.support.StubServices;
import io.estatewatch.gateway.support.TestCredentials;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that is down or hangs costs the client at most its timeout and gives a 503 problem with Retry-After;
 * after a few failures the breaker opens and answers at once without trying; once the service is back the breaker
 * lets a trial call through and closes. Each test uses a service of its own, with its own stub and breaker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "estatewatch.gateway.rate-limit.store=in-process",
        "estatewatch.gateway.rate-limit.replenish-rate=10000",
        "estatewatch.gateway.rate-limit.burst-capacity=100000",
        "estatewatch.gateway.services.renovation-service.timeout=1s",
        "estatewatch.gateway.services.assessment-service.timeout=1s",
        "estatewatch.gateway.resilience.sliding-window-size=4",
        "estatewatch.gateway.resilience.minimum-number-of-calls=4",
        "estatewatch.gateway.resilience.failure-rate-threshold=50",
        "estatewatch.gateway.resilience.wait-duration-in-open-state=2s",
        "estatewatch.gateway.resilience.permitted-calls-in-half-open-state=1",
        "estatewatch.gateway.resilience.retries=1",
        "estatewatch.gateway.resilience.retry-backoff=10ms"})
@AutoConfigureWebTestClient(timeout = "PT30S") // a cold first request on a busy CI machine can take over the default 5 s
class CircuitBreakerTest {

    private static final StubBackend RENOVATION = StubBackend.start("renovation-service");
    private static final StubBackend ASSESSMENT = StubBackend.start("assessment-service");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final String admin = TestCredentials.tokenFor(Role.DISTRICT_ADMIN);

    @Autowired
    private WebTestClient client;

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory breakers;

    @DynamicPropertySource
    static void ownStubs(DynamicPropertyRegistry registry) {
        StubServices.register(registry, Map.of(Service.RENOVATION, RENOVATION, Service.ASSESSMENT, ASSESSMENT));
        TestCredentials.register(registry);
    }

    /** The first request through a fresh gateway pays for class loading and connection pools: not the timeout's doing. */
    @BeforeEach
    void warmUp() {
        client.get().uri("/api/v1/filings").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk();
    }

    @AfterAll
    static void stopStubs() {
        RENOVATION.close();
        ASSESSMENT.close();
    }

    @Test
    void aServiceThatIsDownGives503ThenTheBreakerOpensAndClosesWhenItIsBack() {
        RENOVATION.down();
        for (int i = 0; i < 4; i++) {
            long started = System.nanoTime();
            expectUnavailable(client.get().uri("/api/v1/renovation/projects").headers(h -> h.setBearerAuth(admin)).exchange());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plusMillis(2000));
        }
        assertThat(breaker("renovation-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);

        RENOVATION.up();
        RENOVATION.forget();
        expectUnavailable(client.get().uri("/api/v1/renovation/projects").headers(h -> h.setBearerAuth(admin)).exchange())
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "2");
        assertThat(RENOVATION.received()).as("an open breaker does not call the service").isEmpty();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                client.get().uri("/api/v1/renovation/projects").headers(h -> h.setBearerAuth(admin)).exchange()
                        .expectStatus().isOk());
        assertThat(breaker("renovation-service").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatHangsGives503WithinItsTimeoutForReadsAndWrites() {
        ASSESSMENT.hang();
        try {
            for (var request : new WebTestClient.RequestHeadersSpec<?>[]{
                    client.get().uri("/api/v1/assessment/supplies").headers(h -> h.setBearerAuth(admin)),
                    client.post().uri("/api/v1/assessment/supplies").headers(h -> h.setBearerAuth(admin))
                            .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"item\":\"MASK\"}")}) {
                long started = System.nanoTime();
                expectUnavailable(request.exchange());
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                assertThat(took).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(100)).isLessThan(TIMEOUT.plusMillis(2000));
            }
        } finally {
            ASSESSMENT.answer();
        }
        assertThat(ASSESSMENT.received()).as("a timed-out call is not retried").hasSize(2);
    }

    @Test
    void onlyReadsAreRetried() {
        StubBackend reporting = StubServices.of(Service.REPORTING);
        reporting.respondWith(503);
        try {
            reporting.forget();
            client.get().uri("/api/v1/reports/summary").headers(h -> h.setBearerAuth(admin)).exchange()
                    .expectStatus().isEqualTo(503);
            assertThat(reporting.received()).as("a GET answered 503 is tried again").hasSize(2);

            reporting.forget();
            client.post().uri("/api/v1/admin/projections/complaints/rebuild").headers(h -> h.setBearerAuth(admin))
                    .exchange()
                    .expectStatus().isEqualTo(503);
            assertThat(reporting.received()).as("a POST is never repeated by the gateway").hasSize(1);
        } finally {
            reporting.respondWith(200);
        }
    }

    private WebTestClient.ResponseSpec expectUnavailable(WebTestClient.ResponseSpec response) {
        response.expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://estatewatch.io/problems/service-unavailable");
        return response;
    }

    private CircuitBreaker breaker(String name) {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(name);
    }
}
