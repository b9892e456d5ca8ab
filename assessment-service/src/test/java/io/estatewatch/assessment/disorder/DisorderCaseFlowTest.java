package io.estatewatch.assessment.disorder;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static io.estatewatch.assessment.support.PublishedEvents.assertCloudEvent;
import static io.estatewatch.assessment.support.Api.ADMIN;
import static io.estatewatch.assessment.support.PublishedEvents.headers;
import static io.estatewatch.assessment.support.PublishedEvents.value;
import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class DisorderCaseFlowTest {

    static final String OPENED = "estatewatch.assessment.disorder-case.opened.v1";
    static final String ESCALATED = "estatewatch.assessment.disorder-case.escalated.v1";
    static final String CLOSED = "estatewatch.assessment.disorder-case.closed.v1";

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;

    @Test
    void aParkingCaseClimbsFromPersuasionToAJointClearingAndClosesPublishingEachStep() {
        String company = register.company("秩序物业");
        String estate = register.estate("停车小区", "新华街道", company);
        Caller companyUser = Caller.companyUser("zhang", company);

        String id = api.post(companyUser, "/api/v1/assessment/disorder-cases", Map.of("estateId", estate,
                "disorderType", "PARKING", "description", "车辆占用消防车通道", "location", "3号楼东侧",
                "note", "物业劝离", "at", "2022-04-01T09:00:00+08:00")).is(201).string("/id");
        api.post(companyUser, "/api/v1/assessment/disorder-cases/" + id + "/escalation",
                Map.of("note", "张贴告知书", "at", "2022-04-02T09:00:00+08:00")).is(200);
        Reply clearing = api.post(Caller.streetOfficer("li.wei", "新华街道"),
                "/api/v1/assessment/disorder-cases/" + id + "/escalation",
                Map.of("step", "JOINT_CLEARING", "at", "2022-04-05T09:00:00+08:00")).is(200);
        assertThat(clearing.string("/step")).isEqualTo("JOINT_CLEARING");
        Reply closed = api.post(ADMIN, "/api/v1/assessment/disorder-cases/" + id + "/closure",
                Map.of("note", "已清理", "at", "2022-04-06T09:00:00+08:00")).is(200);
        assertThat(closed.string("/status")).isEqualTo("CLOSED");
        assertThat(closed.body().get("steps")).hasSize(3);

        List<ConsumerRecord<String, byte[]>> records = events.await(id, OPENED, ESCALATED, CLOSED);
        assertThat(records).extracting(record -> headers(record).get("ce_type"))
                .containsExactly(OPENED, ESCALATED, ESCALATED, CLOSED);
        assertCloudEvent(records.get(0), OPENED, id, "2022-04-01T01:00:00Z");
        assertThat(value(records.get(0))).contains("\"disorderType\":\"PARKING\"", "\"step\":\"COMPANY_PERSUASION\"");
        assertThat(value(records.get(2))).contains("\"step\":\"JOINT_CLEARING\"");
        assertThat(value(records.get(3))).contains("\"step\":\"JOINT_CLEARING\"");

        api.post(ADMIN, "/api/v1/assessment/disorder-cases/" + id + "/escalation", Map.of()).isProblem(409);
        assertThat(api.get(ADMIN, "/api/v1/assessment/disorder-cases?disorderType=PARKING&status=CLOSED&estateId=" + estate)
                .is(200).body().get("content")).hasSize(1);
    }

    @Test
    void onlyConfiguredDisorderTypesAndLaterStepsAreAccepted() {
        String estate = register.estate("乱堆小区", "新华街道", null);

        api.post(ADMIN, "/api/v1/assessment/disorder-cases", Map.of("estateId", estate, "disorderType", "NOISE"))
                .isProblem(400);
        String id = api.post(ADMIN, "/api/v1/assessment/disorder-cases", Map.of("estateId", estate,
                "disorderType", "CORRIDOR_CLUTTER")).is(201).string("/id");
        api.post(ADMIN, "/api/v1/assessment/disorder-cases/" + id + "/escalation",
                Map.of("step", "COMPANY_PERSUASION")).isProblem(400);
        assertThat(api.get(ADMIN, "/api/v1/assessment/disorder-types").is(200).body().get("disorderTypes"))
                .hasSize(10);
    }
}
