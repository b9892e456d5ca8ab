package io.estatewatch.complaint;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ComplaintServiceTest
class OpenApiTest {

    @Autowired
    Http http;

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        Reply reply = http.get(null, "/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.body().get("paths");
        assertThat(new ArrayList<>(paths.propertyNames())).contains(
                "/api/v1/complaints", "/api/v1/complaints/batch", "/api/v1/complaints/{id}",
                "/api/v1/complaints/{id}/assignment", "/api/v1/complaints/{id}/response",
                "/api/v1/complaints/{id}/resolution", "/api/v1/complaints/{id}/callback",
                "/api/v1/complaints/{id}/urging", "/api/v1/complaints/{id}/merge",
                "/open311/v2/discovery.{format}", "/open311/v2/services.{format}",
                "/open311/v2/services/{serviceCode}.{format}", "/open311/v2/requests.{format}",
                "/open311/v2/requests/{id}.{format}");
        List<String> undescribed = new ArrayList<>();
        // The service kit's /error controller is not this service's API.
        paths.properties().stream().filter(path -> !path.getKey().equals("/error")).forEach(path -> path.getValue()
                .properties().forEach(operation -> {
            if (!operation.getValue().has("summary")) {
                undescribed.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(undescribed).isEmpty();
        assertThat(reply.text()).doesNotContain("\"caller\"");
    }
}
