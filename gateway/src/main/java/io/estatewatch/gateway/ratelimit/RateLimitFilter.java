package io.estatewatch.gateway.ratelimit;

import io.estatewatch.gateway.security.Callers;
import io.estatewatch.gateway.web.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

/**
 * One budget per client across every route: per API key, per token subject, per address for callers without
 * credentials. Over budget → 429 problem+json with {@code Retry-After}. The buckets live in Redis (shared by the
 * replicas) or, locally, in this JVM; when Redis cannot be reached the request is let through, as Spring Cloud
 * Gateway's limiter does, rather than taking the whole API down with it.
 */
public final class RateLimitFilter implements GlobalFilter, Ordered {

    /** Runs first among the gateway filters: a refused request costs nothing further. */
    public static final int ORDER = -20;
    /** The limiter's "route id": one budget for all routes, so one name. */
    public static final String BUDGET = "estatewatch";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimiter<?> limiter;
    private final Duration retryAfter;

    public RateLimitFilter(RateLimiter<?> limiter, int replenishRate) {
        this.limiter = limiter;
        this.retryAfter = Duration.ofMillis((1000L + replenishRate - 1) / replenishRate);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return Callers.current()
                .map(caller -> caller.rateLimitKey(clientAddress(exchange)))
                .flatMap(key -> limiter.isAllowed(BUDGET, key))
                .flatMap(response -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    response.getHeaders().forEach(headers::set);
                    if (response.isAllowed()) {
                        return chain.filter(exchange);
                    }
                    return Problems.writeRetryLater(exchange, Problems.Kind.TOO_MANY_REQUESTS,
                            "Too many requests from this client. Retry after the number of seconds in Retry-After.",
                            retryAfter, Map.of());
                });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
