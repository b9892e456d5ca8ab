package io.estatewatch.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(2, 4, now::get);

    @Test
    void aBurstUpToTheCapacityPassesThenTheBucketRefillsAtTheRate() {
        for (int i = 0; i < 4; i++) {
            assertThat(allowed("a")).isTrue();
        }
        assertThat(allowed("a")).isFalse();

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(allowed("a")).isTrue();
        assertThat(allowed("a")).isFalse();

        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        for (int i = 0; i < 4; i++) {
            assertThat(allowed("a")).as("the bucket holds at most its capacity").isTrue();
        }
        assertThat(allowed("a")).isFalse();
    }

    @Test
    void eachClientHasItsOwnBucket() {
        for (int i = 0; i < 4; i++) {
            allowed("a");
        }
        assertThat(allowed("a")).isFalse();
        assertThat(allowed("b")).isTrue();
    }

    @Test
    void bucketsThatRefilledAreForgotten() {
        allowed("a");
        allowed("b");
        assertThat(limiter.bucketCount()).isEqualTo(2);

        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        limiter.sweep();

        assertThat(limiter.bucketCount()).isZero();
    }

    @Test
    void theResponseSaysWhatIsLeft() {
        var response = limiter.isAllowed("r", "a").block();

        assertThat(response.getHeaders()).containsEntry(RateLimitFilter.REMAINING_HEADER, "3")
                .containsEntry("X-RateLimit-Burst-Capacity", "4");
    }

    private boolean allowed(String client) {
        return limiter.isAllowed("r", client).block().isAllowed();
    }
}
