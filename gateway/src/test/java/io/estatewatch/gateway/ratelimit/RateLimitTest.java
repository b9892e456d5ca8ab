package io.estatewatch.gateway.ratelimit;

import io.estatewatch.gateway.security.ApiKeyAuthentication;
import io.estatewatch.gateway.security.Role;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.List;
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

        // Ten at once: at most the burst of 3, plus one per second they take, may pass.
        List<EntityExchangeResult<String>> results = Flux.range(0, 10)
                .flatMap(i -> Mono.fromCallable(() -> get(h -> h.setBearerAuth(greedy)))
                        .subscribeOn(Schedulers.boundedElastic()), 10)
                .collectList().block(Duration.ofSeconds(30));
        EntityExchangeResult<String> refused = results.stream()
                .filter(result -> result.getStatus().value() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 among ten simultaneous requests"));
        assertThat(results.stream().filter(result -> result.getStatus().value() == 200).count()).isGreaterThanOrEqualTo(3);
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("https://estatewatch.io/problems/too-many-requests");

        assertThat(get(h -> h.setBearerAuth(patient)).getStatus().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(get(h -> h.setBearerAuth(greedy)).getStatus().value()).isEqualTo(200));
    }

    @Test
    void anApiKeyHasOneBudgetWhateverItCalls() {
        Consumer<HttpHeaders> key = h -> h.set(ApiKeyAuthentication.HEADER, TestCredentials.HOTLINE_KEY);
        long started = System.nanoTime();
        List<Integer> statuses = Flux.range(0, 10)
                .flatMap(i -> Mono.fromCallable(() -> client.get()
                                .uri(i % 2 == 0 ? "/api/v1/complaints/c-" + i : "/open311/v2/services.json")
                                .headers(key).exchange().returnResult(Void.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()), 10)
                .collectList().block(Duration.ofSeconds(30));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        assertThat(statuses.stream().filter(status -> status == 200).count())
                .as("the burst of 3 plus one a second, over both routes together")
                .isLessThanOrEqualTo(3 + seconds + 1);
        assertThat(statuses).contains(429);
    }

    private EntityExchangeResult<String> get(Consumer<HttpHeaders> credentials) {
        return client.get().uri("/api/v1/estates").headers(credentials).exchange().expectBody(String.class).returnResult();
    }
}
