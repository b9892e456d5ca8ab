package io.estatewatch.renovation.project;

import io.estatewatch.renovation.support.Api;
import io.estatewatch.renovation.support.Api.Reply;
import io.estatewatch.renovation.support.Bodies;
import io.estatewatch.renovation.support.RegisterFeed;
import io.estatewatch.renovation.support.RenovationServiceTest;
import io.estatewatch.servicekit.security.Caller;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.estatewatch.renovation.support.Api.OFFICER;
import static io.estatewatch.renovation.support.Bodies.plan;
import static io.estatewatch.renovation.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@RenovationServiceTest
class AccessTest {

    @Autowired
    Api api;
    @Autowired
    RegisterFeed register;
    @Autowired
    MongoTemplate mongo;

    private String projectOn(String programme, String estateId) {
        Reply reply = api.post(OFFICER, "/api/v1/renovation/projects", with(plan(programme), "estateIds", List.of(estateId)));
        assertThat(reply.status()).isEqualTo(201);
        return reply.string("/id");
    }

    @Test
    void aRequestWithoutATokenIsUnauthorised() {
        Reply reply = api.send(null, MockMvcRequestBuilders.get("/api/v1/renovation/projects"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void companiesHotlinesAndThePublicSeeNoRenovationWork() {
        for (Caller caller : List.of(Caller.companyUser("zhao", "company-1"), Caller.hotlineClient("12345", "*"),
                Caller.publicUser("citizen"))) {
            assertThat(api.get(caller, "/api/v1/renovation/projects").status()).as(caller.role().name()).isEqualTo(403);
            assertThat(api.get(caller, "/api/v1/renovation/programmes").status()).as(caller.role().name()).isEqualTo(403);
        }
    }

    @Test
    void onlyDistrictAdminsAndOfficersRecordRenovationWork() {
        String programme = api.programme(Bodies.programmeCode(), "《市区2020年老旧小区改造实施方案》");
        Caller streetOfficer = Caller.streetOfficer("li.wei", "新华街道");

        Reply plan = api.post(streetOfficer, "/api/v1/renovation/projects", plan(programme));
        Reply programmeByStreet = api.post(streetOfficer, "/api/v1/renovation/programmes",
                Map.of("code", Bodies.programmeCode(), "title", "t"));
        Reply planByAdmin = api.post(Caller.districtAdmin("admin"), "/api/v1/renovation/projects", plan(programme));

        assertThat(plan.status()).isEqualTo(403);
        assertThat(plan.contentType()).startsWith("application/problem+json");
        assertThat(programmeByStreet.status()).isEqualTo(403);
        assertThat(planByAdmin.status()).isEqualTo(201);
    }

    @Test
    void aStreetOfficerSeesOnlyTheProjectsOfItsOwnStreetsEstates() {
        String street = "街道-" + UUID.randomUUID();
        String mine = "estate-" + UUID.randomUUID();
        String elsewhere = "estate-" + UUID.randomUUID();
        register.estate(mine, street);
        register.estate(elsewhere, "another street");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                mongo.findById(mine, Document.class, "estates") != null
                        && mongo.findById(elsewhere, Document.class, "estates") != null);
        String programme = api.programme(Bodies.programmeCode(), "《市区2020年老旧小区改造实施方案》");
        String visible = projectOn(programme, mine);
        String hidden = projectOn(programme, elsewhere);
        Caller officer = Caller.streetOfficer("li.wei", street);

        Reply list = api.get(officer, "/api/v1/renovation/projects?programme=" + programme);
        Reply own = api.get(officer, "/api/v1/renovation/projects/" + visible);
        Reply other = api.get(officer, "/api/v1/renovation/projects/" + hidden);
        Reply totals = api.get(officer, "/api/v1/renovation/programmes/" + programme + "/totals");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("content").findValuesAsString("id")).containsExactly(visible);
        assertThat(own.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(404);
        assertThat(totals.body().get("projects").asInt()).isEqualTo(1);
        assertThat(api.get(OFFICER, "/api/v1/renovation/projects?programme=" + programme).body()
                .get("content").findValuesAsString("id")).containsExactlyInAnyOrder(visible, hidden);
    }

    @Test
    void aRegisterEventDeliveredTwiceIsFoldedOnce() {
        String estate = "estate-" + UUID.randomUUID();
        var registered = register.estate(estate, "first street");
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(estate, Document.class, "estates") != null);
        register.publish(new io.estatewatch.events.register.EstateUpdated(registered.districtId(), estate,
                registered.name(), List.of(), "second street", registered.community(), registered.address(),
                registered.buildings(), registered.households(), registered.floorAreaM2(), registered.builtYear(),
                false, registered.occurredAt()), 2);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "second street".equals(mongo.findById(estate, Document.class, "estates").getString("street")));

        register.publish(registered, 1);
        String marker = "estate-" + UUID.randomUUID();
        register.estate(marker, "marker street");
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(marker, Document.class, "estates") != null);

        assertThat(mongo.findById(estate, Document.class, "estates").getString("street")).isEqualTo("second street");
    }
}
