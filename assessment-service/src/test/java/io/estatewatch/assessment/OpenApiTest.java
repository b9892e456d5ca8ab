package io.estatewatch.assessment;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class OpenApiTest {

    @Autowired
    Api api;

    @Test
    void theOpenApiDocumentDescribesEveryOperationWithASummaryAndKeepsTheContractsPaths() {
        JsonNode paths = api.get(null, "/v3/api-docs").is(200).body().get("paths");

        List<String> undescribed = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode summary = operation.getValue().get("summary");
            if (summary == null || summary.asString().isBlank()) {
                undescribed.add(operation.getKey() + " " + path.getKey());
            }
        }));
        assertThat(undescribed).isEmpty();
        assertThat(paths.propertyNames()).contains("/api/v1/assessment/rounds", "/api/v1/assessment/rounds/{id}/scores",
                "/api/v1/assessment/supplies", "/api/v1/assessment/outreach",
                "/api/v1/assessment/rectifications/{id}/re-inspections", "/api/v1/assessment/fire-lanes/gaps",
                "/api/v1/assessment/disorder-cases/{id}/escalation", "/api/v1/assessment/rounds/{id}/results/export");
        assertThat(paths.get("/api/v1/assessment/rounds").get("post").toString()).doesNotContain("\"caller\"");
    }
}
