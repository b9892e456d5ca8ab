package io.estatewatch.assessment;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.assessment.support.Rounds;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.estatewatch.assessment.support.Api.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Street officers act on their streets' estates, companies see their own estates' records, and nobody else's. */
@AssessmentServiceTest
class ScopeTest {

    static final Caller XINHUA_OFFICER = Caller.streetOfficer("li.wei", "新华街道");

    @Autowired
    Api api;
    @Autowired
    Register register;

    @Test
    void aStreetOfficerScoresTheEstatesOfItsStreetButNotOthers() {
        String own = register.estate("幸福里", "新华街道", null);
        String other = register.estate("和平小区", "城关街道", null);
        String round = new Rounds(api).open(own, other);

        api.post(XINHUA_OFFICER, "/api/v1/assessment/rounds/" + round + "/scores",
                Map.of("estateId", own, "items", List.of())).is(201);
        api.post(XINHUA_OFFICER, "/api/v1/assessment/rounds/" + round + "/scores",
                Map.of("estateId", other, "items", List.of())).isProblem(403);
    }

    @Test
    void onlyTheDistrictOpensAndPublishesRounds() {
        String estate = register.estate("幸福里", "新华街道", null);

        api.post(XINHUA_OFFICER, "/api/v1/assessment/rounds", Map.of("name", "2022-Q4-street",
                "estateIds", List.of(estate))).isProblem(403);
    }

    @Test
    void aCompanySeesTheRectificationOrdersOfItsOwnEstatesOnly() {
        String mine = register.company("自家物业");
        String theirs = register.company("别家物业");
        String myEstate = register.estate("自家小区", "新华街道", mine);
        String theirEstate = register.estate("别家小区", "新华街道", theirs);
        Rounds rounds = new Rounds(api);
        String round = rounds.open(myEstate, theirEstate);
        String myOrder = rounds.score(round, myEstate, Rounds.FIFTY_FIVE).string("/rectificationOrderId");
        String theirOrder = rounds.score(round, theirEstate, Rounds.FIFTY_FIVE).string("/rectificationOrderId");
        Caller company = Caller.companyUser("zhang", mine);

        List<String> listed = new ArrayList<>();
        api.get(company, "/api/v1/assessment/rectifications?roundId=" + round).is(200).body().get("content")
                .forEach(order -> listed.add(order.get("id").asString()));

        assertThat(listed).containsExactly(myOrder);
        api.get(company, "/api/v1/assessment/rectifications/" + theirOrder).isProblem(404);
        api.post(company, "/api/v1/assessment/rectifications/" + myOrder + "/re-inspections",
                Map.of("outcome", "VERIFIED")).isProblem(403);
        assertThat(api.get(ADMIN, "/api/v1/assessment/rectifications?roundId=" + round).is(200)
                .body().get("page").get("totalElements").asInt()).isEqualTo(2);
    }
}
