package io.estatewatch.renovation;

import io.estatewatch.renovation.support.Api;
import io.estatewatch.renovation.support.Api.Reply;
import io.estatewatch.renovation.support.RenovationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

@RenovationServiceTest
class OpenApiTest {

    @Autowired
    Api api;

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithoutAToken() {
        Reply reply = api.send(null, MockMvcRequestBuilders.get("/v3/api-docs"));

        assertThat(reply.status()).isEqualTo(200);
        var paths = reply.body().get("paths");
        assertThat(paths.propertyNames()).contains(
                "/api/v1/renovation/programmes",
                "/api/v1/renovation/programmes/{code}",
                "/api/v1/renovation/programmes/{code}/totals",
                "/api/v1/renovation/projects",
                "/api/v1/renovation/projects/late",
                "/api/v1/renovation/projects/{id}",
                "/api/v1/renovation/projects/{id}/milestones",
                "/api/v1/renovation/projects/{id}/funding",
                "/api/v1/renovation/projects/{id}/schedule");
        assertThat(paths.at("/~1api~1v1~1renovation~1projects/post/summary").asString()).isEqualTo("Plan a project");
        assertThat(reply.text()).doesNotContain("\"caller\"");
    }
}
