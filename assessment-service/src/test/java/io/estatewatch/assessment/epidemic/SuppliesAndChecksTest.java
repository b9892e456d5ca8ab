package io.estatewatch.assessment.epidemic;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static io.estatewatch.assessment.support.PublishedEvents.assertCloudEvent;
import static io.estatewatch.assessment.support.Api.ADMIN;
import static io.estatewatch.assessment.support.PublishedEvents.value;
import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class SuppliesAndChecksTest {

    static final String DISTRIBUTED = "estatewatch.assessment.supplies.distributed.v1";
    static final String CHECKED = "estatewatch.assessment.epidemic-check.recorded.v1";

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;

    @Test
    void theReferenceHalfYearsSuppliesAddUpPerItemAndUnitAndArePublished() {
        String company = register.company("防疫物业");
        Reply masks = api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "MASK",
                "quantity", 3000, "unit", "PIECE", "at", "2022-02-03T10:00:00+08:00")).is(201);
        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "MASK",
                "quantity", 2000, "unit", "PIECE", "at", "2022-02-20T10:00:00+08:00")).is(201);
        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "DISINFECTANT",
                "quantity", 1000, "unit", "JIN", "at", "2022-02-03T10:00:00+08:00")).is(201);
        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "GLOVES",
                "quantity", 200, "unit", "PAIR", "at", "2022-03-01T10:00:00+08:00")).is(201);
        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "MASK",
                "quantity", 999, "unit", "PIECE", "at", "2022-07-01T10:00:00+08:00")).is(201);

        JsonNode totals = api.get(ADMIN, "/api/v1/assessment/supplies/totals?from=2022-01-01&to=2022-06-30&companyId="
                + company).is(200).body().get("totals");

        assertThat(totals).hasSize(3);
        assertThat(totals.get(0).get("item").asString()).isEqualTo("MASK");
        assertThat(totals.get(0).get("quantity").decimalValue()).isEqualByComparingTo("5000");
        assertThat(totals.get(0).get("unit").asString()).isEqualTo("PIECE");
        assertThat(totals.get(1).get("quantity").decimalValue()).isEqualByComparingTo("1000");
        assertThat(totals.get(2).get("unitLabel").asString()).isEqualTo("双");

        String id = masks.string("/id");
        ConsumerRecord<String, byte[]> record = events.one(id, DISTRIBUTED);
        assertCloudEvent(record, DISTRIBUTED, id, "2022-02-03T02:00:00Z");
        assertThat(value(record)).contains("\"item\":\"MASK\"", "\"unit\":\"PIECE\"", "\"quantity\":3000",
                "\"companyId\":\"" + company + "\"");
    }

    @Test
    void suppliesNeedAKnownCompanyAKnownItemAndTheItemsUnit() {
        String company = register.company("防疫物业");

        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "MASK",
                "quantity", 10, "unit", "JIN")).isProblem(400);
        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", company, "item", "SOAP",
                "quantity", 10, "unit", "PIECE")).isProblem(400);
        api.post(ADMIN, "/api/v1/assessment/supplies", Map.of("companyId", "company-unknown", "item", "MASK",
                "quantity", 10, "unit", "PIECE")).isProblem(400);
        api.post(Caller.companyUser("zhang", company), "/api/v1/assessment/supplies", Map.of("companyId", company,
                "item", "MASK", "quantity", 10, "unit", "PIECE")).isProblem(403);
    }

    @Test
    void anEstatesDailyCheckIsPublishedOnceADayAndShowsInItsStatus() {
        String company = register.company("防疫物业");
        String estate = register.estate("封闭小区", "新华街道", company);
        Caller companyUser = Caller.companyUser("zhang", company);

        Reply check = api.post(companyUser, "/api/v1/assessment/epidemic-checks", Map.of("estateId", estate,
                "closedManagement", true, "disinfected", true, "at", "2022-02-05T08:00:00+08:00")).is(201);
        assertThat(check.string("/day")).isEqualTo("2022-02-05");
        api.post(ADMIN, "/api/v1/assessment/epidemic-checks", Map.of("estateId", estate,
                "closedManagement", true, "disinfected", false, "at", "2022-02-05T20:00:00+08:00")).isProblem(409);
        api.post(ADMIN, "/api/v1/assessment/epidemic-checks", Map.of("estateId", estate,
                "closedManagement", false, "disinfected", true, "at", "2022-02-06T08:00:00+08:00")).is(201);

        JsonNode status = api.get(companyUser, "/api/v1/assessment/epidemic-checks/status").is(200).body();
        assertThat(status).hasSize(1);
        assertThat(status.get(0).get("latest").get("day").asString()).isEqualTo("2022-02-06");
        assertThat(status.get(0).get("latest").get("closedManagement").asBoolean()).isFalse();
        assertThat(api.get(ADMIN, "/api/v1/assessment/epidemic-checks?estateId=" + estate + "&from=2022-02-05&to=2022-02-05")
                .is(200).body().get("content")).hasSize(1);

        String id = check.string("/id");
        assertCloudEvent(events.one(id, CHECKED), CHECKED, id, "2022-02-05T00:00:00Z");
        assertThat(value(events.one(id, CHECKED))).contains("\"closedManagement\":true", "\"disinfected\":true");
    }

    @Test
    void aCompanyCannotRecordChecksForAnotherCompanysEstate() {
        String estate = register.estate("别家小区", "新华街道", register.company("别家物业"));

        api.post(Caller.companyUser("zhang", register.company("自家物业")), "/api/v1/assessment/epidemic-checks",
                Map.of("estateId", estate, "closedManagement", true, "disinfected", true)).isProblem(403);
    }
}
