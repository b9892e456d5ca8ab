package io.estatewatch.gateway.web;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The headers Spring Security does not write the way the gateway needs: Strict-Transport-Security on every response
 * when enabled (production sits behind TLS termination, so the request the gateway sees is plain HTTP and Spring's
 * own writer would stay silent), and the dashboard's Content-Security-Policy, which allows its own scripts only.
 */
public final class SecurityHeadersWriter implements ServerHttpHeadersWriter {

    static final String HSTS_VALUE = "max-age=31536000; includeSubDomains";

    private final boolean hsts;
    private final String dashboardPolicy;

    public SecurityHeadersWriter(boolean hsts, String dashboardPolicy) {
        this.hsts = hsts;
        this.dashboardPolicy = dashboardPolicy;
    }

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (hsts) {
            headers.set("Strict-Transport-Security", HSTS_VALUE);
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/dashboard") || path.startsWith("/dashboard/")) {
            headers.set("Content-Security-Policy", dashboardPolicy);
        }
        return Mono.empty();
    }
}
