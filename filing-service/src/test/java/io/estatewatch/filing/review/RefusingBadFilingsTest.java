package io.estatewatch.filing.review;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.List;
import java.util.Map;

import static io.estatewatch.filing.support.Api.OFFICER;
import static io.estatewatch.filing.support.Bodies.with;
import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class RefusingBadFilingsTest {

    @Autowired
    Api api;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneFiling() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        String body = "{\"type\":\"SERVICE_GRADE\",\"estateId\":\"" + estate + "\",\"submittedAt\":\"2022-04-01T09:00:00+08:00\","
                + "\"details\":{\"requestedGrade\":\"GRADE_1\",\"evidence\":[\"自评报告\"]}}";

        Reply first = api.send(OFFICER, MockMvcRequestBuilders.post("/api/v1/filings")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "grade-" + estate).content(body));
        Reply retried = api.send(OFFICER, MockMvcRequestBuilders.post("/api/v1/filings")
                .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "grade-" + estate).content(body));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.replay()).isEqualTo("true");
        assertThat(retried.string("/id")).isEqualTo(first.string("/id"));
        assertThat(mongo.count(Query.query(Criteria.where("estateId").is(estate)), Document.class, "filings")).isEqualTo(1);
    }

    @Test
    void anUnknownFilingTypeIsABadRequestListingTheTypes() {
        Reply reply = api.post(OFFICER, "/api/v1/filings", with(Bodies.preTender("e", "2022-03-01T09:00:00+08:00"),
                "type", "BUILDING_PERMIT"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.string("/errors/0/field")).isEqualTo("type");
        assertThat(reply.string("/errors/0/message")).contains("PRE_TENDER").contains("PROJECT_EXIT");
    }

    @Test
    void aWrongCodeInsideTheDetailsIsNamedWithItsPath() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        Reply reply = api.post(OFFICER, "/api/v1/filings", Bodies.filing("PRE_TENDER", estate, null,
                "2022-03-01T09:00:00+08:00", Map.of("developer", "某置业", "tenderMethod", "LOTTERY",
                        "plannedTenderDate", "2022-03-20")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.string("/errors/0/field")).isEqualTo("details.tenderMethod");
        assertThat(reply.string("/errors/0/message")).contains("INVITED").contains("PUBLIC");
    }

    @Test
    void anUnknownFieldOrAWrongTypeInsideTheDetailsIsNamed() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        Reply unknown = api.post(OFFICER, "/api/v1/filings", Bodies.filing("SERVICE_GRADE", estate, null,
                "2022-03-01T09:00:00+08:00", Map.of("requestedGrade", "GRADE_1", "evidence", List.of("x"), "stars", 5)));
        Reply badDate = api.post(OFFICER, "/api/v1/filings", Bodies.filing("PROJECT_EXIT", estate, api.company("某物业"),
                "2022-03-01T09:00:00+08:00", Map.of("exitDate", "next June", "recordsHandedOver", true,
                        "fundsHandedOver", true)));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.string("/errors/0/field")).isEqualTo("details.stars");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.string("/errors/0/field")).isEqualTo("details.exitDate");
    }

    @Test
    void missingDetailsAndBrokenDetailRulesAreAllNamed() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        Reply missing = api.post(OFFICER, "/api/v1/filings", with(Bodies.preTender(estate, "2022-03-01T09:00:00+08:00"),
                "details", null));
        Reply broken = api.post(OFFICER, "/api/v1/filings", Bodies.filing("PRE_TENDER", estate, null,
                "2022-03-01T09:00:00+08:00", Map.of("tenderMethod", "INVITED", "invitedBidders", List.of("甲", "乙"))));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.string("/errors/0/field")).isEqualTo("details");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "details.developer", "details.invitedBidders", "details.plannedTenderDate");
    }

    @Test
    void malformedJsonAnUnknownEstateAndAFutureSubmissionAreBadRequests() {
        Reply malformed = api.post(OFFICER, "/api/v1/filings", "{\"type\": \"PRE_TENDER\", ");
        Reply unknownEstate = api.post(OFFICER, "/api/v1/filings", Bodies.preTender("no-such-estate", "2022-03-01T09:00:00+08:00"));
        Reply future = api.post(OFFICER, "/api/v1/filings",
                Bodies.preTender(api.estate(Bodies.unique("翠苑街道")), "2999-03-01T09:00:00+08:00"));
        Reply badDecision = api.post(OFFICER, "/api/v1/filings/whatever/decision", Map.of("decision", "MAYBE"));

        assertThat(List.of(malformed.status(), unknownEstate.status(), future.status(), badDecision.status()))
                .containsOnly(400);
        assertThat(List.of(malformed, unknownEstate, future, badDecision)).allMatch(Reply::isProblem);
        assertThat(unknownEstate.string("/errors/0/field")).isEqualTo("estateId");
        assertThat(future.string("/errors/0/field")).isEqualTo("submittedAt");
        assertThat(badDecision.string("/errors/0/field")).isEqualTo("decision");
    }

    @Test
    void badListingParametersAreBadRequestsNamingTheParameter() {
        Reply size = api.get(OFFICER, "/api/v1/filings?size=0");
        Reply period = api.get(OFFICER, "/api/v1/filings/counts?from=2022-06-30&to=2022-01-01");
        Reply periodOf = api.get(OFFICER, "/api/v1/filings?periodOf=WHENEVER");
        Reply day = api.get(OFFICER, "/api/v1/filings/counts?from=2022-13-01&to=2022-12-31");

        assertThat(List.of(size.status(), period.status(), periodOf.status(), day.status())).containsOnly(400);
        assertThat(List.of(size, period, periodOf, day)).allMatch(Reply::isProblem);
        assertThat(period.string("/errors/0/field")).isEqualTo("to");
        assertThat(periodOf.string("/errors/0/field")).isEqualTo("periodOf");
    }

    @Test
    void anUnknownFilingIsNotFound() {
        Reply reply = api.get(OFFICER, "/api/v1/filings/no-such-filing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }
}
