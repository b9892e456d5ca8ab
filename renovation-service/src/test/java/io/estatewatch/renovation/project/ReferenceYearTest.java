package io.estatewatch.renovation.project;

import io.estatewatch.renovation.support.Api;
import io.estatewatch.renovation.support.Api.Reply;
import io.estatewatch.renovation.support.Bodies;
import io.estatewatch.renovation.support.PublishedEvents;
import io.estatewatch.renovation.support.RenovationServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.estatewatch.renovation.support.Api.OFFICER;
import static io.estatewatch.renovation.support.Bodies.plan;
import static io.estatewatch.renovation.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference year of the work summary: 「今年我区计划整治改造老旧小区3个…总建筑面积44.6万平方米，涉及居民4240户。按照基本型组织实施，
 * 其中2个小区纳入中央财政资金奖补项目。目前已出台《市区2020年老旧小区改造实施方案》并在拟改造小区进行公示，正在向市审计局报送上限价审核。」
 */
@RenovationServiceTest
class ReferenceYearTest {

    private static final String TITLE = "《市区2020年老旧小区改造实施方案》";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    JsonMapper json;

    @Test
    void theReferenceYearsThreeEstatesAddUpToTheFiguresOfTheSummary() {
        String programme = api.programme(Bodies.programmeCode(), TITLE);
        List<String> ids = new ArrayList<>();
        ids.add(planProject(programme, 152_000, 1_420, true));
        ids.add(planProject(programme, 168_000, 1_610, true));
        ids.add(planProject(programme, 126_000, 1_210, false));
        for (String id : ids) {
            reach(id, Map.of("milestone", "PLAN_ISSUED", "at", "2020-04-28T10:00:00+08:00"));
            reach(id, Map.of("milestone", "PUBLIC_NOTICE", "at", "2020-05-06T09:00:00+08:00",
                    "publicNotice", Map.of("from", "2020-05-06", "to", "2020-05-15")));
            reach(id, Map.of("milestone", "PRICE_CAP_AUDIT_SUBMITTED", "at", "2020-06-10T15:00:00+08:00"));
        }

        Reply totals = api.get(OFFICER, "/api/v1/renovation/programmes/" + programme + "/totals");

        assertThat(totals.status()).isEqualTo(200);
        JsonNode body = totals.body();
        assertThat(body.get("programmeTitle").asString()).isEqualTo(TITLE);
        assertThat(body.get("projects").asInt()).isEqualTo(3);
        assertThat(body.get("floorAreaM2").asDouble()).isEqualTo(446_000);
        assertThat(body.get("households").asInt()).isEqualTo(4_240);
        assertThat(body.get("centralSubsidyProjects").asInt()).isEqualTo(2);
        assertThat(body.at("/byType/BASIC").asInt()).isEqualTo(3);
        assertThat(body.at("/byState/PRICE_CAP_AUDIT_SUBMITTED").asInt()).isEqualTo(3);

        // What the reporting service folds: each project planned once with the programme's title, then its milestones.
        double area = 0;
        int households = 0;
        int central = 0;
        for (String id : ids) {
            JsonNode planned = json.readTree(events.await(id, 4).get(0).value());
            assertThat(planned.get("programmeTitle").asString()).isEqualTo(TITLE);
            area += planned.get("floorAreaM2").asDouble();
            households += planned.get("households").asInt();
            central += planned.get("centralSubsidy").asBoolean() ? 1 : 0;
        }
        assertThat(area).isEqualTo(446_000);
        assertThat(households).isEqualTo(4_240);
        assertThat(central).isEqualTo(2);
    }

    @Test
    void theTotalsOfAnUnknownProgrammeAreNotFound() {
        assertThat(api.get(OFFICER, "/api/v1/renovation/programmes/1999/totals").status()).isEqualTo(404);
    }

    private String planProject(String programme, double area, int households, boolean central) {
        Map<String, Object> body = with(with(with(plan(programme), "floorAreaM2", area), "households", households),
                "centralSubsidy", central);
        Reply reply = api.post(OFFICER, "/api/v1/renovation/projects", body);
        assertThat(reply.status()).isEqualTo(201);
        return reply.string("/id");
    }

    private void reach(String id, Map<String, Object> body) {
        assertThat(api.post(OFFICER, "/api/v1/renovation/projects/" + id + "/milestones", body).status()).isEqualTo(201);
    }
}
