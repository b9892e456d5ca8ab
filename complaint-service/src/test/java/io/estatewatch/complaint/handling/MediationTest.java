package io.estatewatch.complaint.handling;

import io.estatewatch.complaint.routing.EstateDirectory;
import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.ComplaintTopic.Event;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import io.estatewatch.servicekit.security.Caller;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

/** 受理 → 派单 → 响应 → 办理 → 回访 → 办结 over HTTP, each step with its event at its own time, within the callers' scopes. */
@ComplaintServiceTest
class MediationTest {

    @Autowired
    Http http;
    @Autowired
    Register register;
    @Autowired
    ComplaintTopic topic;
    @Autowired
    EstateDirectory directory;

    String estateId;
    String company;
    Caller companyUser;
    Caller streetOfficer;

    @BeforeEach
    void aManagedEstate() {
        estateId = Register.newEstateId();
        company = "company-" + estateId.substring(7, 15);
        companyUser = Caller.companyUser("zhao.company", company);
        streetOfficer = Caller.streetOfficer("wang.street", "望江街道");
        register.estate(estateId, "望江苑" + estateId.substring(7, 15), List.of(), "望江街道");
        register.managedBy(estateId, company);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.find(estateId).map(e -> company.equals(e.companyId())).orElse(false));
    }

    private String push() {
        return http.post(HOTLINE, "/api/v1/complaints", about(estateId)).at("/id");
    }

    private Reply step(Caller caller, String id, String step, Map<String, Object> body) {
        return http.post(caller, "/api/v1/complaints/" + id + "/" + step, body);
    }

    @Test
    void theWholeMediationIsBackEnteredAndEveryStepEmitsItsEventAtItsTime() {
        String id = push();

        assertThat(step(companyUser, id, "response", Map.of("note", "已联系", "at", "2022-03-01T14:00:00+08:00")).status())
                .isEqualTo(200);
        assertThat(step(companyUser, id, "resolution", Map.of("result", "已清理", "at", "2022-03-04T10:00:00+08:00"))
                .status()).isEqualTo(200);
        Reply closed = step(streetOfficer, id, "callback", Map.of("satisfaction", "SATISFIED", "at", "2022-03-05T09:00:00+08:00"));

        assertThat(closed.status()).as(closed.text()).isEqualTo(200);
        assertThat(closed.at("/status")).isEqualTo("CLOSED");
        assertThat(closed.at("/statusLabel")).isEqualTo("已办结");
        assertThat(closed.at("/closedAt")).isEqualTo("2022-03-05T09:00:00+08:00");
        assertThat(closed.body().get("history").findValuesAsString("kind"))
                .containsExactly("RECEIVED", "ASSIGNED", "RESPONDED", "RESOLVED", "CALLBACK", "CLOSED");
        List<Event> events = topic.await(id, 6);
        assertThat(events).extracting(Event::fact).containsExactly("received", "assigned", "responded", "resolved",
                "callback-recorded", "closed");
        assertThat(events).extracting(e -> Instant.parse(e.headers().get("ce_time"))).containsExactly(
                Instant.parse("2022-03-01T01:30:00Z"), Instant.parse("2022-03-01T01:30:00Z"),
                Instant.parse("2022-03-01T06:00:00Z"), Instant.parse("2022-03-04T02:00:00Z"),
                Instant.parse("2022-03-05T01:00:00Z"), Instant.parse("2022-03-05T01:00:00Z"));
        assertThat(events).extracting(e -> e.headers().get("ce_sequence")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(events.get(2).field("by")).isEqualTo("zhao.company");
        assertThat(events.get(4).field("satisfaction")).isEqualTo("SATISFIED");
    }

    @Test
    void aDissatisfiedCallbackReopensAndAnIllegalStepAnswersTheCurrentState() {
        String id = push();
        step(companyUser, id, "response", Map.of("at", "2022-03-01T14:00:00+08:00"));
        step(companyUser, id, "resolution", Map.of("at", "2022-03-02T10:00:00+08:00"));

        Reply reopened = step(ADMIN, id, "callback", Map.of("satisfaction", "DISSATISFIED", "at", "2022-03-02T15:00:00+08:00"));
        Reply illegal = step(ADMIN, id, "response", Map.of("at", "2022-03-02T16:00:00+08:00"));

        assertThat(reopened.at("/status")).isEqualTo("REOPENED");
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.contentType()).startsWith("application/problem+json");
        assertThat(illegal.at("/currentState")).isEqualTo("REOPENED");
        assertThat(topic.await(id, 6)).extracting(Event::fact).endsWith("callback-recorded", "reopened");
    }

    @Test
    void aStepBeforeThePreviousStepIsRefused() {
        String id = push();

        Reply reply = step(companyUser, id, "response", Map.of("at", "2022-02-28T14:00:00+08:00"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.at("/errors/0/field")).isEqualTo("at");
    }

    @Test
    void urgingEmitsItsEventAndCounts() {
        String id = push();

        Reply urged = step(ADMIN, id, "urging", Map.of("note", "请于今日处理", "at", "2022-03-01T16:00:00+08:00"));

        assertThat(urged.status()).isEqualTo(200);
        assertThat(urged.at("/urgings")).isEqualTo("1");
        assertThat(topic.await(id, 3).get(2).fact()).isEqualTo("urged");
    }

    @Test
    void aStreetOfficerSeesOnlyItsStreetsComplaints() {
        String id = push();
        Caller elsewhere = Caller.streetOfficer("li.street", "城西街道");

        assertThat(http.get(streetOfficer, "/api/v1/complaints/" + id).status()).isEqualTo(200);
        assertThat(http.get(elsewhere, "/api/v1/complaints/" + id).status()).isEqualTo(404);
        assertThat(step(elsewhere, id, "urging", Map.of()).status()).isEqualTo(404);
        assertThat(http.get(elsewhere, "/api/v1/complaints?estateId=" + estateId).body().get("content")).isEmpty();
        assertThat(http.get(streetOfficer, "/api/v1/complaints?estateId=" + estateId).body().get("content")).hasSize(1);
    }

    @Test
    void aCompanyHandlesOnlyItsOwnComplaintsAndDispatchesNothing() {
        String id = push();
        Caller otherCompany = Caller.companyUser("qian", "company-other");

        assertThat(http.get(otherCompany, "/api/v1/complaints/" + id).status()).isEqualTo(404);
        assertThat(step(otherCompany, id, "response", Map.of()).status()).isEqualTo(404);
        assertThat(step(companyUser, id, "urging", Map.of()).status()).isEqualTo(403);
        assertThat(step(companyUser, id, "assignment", Map.of("assignee", Map.of("type", "COMPANY", "id", "x")))
                .status()).isEqualTo(403);
        assertThat(http.get(companyUser, "/api/v1/complaints/" + id).at("/complainant/phone")).isEqualTo("138****5678");
    }

    @Test
    void theListingFiltersByChannelStatusEstateAndPeriod() {
        String id = push();

        Reply march = http.get(ADMIN, "/api/v1/complaints?estateId=" + estateId
                + "&channel=MAYOR_HOTLINE&status=ASSIGNED&from=2022-03-01&to=2022-03-01");
        Reply april = http.get(ADMIN, "/api/v1/complaints?estateId=" + estateId + "&from=2022-04-01");

        assertThat(march.ids()).containsExactly(id);
        assertThat(march.at("/page/totalElements")).isEqualTo("1");
        assertThat(april.body().get("content")).isEmpty();
        assertThat(http.get(Caller.publicUser("citizen"), "/api/v1/complaints").status()).isEqualTo(403);
    }
}
