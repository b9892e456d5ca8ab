package io.estatewatch.assessment.outreach;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.estatewatch.assessment.support.PublishedEvents.assertCloudEvent;
import static io.estatewatch.assessment.support.Api.ADMIN;
import static io.estatewatch.assessment.support.PublishedEvents.value;
import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class RegulationOutreachTest {

    static final String DISTRIBUTED = "estatewatch.assessment.regulation-copies.distributed.v1";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;

    @Test
    void aHundredAndTwentyCopiesHandedOutAreCountedPerRecipientTypeAndPublished() {
        // A year of its own, so that other tests' handouts do not count.
        String first = api.post(ADMIN, "/api/v1/assessment/outreach", Map.of("recipientType", "STREET", "copies", 20,
                "recipient", "新华街道", "at", "2019-03-01T10:00:00+08:00")).is(201).string("/id");
        api.post(ADMIN, "/api/v1/assessment/outreach", Map.of("recipientType", "COMPANY", "copies", 60,
                "at", "2019-04-01T10:00:00+08:00")).is(201);
        api.post(ADMIN, "/api/v1/assessment/outreach", Map.of("recipientType", "OWNER", "copies", 40,
                "at", "2019-06-30T23:00:00+08:00")).is(201);
        api.post(ADMIN, "/api/v1/assessment/outreach", Map.of("recipientType", "OWNER", "copies", 5,
                "at", "2019-07-01T00:30:00+08:00")).is(201);

        JsonNode totals = api.get(ADMIN, "/api/v1/assessment/outreach/totals?from=2019-01-01&to=2019-06-30").is(200).body();

        assertThat(totals.get("regulationCopies").asInt()).isEqualTo(120);
        assertThat(totals.get("byRecipientType").get("OWNER").asInt()).isEqualTo(40);
        assertCloudEvent(events.one(first, DISTRIBUTED), DISTRIBUTED, first, "2019-03-01T02:00:00Z");
        assertThat(value(events.one(first, DISTRIBUTED))).contains("\"recipientType\":\"STREET\"", "\"copies\":20");
    }

    @Test
    void outreachIsTheDistrictsWork() {
        api.post(io.estatewatch.servicekit.security.Caller.streetOfficer("li.wei", "新华街道"), "/api/v1/assessment/outreach",
                Map.of("recipientType", "OWNER", "copies", 5)).isProblem(403);
    }
}
