package io.estatewatch.gateway.web;

import io.estatewatch.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

class SecurityHeadersAndCorsTest extends GatewayTestSupport {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        client.get().uri("/open311/v2/discovery.json").exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().doesNotExist("Strict-Transport-Security")
                .expectHeader().doesNotExist("Content-Security-Policy");
        client.get().uri("/api/v1/complaints").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theDashboardMayRunItsOwnScriptsOnly() {
        client.get().uri("/dashboard").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", policy -> org.assertj.core.api.Assertions
                        .assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-eval")
                        .contains("frame-ancestors 'none'"));
    }

    @Test
    void theDashboardsOriginMayCallFromABrowser() {
        client.options().uri("/api/v1/reports/summary")
                .header(HttpHeaders.ORIGIN, "https://dashboard.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example");
        client.get().uri("/open311/v2/discovery.json").header(HttpHeaders.ORIGIN, "https://dashboard.example")
                .exchange()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> org.assertj.core.api.Assertions.assertThat(exposed).contains("X-Correlation-Id"));
    }

    @Test
    void anotherOriginMayNot() {
        client.method(HttpMethod.OPTIONS).uri("/api/v1/reports/summary")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
