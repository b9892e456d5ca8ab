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
import java.util.Map;

import static io.estatewatch.renovation.support.Api.OFFICER;
import static io.estatewatch.renovation.support.Bodies.plan;
import static io.estatewatch.renovation.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

@RenovationServiceTest
class FundingTest {

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    private String project(boolean centralSubsidy) {
        String programme = api.programme(Bodies.programmeCode(), "《市区2020年老旧小区改造实施方案》");
        return api.post(OFFICER, "/api/v1/renovation/projects",
                with(plan(programme), "centralSubsidy", centralSubsidy)).string("/id");
    }

    private Reply allocate(String id, String source, Object amount) {
        return api.post(OFFICER, "/api/v1/renovation/projects/" + id + "/funding",
                Map.of("source", source, "amount", amount, "at", "2020-06-01T10:00:00+08:00"));
    }

    @Test
    void anAllocationIsPublishedAndCountedAgainstTheBudget() {
        String id = project(true);

        Reply central = allocate(id, "CENTRAL_SUBSIDY", 12000000);
        Reply district = allocate(id, "DISTRICT", "8000000.50");

        assertThat(central.status()).isEqualTo(201);
        assertThat(district.status()).isEqualTo(201);
        assertThat(district.body().at("/funding/total").decimalValue()).isEqualByComparingTo("20000000.50");
        assertThat(district.body().at("/funding/remaining").decimalValue()).isEqualByComparingTo("9999999.50");
        assertThat(district.body().at("/funding/bySource/CENTRAL_SUBSIDY").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(district.string("/funding/allocations/0/label")).isEqualTo("中央财政资金奖补");

        ConsumerRecord<String, byte[]> record = events.await(id, 3).get(1);
        assertThat(PublishedEvents.headers(record)).containsEntry("ce_type", "estatewatch.renovation.project.funding-allocated.v1")
                .containsEntry("ce_subject", id);
        JsonNode data = json.readTree(record.value());
        assertThat(data.get("source").asString()).isEqualTo("CENTRAL_SUBSIDY");
        assertThat(data.get("amount").decimalValue()).isEqualByComparingTo("12000000");
        assertThat(Instant.parse(data.get("occurredAt").asString())).isEqualTo(Instant.parse("2020-06-01T02:00:00Z"));
    }

    @Test
    void anAllocationAboveTheBudgetIsAConflictThatSaysWhatRemains() {
        String id = project(true);
        allocate(id, "PROVINCIAL_MUNICIPAL", 29000000);

        Reply reply = allocate(id, "RESIDENTS", "1000000.01");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("remaining").decimalValue()).isEqualByComparingTo("1000000");
        assertThat(api.get(OFFICER, "/api/v1/renovation/projects/" + id).body().at("/funding/total").decimalValue())
                .isEqualByComparingTo("29000000");
    }

    @Test
    void centralSubsidyMoneyGoesOnlyToProjectsPlannedWithIt() {
        String id = project(false);

        Reply reply = allocate(id, "CENTRAL_SUBSIDY", 100);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("centralSubsidy").asBoolean()).isFalse();
        allocate(id, "DISTRICT", 100);
        ConsumerRecord<String, byte[]> second = events.await(id, 2).get(1);
        assertThat(json.readTree(second.value()).get("source").asString()).isEqualTo("DISTRICT");
    }

    @Test
    void aNegativeAmountOrAnUnknownSourceIsABadRequest() {
        String id = project(true);

        Reply negative = allocate(id, "DISTRICT", -5);
        Reply unknown = allocate(id, "LOTTERY", 5);

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.string("/errors/0/field")).isEqualTo("amount");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
