package io.estatewatch.reporting.web;

import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.ReportingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ReportingServiceTest
class OpenApiTest {

    @Autowired
    Api api;

    @Test
    void theOpenApiDocumentDescribesEveryReportWithItsQueryParametersAndWithoutTheCaller() {
        Api.Reply reply = api.get(null, "/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode paths = reply.json().get("paths");
        assertThat(paths.propertyNames()).contains(
                "/api/v1/reports/summary", "/api/v1/reports/complaints", "/api/v1/reports/rates",
                "/api/v1/reports/filings", "/api/v1/reports/renovation", "/api/v1/reports/assessment",
                "/api/v1/reports/scorecards", "/api/v1/reports/scorecards/{companyId}",
                "/api/v1/reports/work-summary", "/api/v1/reports/stream",
                "/api/v1/admin/projections/rebuild", "/api/v1/admin/projections/rebuild/{id}");
        List<String> parameters = new ArrayList<>();
        paths.at("/~1api~1v1~1reports~1summary/get/parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("from", "to", "street", "asOf", "formula");
        assertThat(reply.text()).doesNotContain("\"caller\"");
    }
}
