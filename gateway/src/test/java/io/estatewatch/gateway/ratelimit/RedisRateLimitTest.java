package io.estatewatch.gateway.ratelimit;

import io.estatewatch.gateway.security.Role;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.TestCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production limiter against a real Redis: {@code ESTATEWATCH_TEST_REDIS=host:port} (system property or
 * environment; CI starts Debian's redis-server and sets it). Without it this class is skipped, and says why.
 */
@TestPropertySource(properties = {
        "estatewatch.gateway.rate-limit.store=redis",
        "estatewatch.gateway.rate-limit.replenish-rate=1",
        "estatewatch.gateway.rate-limit.burst-capacity=3"})
@ExtendWith(RedisRateLimitTest.RedisIsNamed.class)
class RedisRateLimitTest extends GatewayTestSupport {

    private static final String ADDRESS_SETTING = "ESTATEWATCH_TEST_REDIS";

    @Autowired
    private ReactiveStringRedisTemplate redis;

    @Autowired
    private ApplicationContext context;

    /** Skips the class, saying why, when no Redis is named. */
    static final class RedisIsNamed implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return address() != null ? ConditionEvaluationResult.enabled("Redis at " + address())
                    : ConditionEvaluationResult.disabled(ADDRESS_SETTING + " is not set: the Redis rate limiter is "
                    + "not tested. Start a redis-server and set " + ADDRESS_SETTING + "=localhost:6379 to test it.");
        }
    }

    @DynamicPropertySource
    static void redisAddress(DynamicPropertyRegistry registry) {
        String address = address();
        if (address != null) {
            int colon = address.lastIndexOf(':');
            registry.add("spring.data.redis.host", () -> colon < 0 ? address : address.substring(0, colon));
            registry.add("spring.data.redis.port", () -> colon < 0 ? "6379" : address.substring(colon + 1));
        }
    }

    @Test
    void aClientOverItsBudgetGets429AndTheBudgetLivesInRedisForEveryReplica() {
        String name = "officer-" + UUID.randomUUID();
        String token = TestCredentials.tokenFor(Role.DISTRICT_OFFICER, name);
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/v1/estates").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
        }
        // Redis' clock counts whole seconds: a second that turns adds a token, so a few more may pass first.
        WebTestClient.ResponseSpec refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            WebTestClient.ResponseSpec response = client.get().uri("/api/v1/estates")
                    .headers(h -> h.setBearerAuth(token)).exchange();
            if (response.returnResult(Void.class).getStatus().value() == 429) {
                refused = response;
            }
        }
        assertThat(refused).as("a 429 within 13 requests at one a second").isNotNull();
        refused.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        String key = "sub:" + name;
        assertThat(redis.hasKey("request_rate_limiter.{" + RateLimitFilter.BUDGET + "." + key + "}.tokens").block())
                .isTrue();
        RedisRateLimiter anotherReplica = new RedisRateLimiter(1, 3, 1);
        anotherReplica.setApplicationContext(context);
        assertThat(anotherReplica.isAllowed(RateLimitFilter.BUDGET, key).block().getHeaders())
                .as("another gateway replica finds the budget spent, not a fresh bucket of 3")
                .containsEntry(RateLimitFilter.REMAINING_HEADER, "0");
    }

    private static String address() {
        String property = System.getProperty(ADDRESS_SETTING);
        String address = property != null && !property.isBlank() ? property : System.getenv(ADDRESS_SETTING);
        return address == null || address.isBlank() ? null : address.trim();
    }
}
