package io.estatewatch.gateway.ratelimit;

import io.estatewatch.gateway.GatewayProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which limiter counts: {@code estatewatch.gateway.rate-limit.store=redis} (the default; Spring Cloud Gateway's
 * RedisRateLimiter, wired to Boot's reactive Redis template and the gateway's token-bucket script) or
 * {@code in-process} (the local profile).
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    private static final String STORE = "estatewatch.gateway.rate-limit.store";

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "redis", matchIfMissing = true)
    RedisRateLimiter redisRateLimiter(GatewayProperties properties) {
        GatewayProperties.RateLimit limit = properties.rateLimit();
        // Receives the Redis template and script from the context (ApplicationContextAware).
        return new RedisRateLimiter(limit.replenishRate(), limit.burstCapacity(), 1);
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "redis", matchIfMissing = true)
    RateLimitFilter redisRateLimitFilter(RedisRateLimiter limiter, GatewayProperties properties) {
        return new RateLimitFilter(limiter, properties.rateLimit().replenishRate());
    }

    @Bean
    @ConditionalOnProperty(name = STORE, havingValue = "in-process")
    RateLimitFilter inProcessRateLimitFilter(GatewayProperties properties) {
        GatewayProperties.RateLimit limit = properties.rateLimit();
        return new RateLimitFilter(new InProcessRateLimiter(limit.replenishRate(), limit.burstCapacity()),
                limit.replenishRate());
    }
}
