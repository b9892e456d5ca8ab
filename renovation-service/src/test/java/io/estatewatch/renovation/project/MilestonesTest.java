package io.estatewatch.renovation.project;

import io.estatewatch.renovation.support.Api;
import io.estatewatch.renovation.support.Api.Reply;
import io.estatewatch.renovation.support.Bodies;
import io.estatewatch.renovation.support.PublishedEvents;
import io.estatewatch.renovation.support.RenovationServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.renovation.support.Api.OFFICER;
import static io.estatewatch.renovation.support.Bodies.plan;
import static io.estatewatch.renovation.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

@RenovationServiceTest
class MilestonesTest {

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    private String project(Map<String, Object> schedule) {
        String programme = api.programme(Bodies.programmeCode(), "《市区2020年老旧小区改造实施方案》");
        Reply planned = api.post(OFFICER, "/api/v1/renovation/projects", with(plan(programme), "schedule", schedule));
        assertThat(planned.status()).isEqualTo(201);
        return planned.string("/id");
    }

    private Reply reach(String id, Map<String, Object> body) {
        return api.post(OFFICER, "/api/v1/renovation/projects/" + id + "/milestones", body);
    }

    @Test
    void theReferenceYearsMilestonesArePublishedInOrderWithTheirPlannedDays() {
        String id = project(Map.of("PLAN_ISSUED", "2020-04-30", "PUBLIC_NOTICE", "2020-05-15"));

        assertThat(reach(id, Map.of("milestone", "PLAN_ISSUED", "at", "2020-04-28T10:00:00+08:00")).status()).isEqualTo(201);
        Reply notice = reach(id, Map.of("milestone", "PUBLIC_NOTICE", "at", "2020-05-06T09:00:00+08:00",
                "publicNotice", Map.of("from", "2020-05-06", "to", "2020-05-15")));
        Reply audit = reach(id, Map.of("milestone", "PRICE_CAP_AUDIT_SUBMITTED", "at", "2020-06-10T15:00:00+08:00"));

        assertThat(notice.status()).isEqualTo(201);
        assertThat(notice.string("/publicNotice/to")).isEqualTo("2020-05-15");
        assertThat(audit.status()).isEqualTo(201);
        assertThat(audit.string("/state")).isEqualTo("PRICE_CAP_AUDIT_SUBMITTED");
        assertThat(audit.string("/nextMilestone")).isEqualTo("PRICE_CAP_APPROVED");

        List<ConsumerRecord<String, byte[]>> records = events.await(id, 4);
        assertThat(records).extracting(r -> PublishedEvents.headers(r).get("ce_type")).containsExactly(
                "estatewatch.renovation.project.planned.v1",
                "estatewatch.renovation.project.milestone-reached.v1",
                "estatewatch.renovation.project.milestone-reached.v1",
                "estatewatch.renovation.project.milestone-reached.v1");
        assertThat(records).extracting(r -> PublishedEvents.headers(r).get("ce_sequence")).containsExactly("1", "2", "3", "4");
        JsonNode issued = json.readTree(records.get(1).value());
        assertThat(issued.get("milestone").asString()).isEqualTo("PLAN_ISSUED");
        assertThat(Instant.parse(issued.get("plannedAt").asString())).isEqualTo(Instant.parse("2020-04-29T16:00:00Z"));
        assertThat(Instant.parse(issued.get("occurredAt").asString())).isEqualTo(Instant.parse("2020-04-28T02:00:00Z"));
        assertThat(Instant.parse(PublishedEvents.headers(records.get(1)).get("ce_time")))
                .isEqualTo(Instant.parse("2020-04-28T02:00:00Z"));
        assertThat(json.readTree(records.get(3).value()).get("plannedAt").isNull()).isTrue();
    }

