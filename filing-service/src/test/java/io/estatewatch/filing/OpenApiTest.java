package io.estatewatch.filing;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.FilingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class OpenApiTest {

    @Autowired
    Api api;

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithoutAToken() {
        Reply reply = api.send(null, MockMvcRequestBuilders.get("/v3/api-docs"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.body().get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder(
                "/api/v1/companies",
                "/api/v1/companies/{id}",
                "/api/v1/companies/import",
                "/api/v1/estates",
                "/api/v1/estates/{id}",
                "/api/v1/estates/import",
                "/api/v1/filings",
                "/api/v1/filings/{id}",
                "/api/v1/filings/{id}/decision",
                "/api/v1/filings/{id}/resubmission",
                "/api/v1/filings/counts",
                "/api/v1/filings/{id}/attachments",
                "/api/v1/filings/{id}/attachments/{attachmentId}");
        List<String> undescribed = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (paths.get(path).get(method).path("summary").asString("").isBlank()) {
                    undescribed.add(method + " " + path);
                }
            }
        }
        assertThat(undescribed).isEmpty();
        assertThat(reply.text()).doesNotContain("\"caller\"");
        assertThat(reply.body().at("/components/schemas/PreTenderDetails")).isNotNull();
    }
}
