package io.estatewatch.gateway.openapi;

import io.estatewatch.gateway.route.RouteTable;
import io.estatewatch.gateway.route.Service;
import io.estatewatch.gateway.support.GatewayTestSupport;
import io.estatewatch.gateway.support.StubServices;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiAggregationTest extends GatewayTestSupport {

    @Test
    void eachServicesDocumentIsServedThroughTheGatewayAndPointsAtIt() {
        for (Service service : Service.values()) {
            client.get().uri(RouteTable.apiDocsPath(service)).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.info.title").isEqualTo(service.serviceName())
                    .jsonPath("$.servers.length()").isEqualTo(1)
                    .jsonPath("$.servers[0].url").isEqualTo("/");
            assertThat(StubServices.of(service).last().path()).isEqualTo("/v3/api-docs");
        }
    }

    @Test
    void theSwaggerUiListsEveryServiceOfTheRouteTable() {
        var config = client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody();
        for (Service service : Service.values()) {
            config.jsonPath("$.urls[?(@.name == '%s')].url".formatted(service.serviceName()))
                    .isEqualTo(RouteTable.apiDocsPath(service));
        }
        config.jsonPath("$.urls.length()").isEqualTo(Arrays.stream(Service.values()).count());
    }

    @Test
    void theSwaggerUiIsServedWithoutCredentials() {
        String location = client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
        client.get().uri(location).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }
}
