package io.estatewatch.filing.review;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import io.estatewatch.filing.support.PublishedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.filing.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class ApprovingAPreliminaryContractTest {

    private static final String REGISTER = "estatewatch.register.events";
    private static final String FILINGS = "estatewatch.filing.events";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    @Test
    void anApprovedPreliminaryContractPutsTheCompanyOnTheEstateAndBothEventsAreOnTheirTopics() {
        String company = api.company("杭州绿城物业服务有限公司");
        String estate = api.estate(Bodies.unique("翠苑街道"));
        Map<String, Object> body = Bodies.contract(estate, company, "2022-03-01T09:30:00+08:00", "2022-04-01",
                "2025-03-31");

        Reply submitted = api.post(OFFICER, "/api/v1/filings", body);
        String filing = submitted.string("/id");
        Reply approved = api.decide(filing, "APPROVED", "2022-03-15T10:00:00+08:00");

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.string("/status")).isEqualTo("SUBMITTED");
        assertThat(submitted.string("/typeLabel")).isEqualTo("前期物业服务合同备案");
        assertThat(approved.string("/status")).isEqualTo("APPROVED");
        assertThat(approved.string("/approvedAt")).isEqualTo("2022-03-15T10:00:00+08:00");
        Reply read = api.get(OFFICER, "/api/v1/estates/" + estate);
        assertThat(read.string("/companyId")).isEqualTo(company);
        assertThat(read.string("/contract/filingId")).isEqualTo(filing);
        assertThat(read.string("/contract/termEnd")).isEqualTo("2025-03-31");

        List<ConsumerRecord<String, byte[]>> filingRecords = events.await(FILINGS, filing, 2);
        assertThat(filingRecords).extracting(r -> PublishedEvents.headers(r).get("ce_type"))
                .containsExactly("estatewatch.filing.submitted.v1", "estatewatch.filing.approved.v1");
        ConsumerRecord<String, byte[]> approval = filingRecords.get(1);
        assertThat(PublishedEvents.headers(approval))
                .containsEntry("ce_source", "filing-service")
                .containsEntry("ce_subject", filing)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_sequence", "2")
                .containsEntry("content-type", "application/json")
                .containsKey("ce_id");
        assertThat(Instant.parse(PublishedEvents.headers(approval).get("ce_time")))
                .isEqualTo(Instant.parse("2022-03-15T02:00:00Z"));
        JsonNode approvedData = json.readTree(approval.value());
        assertThat(approvedData.get("type").asString()).isEqualTo("PRELIMINARY_CONTRACT");
        assertThat(approvedData.get("estateId").asString()).isEqualTo(estate);
        assertThat(approvedData.get("companyId").asString()).isEqualTo(company);
        assertThat(approvedData.get("reviewer").asString()).isEqualTo("wang.fang");
        assertThat(Instant.parse(approvedData.get("occurredAt").asString()))
                .isEqualTo(Instant.parse("2022-03-15T02:00:00Z"));

        List<ConsumerRecord<String, byte[]>> estateRecords = events.await(REGISTER, estate, 2);
        ConsumerRecord<String, byte[]> assigned = estateRecords.get(1);
        assertThat(PublishedEvents.headers(assigned))
                .containsEntry("ce_type", "estatewatch.register.estate.management-assigned.v1")
                .containsEntry("ce_source", "filing-service")
                .containsEntry("ce_subject", estate)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_sequence", "2")
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time");
        JsonNode assignedData = json.readTree(assigned.value());
        assertThat(assignedData.get("companyId").asString()).isEqualTo(company);
        assertThat(assignedData.get("filingId").asString()).isEqualTo(filing);
        assertThat(Instant.parse(assignedData.get("occurredAt").asString()))
                .isEqualTo(Instant.parse("2022-03-15T02:00:00Z"));
    }
}