    @Test
    void aMilestoneOutOfOrderIsAConflictNamingTheCurrentAndTheExpectedMilestone() {
        String id = project(Map.of());
        reach(id, Map.of("milestone", "PLAN_ISSUED", "at", "2020-04-28T10:00:00+08:00"));

        Reply reply = reach(id, Map.of("milestone", "TENDERED", "at", "2020-08-01T10:00:00+08:00"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("/currentState")).isEqualTo("PLAN_ISSUED");
        assertThat(reply.string("/expectedMilestone")).isEqualTo("PUBLIC_NOTICE");
        assertThat(reply.string("/detail")).contains("TENDERED").contains("PUBLIC_NOTICE");
        assertThat(events.await(id, 2)).hasSize(2);
    }

    @Test
    void repeatingAReachedMilestoneAnswersTheProjectAndPublishesNothingMore() {
        String id = project(Map.of());
        Map<String, Object> issued = Map.of("milestone", "PLAN_ISSUED", "at", "2020-04-28T10:00:00+08:00");
        assertThat(reach(id, issued).status()).isEqualTo(201);

        Reply again = reach(id, issued);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.string("/state")).isEqualTo("PLAN_ISSUED");
        // A later milestone's event is sequence 3: the repetition published none in between.
        reach(id, Map.of("milestone", "PUBLIC_NOTICE", "at", "2020-05-06T09:00:00+08:00",
                "publicNotice", Map.of("from", "2020-05-06", "to", "2020-05-15")));
        List<ConsumerRecord<String, byte[]>> records = events.await(id, 3);
        assertThat(records).hasSize(3);
        assertThat(json.readTree(records.get(2).value()).get("milestone").asString()).isEqualTo("PUBLIC_NOTICE");
    }

    @Test
    void thePublicNoticeNeedsItsPeriodAndAnUnknownMilestoneIsABadRequest() {
        String id = project(Map.of());
        reach(id, Map.of("milestone", "PLAN_ISSUED", "at", "2020-04-28T10:00:00+08:00"));

        Reply withoutPeriod = reach(id, Map.of("milestone", "PUBLIC_NOTICE", "at", "2020-05-06T09:00:00+08:00"));
        Reply backwards = reach(id, Map.of("milestone", "PUBLIC_NOTICE", "at", "2020-05-06T09:00:00+08:00",
                "publicNotice", Map.of("from", "2020-05-15", "to", "2020-05-06")));
        Reply unknown = reach(id, Map.of("milestone", "DEMOLISHED"));

        assertThat(withoutPeriod.status()).isEqualTo(400);
        assertThat(withoutPeriod.string("/errors/0/field")).isEqualTo("publicNotice");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.string("/errors/0/field")).isEqualTo("publicNotice.to");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMilestoneOfAnUnknownProjectIsNotFound() {
        Reply reply = reach("no-such-project", Map.of("milestone", "PLAN_ISSUED"));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void aProjectWhoseOpenMilestoneHasPassedItsPlannedDayIsListedAsLate() {
        String late = project(Map.of("PLAN_ISSUED", "2020-04-30"));
        String onTime = project(Map.of("PLAN_ISSUED", "2020-04-30"));
        reach(onTime, Map.of("milestone", "PLAN_ISSUED", "at", "2020-04-29T10:00:00+08:00"));

        Reply listed = api.get(OFFICER, "/api/v1/renovation/projects/late?size=100&asOf=2020-05-03T04:00:00Z");

        assertThat(listed.status()).isEqualTo(200);
        List<String> ids = listed.body().get("content").findValuesAsString("id");
        assertThat(ids).contains(late).doesNotContain(onTime);
        JsonNode entry = find(listed.body().get("content"), late);
        assertThat(entry.get("behindSchedule").asBoolean()).isTrue();
        assertThat(entry.get("milestones").get(0).get("late").asBoolean()).isTrue();
        assertThat(entry.get("milestones").get(0).get("daysLate").asLong()).isEqualTo(3);
    }

    @Test
    void replanningAnOpenMilestoneTakesTheProjectOffTheLateList() {
        String id = project(Map.of("PLAN_ISSUED", "2020-04-30"));

        Reply rescheduled = api.patch(OFFICER, "/api/v1/renovation/projects/" + id + "/schedule",
                Map.of("PLAN_ISSUED", "2020-05-31", "PUBLIC_NOTICE", "2020-06-15"));
        Reply backwards = api.patch(OFFICER, "/api/v1/renovation/projects/" + id + "/schedule",
                Map.of("PRICE_CAP_AUDIT_SUBMITTED", "2020-06-01"));

        assertThat(rescheduled.status()).isEqualTo(200);
        assertThat(rescheduled.string("/milestones/1/dueOn")).isEqualTo("2020-06-15");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.string("/errors/0/field")).isEqualTo("schedule.PRICE_CAP_AUDIT_SUBMITTED");
        Reply listed = api.get(OFFICER, "/api/v1/renovation/projects/late?size=100&asOf=2020-05-03T04:00:00Z");
        assertThat(listed.body().get("content").findValuesAsString("id")).doesNotContain(id);
    }

    private static JsonNode find(JsonNode content, String id) {
        for (JsonNode node : content) {
            if (id.equals(node.get("id").asString())) {
                return node;
            }
        }
        throw new AssertionError("Project " + id + " is not listed");
    }
}
