package io.estatewatch.renovation.project;

import io.estatewatch.renovation.support.Api;
import io.estatewatch.renovation.support.Api.Reply;
import io.estatewatch.renovation.support.Bodies;
import io.estatewatch.renovation.support.PublishedEvents;
import io.estatewatch.renovation.support.RenovationServiceTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.renovation.support.Api.OFFICER;
import static io.estatewatch.renovation.support.Bodies.plan;
import static io.estatewatch.renovation.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RenovationServiceTest
class PlanningAProjectTest {

    private static final String TITLE = "《市区2020年老旧小区改造实施方案》";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JsonMapper json;

    @Test
    void aPlannedProjectIsPublishedAsACloudEventCarryingTheProgrammeTitle() {
        String programme = api.programme(Bodies.programmeCode(), TITLE);
        Map<String, Object> body = plan(programme);

        Reply reply = api.post(OFFICER, "/api/v1/renovation/projects", body);

        assertThat(reply.status()).isEqualTo(201);
        String id = reply.string("/id");
        assertThat(reply.location()).isEqualTo("/api/v1/renovation/projects/" + id);
        assertThat(reply.string("/state")).isEqualTo("PLANNED");
        assertThat(reply.string("/nextMilestone")).isEqualTo("PLAN_ISSUED");
        assertThat(reply.string("/typeLabel")).isEqualTo("基础类");
        assertThat(reply.string("/plannedAt")).isEqualTo("2020-03-02T09:00:00+08:00");

        ConsumerRecord<String, byte[]> record = events.await(id, 1).get(0);
        assertThat(PublishedEvents.headers(record))
                .containsEntry("ce_type", "estatewatch.renovation.project.planned.v1")
                .containsEntry("ce_source", "renovation-service")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_sequence", "1")
                .containsEntry("content-type", "application/json")
                .containsKey("ce_id");
        assertThat(Instant.parse(PublishedEvents.headers(record).get("ce_time")))
                .isEqualTo(Instant.parse("2020-03-02T01:00:00Z"));
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("districtId").asString()).isEqualTo("district-test");
        assertThat(data.get("programme").asString()).isEqualTo(programme);
        assertThat(data.get("programmeTitle").asString()).isEqualTo(TITLE);
        assertThat(data.get("estateIds").get(0).asString()).isEqualTo(((List<?>) body.get("estateIds")).get(0));
        assertThat(data.get("type").asString()).isEqualTo("BASIC");
        assertThat(data.get("floorAreaM2").asDouble()).isEqualTo(152000);
        assertThat(data.get("households").asInt()).isEqualTo(1420);
        assertThat(data.get("buildings").asInt()).isEqualTo(18);
        assertThat(data.get("budget").decimalValue()).isEqualByComparingTo("30000000");
        assertThat(data.get("centralSubsidy").asBoolean()).isTrue();
        assertThat(Instant.parse(data.get("occurredAt").asString())).isEqualTo(Instant.parse("2020-03-02T01:00:00Z"));
    }

    @Test
    void theProjectIsStoredWithItsEventUntilTheBrokerHasIt() {
        String programme = api.programme(Bodies.programmeCode(), TITLE);

        String id = api.post(OFFICER, "/api/v1/renovation/projects", plan(programme)).string("/id");

        events.await(id, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document stored = mongo.findById(id, Document.class, "projects");
            assertThat(stored).isNotNull();
            assertThat(stored.getString("programmeTitle")).isEqualTo(TITLE);
            assertThat(stored.getList("outbox", Object.class)).isEmpty();
            assertThat(stored.getLong("eventSequence")).isEqualTo(1);
        });
        Reply read = api.get(OFFICER, "/api/v1/renovation/projects/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.string("/programmeTitle")).isEqualTo(TITLE);
        assertThat(read.body().get("milestones")).hasSize(8);
    }

    @Test
    void aProjectInAnUnregisteredProgrammeIsABadRequestNamingTheField() {
        Reply reply = api.post(OFFICER, "/api/v1/renovation/projects", plan("never-registered"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.string("/errors/0/field")).isEqualTo("programme");
    }

    @Test
    void missingAndInvalidFieldsAreNamedInTheProblem() {
        String programme = api.programme(Bodies.programmeCode(), TITLE);

        Reply missing = api.post(OFFICER, "/api/v1/renovation/projects",
                with(with(plan(programme), "households", null), "type", null));
        Reply invalid = api.post(OFFICER, "/api/v1/renovation/projects",
                with(with(plan(programme), "floorAreaM2", -1), "budget", "1.001"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body().get("errors").findValuesAsString("field")).containsExactly("households", "type");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").findValuesAsString("field")).contains("floorAreaM2");
    }

    @Test
    void anUnknownTypeOrMalformedJsonIsABadRequestNotAServerError() {
        String programme = api.programme(Bodies.programmeCode(), TITLE);

        Reply unknownType = api.post(OFFICER, "/api/v1/renovation/projects", with(plan(programme), "type", "LUXURY"));
        Reply malformed = api.post(OFFICER, "/api/v1/renovation/projects", "{\"programme\": ");
        Reply badTime = api.post(OFFICER, "/api/v1/renovation/projects", with(plan(programme), "plannedAt", "yesterday"));

        assertThat(List.of(unknownType.status(), malformed.status(), badTime.status())).containsOnly(400);
        assertThat(unknownType.contentType()).startsWith("application/problem+json");
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aProjectPlannedInTheFutureIsRefused() {
        String programme = api.programme(Bodies.programmeCode(), TITLE);

        Reply reply = api.post(OFFICER, "/api/v1/renovation/projects", with(plan(programme), "plannedAt", "2999-01-01T00:00:00+08:00"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.string("/errors/0/field")).isEqualTo("plannedAt");
    }

    @Test
    void anUnknownProjectIsNotFound() {
        Reply reply = api.get(OFFICER, "/api/v1/renovation/projects/no-such-project");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
