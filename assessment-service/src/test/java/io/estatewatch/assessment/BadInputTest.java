package io.estatewatch.assessment;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.assessment.support.Rounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.estatewatch.assessment.support.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends wrong, it gets an RFC 9457 problem naming the field, never a 500. */
@AssessmentServiceTest
class BadInputTest {

    @Autowired
    Api api;
    @Autowired
    Register register;

    @Test
    void aScoreOutsideTheItemsRangeIsA400NamingTheItem() {
        String estate = register.estate("幸福里", "新华街道", null);
        String round = new Rounds(api).open(estate);

        Reply reply = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores", Map.of("estateId", estate,
                "items", List.of(Map.of("code", "SAN-01", "score", 12)))).isProblem(400);

        assertThat(fields(reply)).containsExactly("items[0].score");
        assertThat(api.get(ADMIN, "/api/v1/assessment/rounds/" + round).is(200).body().get("scored").asInt()).isZero();
    }

    @Test
    void anUnknownItemCodeIsA400() {
        String estate = register.estate("幸福里", "新华街道", null);
        String round = new Rounds(api).open(estate);

        Reply reply = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores", Map.of("estateId", estate,
                "items", List.of(Map.of("code", "NOPE-01", "score", 1)))).isProblem(400);

        assertThat(fields(reply)).containsExactly("items[0].code");
    }

    @Test
    void anEstateTheRegisterDoesNotKnowCannotBeInARound() {
        String known = register.estate("幸福里", "新华街道", null);

        Reply reply = api.post(ADMIN, "/api/v1/assessment/rounds", Map.of("name", "2022-Q2-unknown",
                "estateIds", List.of(known, "estate-nobody-registered"))).isProblem(400);

        assertThat(fields(reply)).containsExactly("estateIds[1]");
    }

    @Test
    void anEstateOutsideTheRoundCannotBeScoredInIt() {
        String inside = register.estate("幸福里", "新华街道", null);
        String outside = register.estate("明月苑", "新华街道", null);
        String round = new Rounds(api).open(inside);

        Reply reply = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores",
                Map.of("estateId", outside, "items", List.of())).isProblem(400);

        assertThat(fields(reply)).containsExactly("estateId");
    }

    @Test
    void anEstateIsScoredOnceARoundTheSecondTimeIsAConflictWithTheCurrentState() {
        String estate = register.estate("幸福里", "新华街道", null);
        Rounds rounds = new Rounds(api);
        String round = rounds.open(estate);
        rounds.score(round, estate, 90);

        Reply again = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores",
                Map.of("estateId", estate, "items", List.of())).isProblem(409);

        assertThat(again.string("/currentState")).isEqualTo("SCORED");
    }

    @Test
    void anUnknownRoundIsA404() {
        api.post(ADMIN, "/api/v1/assessment/rounds/no-such-round/scores",
                Map.of("estateId", "x", "items", List.of())).isProblem(404);
        api.get(ADMIN, "/api/v1/assessment/rounds/no-such-round").isProblem(404);
    }

    @Test
    void aRoundNameIsUsedOnceInTheDistrict() {
        String estate = register.estate("幸福里", "新华街道", null);
        Map<String, Object> body = Map.of("name", "2022-Q3-twice", "estateIds", List.of(estate));
        api.post(ADMIN, "/api/v1/assessment/rounds", body).is(201);

        api.post(ADMIN, "/api/v1/assessment/rounds", body).isProblem(409);
    }

    @Test
    void aChecklistWhoseItemsDoNotAddUpToAHundredIsA400() {
        Reply reply = api.post(ADMIN, "/api/v1/assessment/checklists", Map.of("code", "too-little", "title", "少了",
                "sections", List.of(Map.of("code", "A", "title", "A", "items", List.of(
                        Map.of("code", "A-1", "title", "一", "maximum", 50)))))).isProblem(400);

        assertThat(fields(reply)).containsExactly("sections");
    }

    @Test
    void aRecordDatedInTheFutureIsA400() {
        String estate = register.estate("幸福里", "新华街道", null);
        String round = new Rounds(api).open(estate);

        Reply reply = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores",
                Map.of("estateId", estate, "items", List.of(), "at", "2099-01-01T00:00:00+08:00")).isProblem(400);

        assertThat(fields(reply)).containsExactly("at");
    }

    @Test
    void malformedJsonAndAWrongTypeAreProblemsToo() {
        api.send(ADMIN, MockMvcRequestBuilders.post("/api/v1/assessment/supplies")
                .contentType(MediaType.APPLICATION_JSON).content("{\"companyId\": ")).isProblem(400);
        api.post(ADMIN, "/api/v1/assessment/outreach", Map.of("recipientType", "NEIGHBOURS", "copies", 3))
                .isProblem(400);
        api.post(ADMIN, "/api/v1/assessment/outreach", Map.of("recipientType", "OWNER", "copies", 0)).isProblem(400);
    }

    @Test
    void aRequestWithoutATokenIsA401() {
        api.get(null, "/api/v1/assessment/rounds").isProblem(401);
    }

    static List<String> fields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
