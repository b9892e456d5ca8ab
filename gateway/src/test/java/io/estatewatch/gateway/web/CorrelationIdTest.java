package io.estatewatch.gateway.web;

import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubServices;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest extends GatewayTestSupport {

    @Test
    void aRequestWithoutOneGetsANewIdThatTheServiceAndTheClientBothSee() {
        String echoed = client.get().uri("/open311/v2/discovery.json").exchange()
                .expectStatus().isOk()
                .returnResult(Void.class).getResponseHeaders().getFirst(CorrelationIdFilter.HEADER);

        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(StubServices.of(Service.COMPLAINT).last().header(CorrelationIdFilter.HEADER)).isEqualTo(echoed);
    }

    @Test
    void theCallersIdIsKeptAndForwarded() {
        client.get().uri("/open311/v2/discovery.json").header(CorrelationIdFilter.HEADER, "hotline-4711")
                .exchange()
                .expectHeader().valueEquals(CorrelationIdFilter.HEADER, "hotline-4711");

        assertThat(StubServices.of(Service.COMPLAINT).last().header(CorrelationIdFilter.HEADER)).isEqualTo("hotline-4711");
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        String echoed = client.get().uri("/open311/v2/discovery.json")
                .header(CorrelationIdFilter.HEADER, "x\"} injected {\"")
                .exchange()
                .returnResult(Void.class).getResponseHeaders().getFirst(CorrelationIdFilter.HEADER);

        assertThat(UUID.fromString(echoed)).isNotNull();
    }

    @Test
    void theGatewaysOwnProblemsCarryTheIdToo() {
        client.get().uri("/api/v1/complaints").header(CorrelationIdFilter.HEADER, "call-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(CorrelationIdFilter.HEADER, "call-1")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.correlationId").isEqualTo("call-1")
                .jsonPath("$.instance").isEqualTo("/api/v1/complaints");
    }
}
