package io.estatewatch.assessment.firelane;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.estatewatch.assessment.support.PublishedEvents.assertCloudEvent;
import static io.estatewatch.assessment.support.PublishedEvents.value;
import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class FireLaneGapsTest {

    static final String INSPECTED = "estatewatch.assessment.fire-lane.inspected.v1";
    static final Map<String, Boolean> OK = Map.of("present", true, "toStandard", true);
    static final Map<String, Boolean> MISSING = Map.of("present", false, "toStandard", false);

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;

    @Test
    void anEstateIsListedAsAGapUntilItsLatestInspectionFindsEverythingToStandard() {
        String street = "消防街道-" + System.nanoTime();
        Caller officer = Caller.streetOfficer("li.wei", street);
        String fixed = register.estate("已整改小区", street, null);
        String missing = register.estate("缺标识小区", street, null);
        String never = register.estate("未检查小区", street, null);

        Reply first = inspect(officer, fixed, MISSING, OK, OK, "2022-05-01T10:00:00+08:00");
        inspect(officer, fixed, OK, OK, OK, "2022-05-20T10:00:00+08:00");
        inspect(officer, missing, OK, OK, Map.of("present", true, "toStandard", false), "2022-05-02T10:00:00+08:00");

        assertThat(gaps(officer, false)).containsExactly(missing);
        assertThat(gaps(officer, true)).containsExactlyInAnyOrder(missing, never);
        assertThat(api.get(officer, "/api/v1/assessment/fire-lanes/gaps").is(200).body().get(0).get("missing")
                .get(0).asString()).isEqualTo("BOARDS");

        String id = first.string("/id");
        assertCloudEvent(events.one(id, INSPECTED), INSPECTED, id, "2022-05-01T02:00:00Z");
        assertThat(value(events.one(id, INSPECTED))).contains("\"markingsOk\":false", "\"signsOk\":true",
                "\"qualityIssues\":[\"标线褪色\"]");
    }

    @Test
    void anAbsentFeatureCannotBeToStandard() {
        String estate = register.estate("矛盾小区", "新华街道", null);

        api.post(Api.ADMIN, "/api/v1/assessment/fire-lanes/inspections", Map.of("estateId", estate,
                "markings", Map.of("present", false, "toStandard", true), "signs", OK, "boards", OK)).isProblem(400);
    }

    private Reply inspect(Caller caller, String estate, Map<String, Boolean> markings, Map<String, Boolean> signs,
                          Map<String, Boolean> boards, String at) {
        return api.post(caller, "/api/v1/assessment/fire-lanes/inspections", Map.of("estateId", estate,
                "markings", markings, "signs", signs, "boards", boards, "qualityIssues", List.of("标线褪色"),
                "at", at)).is(201);
    }

    private List<String> gaps(Caller caller, boolean includeUninspected) {
        List<String> estates = new ArrayList<>();
        api.get(caller, "/api/v1/assessment/fire-lanes/gaps?includeUninspected=" + includeUninspected).is(200).body()
                .forEach(gap -> estates.add(gap.get("estateId").asString()));
        return estates;
    }
}
