package io.estatewatch.reporting.projection;

import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.ReferenceData;
import io.estatewatch.reporting.support.ReportingServiceTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding every projection from offset 0 into new collections gives the same figures, byte for byte. */
@ReportingServiceTest
class RebuildTest {

    static final String SUMMARY = "/api/v1/reports/summary?from=2022-01-01&to=2022-06-30";

    @Autowired
    Api api;

    @Autowired
    ReferenceData reference;

    @Autowired
    ProjectionPointer pointer;

    @BeforeEach
    void loadTheReferenceHalfYear() {
        reference.ensureLoaded();
    }

    @Test
    void aRebuiltGenerationGivesTheLiveSummaryByteForByteAndReadersMoveToIt() {
        String live = api.get(Api.ADMIN, SUMMARY).text();
        String liveAsOf = api.get(Api.ADMIN, SUMMARY + "&asOf=2022-04-30").text();
        long before = pointer.forReading();

        Api.Reply started = api.post(Api.ADMIN, "/api/v1/admin/projections/rebuild");
        assertThat(started.status()).isEqualTo(202);
        String status = started.location();
        assertThat(status).startsWith("/api/v1/admin/projections/rebuild/");

        Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"RUNNING".equals(state(status)) && !"SWITCHING".equals(state(status)));
        JsonNode done = api.get(Api.ADMIN, status).json();

        assertThat(done.at("/state").asString()).isEqualTo("DONE");
        assertThat(done.at("/eventsDone").asLong()).isEqualTo(done.at("/eventsTotal").asLong()).isPositive();
        assertThat(done.at("/toGeneration").asLong()).isEqualTo(before + 1);
        assertThat(pointer.forReading()).isEqualTo(before + 1);
        assertThat(api.get(Api.ADMIN, SUMMARY).text()).isEqualTo(live);
        assertThat(api.get(Api.ADMIN, SUMMARY + "&asOf=2022-04-30").text()).isEqualTo(liveAsOf);
    }

    @Test
    void onlyADistrictAdminRebuilds() {
        assertThat(api.post(Api.OFFICER, "/api/v1/admin/projections/rebuild").status()).isEqualTo(403);
        assertThat(api.get(Api.ADMIN, "/api/v1/admin/projections/rebuild/no-such-rebuild").status()).isEqualTo(404);
    }

    private String state(String status) {
        return api.get(Api.ADMIN, status).json().at("/state").asString();
    }
}
