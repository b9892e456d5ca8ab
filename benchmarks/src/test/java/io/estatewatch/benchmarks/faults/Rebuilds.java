package io.estatewatch.benchmarks.faults;

import io.estatewatch.benchmarks.rig.Http;
import io.estatewatch.benchmarks.rig.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The reporting-service's rebuild: every projection from offset 0 into a new generation, then the switch. */
final class Rebuilds {

    private Rebuilds() {
    }

    /** Starts a rebuild and waits for it to finish; returns its final status. */
    static JsonNode run(Http http, ServiceUnderTest reporting) {
        Http.Answer started = http.post(reporting.uri("/api/v1/admin/projections/rebuild"),
                ServicePlatform.admin(), "application/json", new byte[0]);
        assertThat(started.status()).as("rebuild: %s", started.body()).isEqualTo(202);
        String id = ServicePlatform.JSON.readTree(started.body()).path("id").asString();
        JsonNode[] status = new JsonNode[1];
        await("rebuild " + id).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Http.Answer answer = http.get(reporting.uri("/api/v1/admin/projections/rebuild/" + id),
                    ServicePlatform.admin());
            status[0] = ServicePlatform.JSON.readTree(answer.body());
            String state = status[0].path("state").asString();
            return "DONE".equals(state) || "FAILED".equals(state);
        });
        assertThat(status[0].path("state").asString()).as("rebuild %s", status[0]).isEqualTo("DONE");
        return status[0];
    }
}
