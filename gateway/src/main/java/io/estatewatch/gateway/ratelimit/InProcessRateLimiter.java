package io.estatewatch.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client in this JVM, for the local platform where one gateway runs and there is no Redis: the
 * same algorithm and response headers as Spring Cloud Gateway's {@code RedisRateLimiter}, which production uses so
 * that every replica shares the buckets. Idle full buckets are forgotten. Thread-safe.
 */
public final class InProcessRateLimiter implements RateLimiter<InProcessRateLimiter.Config> {

    private static final long SWEEP_EVERY_CALLS = 10_000;

    private final Config config;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final Map<String, Config> routeConfigs = new HashMap<>();

    public InProcessRateLimiter(int replenishRate, int burstCapacity) {
        this(replenishRate, burstCapacity, System::nanoTime);
    }

    /** With a clock of its own, for tests. */
    public InProcessRateLimiter(int replenishRate, int burstCapacity, LongSupplier nanoTime) {
        this.config = new Config(replenishRate, burstCapacity);
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        if (calls.incrementAndGet() % SWEEP_EVERY_CALLS == 0) {
            sweep();
        }
        Bucket bucket = buckets.computeIfAbsent(routeId + "." + id, key -> new Bucket(config.burstCapacity, nanoTime.getAsLong()));
        long remaining = bucket.take(config, nanoTime.getAsLong());
        return Mono.just(new Response(remaining >= 0, headers(Math.max(remaining, 0))));
    }

    /** Forgets buckets that have refilled completely: they are what a new bucket would be. */
    void sweep() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(config, now));
    }

    int bucketCount() {
        return buckets.size();
    }

    private Map<String, String> headers(long remaining) {
        return Map.of(RateLimitFilter.REMAINING_HEADER, Long.toString(remaining),
                "X-RateLimit-Replenish-Rate", Integer.toString(config.replenishRate),
                "X-RateLimit-Burst-Capacity", Integer.toString(config.burstCapacity),
                "X-RateLimit-Requested-Tokens", "1");
    }

    @Override
    public Map<String, Config> getConfig() {
        return routeConfigs;
    }

    @Override
    public Class<Config> getConfigClass() {
        return Config.class;
    }

    @Override
    public Config newConfig() {
        return new Config(config.replenishRate, config.burstCapacity);
    }

    /** Tokens per second and bucket size. */
    public record Config(int replenishRate, int burstCapacity) {
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        /** Takes one token; the tokens left, or -1 when there was none. */
        synchronized long take(Config config, long now) {
            refill(config, now);
            if (tokens < 1) {
                return -1;
            }
            tokens -= 1;
            return (long) Math.floor(tokens);
        }

        synchronized boolean isFull(Config config, long now) {
            refill(config, now);
            return tokens >= config.burstCapacity;
        }

        private void refill(Config config, long now) {
            long elapsed = Math.max(0, now - updatedAt);
            tokens = Math.min(config.burstCapacity, tokens + elapsed * config.replenishRate / (double) Duration.ofSeconds(1).toNanos());
            updatedAt = now;
        }
    }
}
