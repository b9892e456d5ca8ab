package io.estatewatch.gateway.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Every error the gateway answers itself becomes problem+json. A service that cannot be reached, does not answer
 * within its timeout, or whose circuit breaker is open is a 503 with {@code Retry-After}; no exception text reaches
 * the client.
 */
public final class ProblemExceptionHandler implements WebExceptionHandler {

    /** Before Boot's own error handler (-1). */
    public static final int ORDER = -2;

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final int MAX_CAUSES = 16;

    private final Duration retryAfter;

    public ProblemExceptionHandler(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (has(error, DataBufferLimitException.class)) {
            return Problems.write(exchange, Problems.Kind.PAYLOAD_TOO_LARGE, "The request body is too large.");
        }
        if (isRouted(exchange) && isUnavailable(error)) {
            log.warn("{} {}: service unavailable ({})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), rootCause(error).toString());
            return Problems.writeRetryLater(exchange, Problems.Kind.SERVICE_UNAVAILABLE,
                    "The service behind this path is unavailable. Retry after the number of seconds in Retry-After.",
                    retryAfter, Map.of());
        }
        if (error instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            Problems.Kind kind = Problems.Kind.forStatus(status.getStatusCode().value());
            exchange.getResponse().getHeaders().putAll(status.getHeaders());
            String detail = kind == Problems.Kind.NOT_FOUND ? "No route or resource at this path."
                    : status.getReason() != null ? status.getReason() : kind.status().getReasonPhrase();
            return Problems.write(exchange, kind, detail);
        }
        log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
        return Problems.write(exchange, Problems.Kind.INTERNAL_ERROR,
                "An unexpected error occurred. Quote the correlationId when you report it.");
    }

    private static boolean isRouted(ServerWebExchange exchange) {
        return exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) != null;
    }

    /** The breaker is open (Spring Cloud Gateway says so with its own exception), the call timed out, the connection failed or broke, or the gateway said 502/503/504. */
    static boolean isUnavailable(Throwable error) {
        if (has(error, CallNotPermittedException.class) || has(error, ServiceUnavailableException.class)
                || has(error, TimeoutException.class) || has(error, IOException.class)) {
            return true;
        }
        for (Throwable cause : chain(error)) {
            if (cause instanceof ResponseStatusException status) {
                int code = status.getStatusCode().value();
                if (code == 502 || code == 503 || code == 504) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean has(Throwable error, Class<? extends Throwable> type) {
        return chain(error).stream().anyMatch(type::isInstance);
    }

    private static Throwable rootCause(Throwable error) {
        List<Throwable> causes = chain(error);
        return causes.get(causes.size() - 1);
    }

    /** The error and its causes, outermost first, without looping on a cyclic chain. */
    private static List<Throwable> chain(Throwable error) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = error; cause != null && causes.size() < MAX_CAUSES && seen.add(cause);
             cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
