package io.estatewatch.gateway;

import io.estatewatch.gateway.route.Service;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code estatewatch.gateway.*}: where the services are and how the gateway protects them.
 *
 * @param services               per service name ({@code complaint-service}, …): its address and timeout
 * @param maxBodySize            the largest request body let through (413 above), counted as it streams in
 * @param rateLimit              the per-client token bucket
 * @param resilience             the circuit breakers and retries, the same for every service
 * @param apiKeys                hotline API keys by name: the key's SHA-256 and the channels it may push on
 * @param forwardedTokenLifetime how long the tokens the gateway mints for API key and anonymous callers live
 * @param cors                   the origins (the dashboard's) allowed to call from a browser
 * @param headers                response security headers
 * @param devToken               the local profile's dev token endpoint
 */
@ConfigurationProperties("estatewatch.gateway")
public record GatewayProperties(@DefaultValue Map<String, Backend> services,
                                @DefaultValue("64KB") DataSize maxBodySize,
                                @DefaultValue RateLimit rateLimit,
                                @DefaultValue Resilience resilience,
                                @DefaultValue Map<String, ApiKey> apiKeys,
                                @DefaultValue("60s") Duration forwardedTokenLifetime,
                                @DefaultValue Cors cors,
                                @DefaultValue Headers headers,
                                @DefaultValue DevToken devToken) {

    public GatewayProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
        for (String name : services.keySet()) {
            if (Arrays.stream(Service.values()).noneMatch(s -> s.serviceName().equals(name))) {
                throw new IllegalArgumentException("estatewatch.gateway.services." + name + " names no service; known: "
                        + Arrays.stream(Service.values()).map(Service::serviceName).toList());
            }
        }
    }

    /** Each service's address and timeout, configured or defaulted (the local platform's ports, 10 s). */
    public Map<Service, Backend> backends() {
        Map<Service, Backend> backends = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Backend configured = services.get(service.serviceName());
            URI uri = configured == null || configured.uri() == null
                    ? URI.create("http://localhost:" + service.localPort()) : configured.uri();
            Duration timeout = configured == null || configured.timeout() == null
                    ? Backend.DEFAULT_TIMEOUT : configured.timeout();
            backends.put(service, new Backend(uri, timeout));
        }
        return backends;
    }

    /**
     * @param uri     the service's base address ({@code http://complaint-service:8080} on Kubernetes)
     * @param timeout how long a call may take, retries included, before the client gets 503
     */
    public record Backend(URI uri, Duration timeout) {
        static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    }

    /**
     * @param store          {@code redis} (shared by every gateway replica: Spring Cloud Gateway's RedisRateLimiter
     *                       on {@code spring.data.redis.*}) or {@code in-process} (one JVM: the local platform)
     * @param replenishRate  tokens added to a client's bucket per second
     * @param burstCapacity  the bucket's size: how many requests a client may send at once
     */
    public record RateLimit(@DefaultValue("redis") Store store,
                            @DefaultValue("20") int replenishRate,
                            @DefaultValue("40") int burstCapacity) {

        public RateLimit {
            if (replenishRate < 1 || burstCapacity < replenishRate) {
                throw new IllegalArgumentException(
                        "estatewatch.gateway.rate-limit needs replenish-rate >= 1 and burst-capacity >= replenish-rate");
            }
        }

        public enum Store { REDIS, IN_PROCESS }
    }

    /**
     * @param failureRateThreshold        percentage of failed calls that opens a service's breaker
     * @param slidingWindowSize           how many recent calls the rate is computed over
     * @param minimumNumberOfCalls        calls needed before the rate counts
     * @param waitDurationInOpenState     how long an open breaker refuses calls before it tries again; also the
     *                                    Retry-After of a 503
     * @param permittedCallsInHalfOpenState trial calls that decide whether the breaker closes again
     * @param retries                     extra attempts for a GET whose connection failed or that got 502/503
     * @param retryBackoff                the first pause between attempts (doubled each time)
     */
    public record Resilience(@DefaultValue("50") float failureRateThreshold,
                             @DefaultValue("20") int slidingWindowSize,
                             @DefaultValue("10") int minimumNumberOfCalls,
                             @DefaultValue("10s") Duration waitDurationInOpenState,
                             @DefaultValue("3") int permittedCallsInHalfOpenState,
                             @DefaultValue("2") int retries,
                             @DefaultValue("100ms") Duration retryBackoff) {
    }

    /**
     * @param sha256   the hex SHA-256 of the key ({@code printf %s "$KEY" | sha256sum}); the key itself is never
     *                 configured
     * @param channels the complaint channels it may push on ({@code *} for all)
     */
    public record ApiKey(String sha256, @DefaultValue List<String> channels) {
    }

    /** @param allowedOrigins browser origins allowed to call the API (the dashboard's), none by default */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param hsts             send Strict-Transport-Security (production, where the gateway is reached over TLS)
     * @param dashboardPolicy  the Content-Security-Policy of the dashboard pages
     */
    public record Headers(@DefaultValue("false") boolean hsts,
                          @DefaultValue("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                  + "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                                  + "frame-ancestors 'none'; base-uri 'self'") String dashboardPolicy) {
    }

    /** @param lifetime how long a dev token lives (local profile only) */
    public record DevToken(@DefaultValue("12h") Duration lifetime) {
        public static final String PATH = "/auth/dev-token";
    }
}
