package io.estatewatch.gateway.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes RFC 9457 problem responses with the same {@code type} URIs the services use
 * ({@code https://estatewatch.io/problems/<slug>}), the request path as {@code instance} and the correlation id.
 */
public final class Problems {

    /** Every type URI starts with this, as in the services. */
    public static final String TYPE_BASE = "https://estatewatch.io/problems/";

    private static final JsonMapper JSON = JsonMapper.shared();

    private Problems() {
    }

    /** The kinds of problem the gateway itself answers with. */
    public enum Kind {
        BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request", "Bad request"),
        UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized"),
        FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Resource not found"),
        METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
        PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large"),
        TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
        INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
        SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable");

        private final HttpStatus status;
        private final String slug;
        private final String title;

        Kind(HttpStatus status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public HttpStatus status() {
            return status;
        }

        /** The kind for a status the gateway has no specific kind for: the nearest one. */
        public static Kind forStatus(int status) {
            for (Kind kind : values()) {
                if (kind.status.value() == status) {
                    return kind;
                }
            }
            return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        }
    }

    /** Writes the problem; {@code extra} members follow the standard ones. */
    public static Mono<Void> write(ServerWebExchange exchange, Kind kind, String detail, Map<String, Object> extra) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = JSON.writeValueAsBytes(body(exchange, kind, detail, extra));
        response.setStatusCode(kind.status);
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    /** The problem's members, in RFC order, then {@code extra}. */
    public static Map<String, Object> body(ServerWebExchange exchange, Kind kind, String detail,
                                           Map<String, Object> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + kind.slug);
        problem.put("title", kind.title);
        problem.put("status", kind.status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        CorrelationIdFilter.of(exchange).ifPresent(id -> problem.put("correlationId", id));
        extra.forEach(problem::putIfAbsent);
        return problem;
    }

    public static Mono<Void> write(ServerWebExchange exchange, Kind kind, String detail) {
        return write(exchange, kind, detail, Map.of());
    }

    /** A 503 or 429 with {@code Retry-After} in whole seconds (at least 1). */
    public static Mono<Void> writeRetryLater(ServerWebExchange exchange, Kind kind, String detail, Duration retryAfter,
                                             Map<String, Object> extra) {
        if (!exchange.getResponse().isCommitted()) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(retryAfter)));
        }
        return write(exchange, kind, detail, extra);
    }

    /** Whole seconds, rounded up, at least 1. */
    public static long retryAfterSeconds(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }
}
