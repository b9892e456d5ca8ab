package io.estatewatch.assessment.round;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.assessment.support.Rounds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.assessment.support.Api.ADMIN;
import static io.estatewatch.assessment.support.PublishedEvents.assertCloudEvent;
import static io.estatewatch.assessment.support.PublishedEvents.headers;
import static io.estatewatch.assessment.support.PublishedEvents.value;
import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class ScoringBelowTheThresholdTest {

    static final String SCORED = "estatewatch.assessment.estate.scored.v1";
    static final String EXPOSED = "estatewatch.assessment.estate.exposed.v1";
    static final String OPENED = "estatewatch.assessment.round.opened.v1";
    static final String ORDERED = "estatewatch.assessment.rectification.ordered.v1";
    static final String VERIFIED = "estatewatch.assessment.rectification.verified.v1";
    static final String FAILED = "estatewatch.assessment.rectification.failed.v1";
    static final String HELD = "estatewatch.assessment.interview.held.v1";

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;

    @Test
    void scoringAnEstateAt55PublishesEstateScoredEstateExposedAndRectificationOrderedAsCloudEvents() {
        String company = register.company("绿城物业");
        String estate = register.estate("幸福里小区", "新华街道", company);
        String round = openRound(estate);

        Reply scored = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores", Map.of(
                "estateId", estate, "items", Rounds.FIFTY_FIVE, "at", "2022-03-10T10:00:00+08:00")).is(201);

        assertThat(scored.body().get("total").decimalValue()).isEqualByComparingTo("55");
        assertThat(scored.body().get("exposed").asBoolean()).isTrue();
        String order = scored.string("/rectificationOrderId");

        List<ConsumerRecord<String, byte[]>> roundEvents = events.await(round, OPENED, SCORED, EXPOSED);
        assertThat(roundEvents).extracting(record -> headers(record).get("ce_type"))
                .containsExactly(OPENED, SCORED, EXPOSED);
        assertThat(roundEvents).extracting(record -> headers(record).get("ce_sequence")).containsExactly("1", "2", "3");
        ConsumerRecord<String, byte[]> estateScored = roundEvents.get(1);
        assertCloudEvent(estateScored, SCORED, round, "2022-03-10T02:00:00Z");
        assertThat(value(estateScored)).contains("\"street\":\"新华街道\"", "\"companyId\":\"" + company + "\"",
                "\"total\":55", "\"failedItems\":[\"SAN-01\",\"SAN-02\",\"FIRE-01\",\"ORD-01\",\"ORD-02\",\"FAC-01\"]");
        assertCloudEvent(roundEvents.get(2), EXPOSED, round, "2022-03-10T02:00:00Z");
        assertThat(value(roundEvents.get(2))).contains("\"mediaNote\":\"", "\"estateId\":\"" + estate + "\"");

        ConsumerRecord<String, byte[]> ordered = events.one(order, ORDERED);
        assertCloudEvent(ordered, ORDERED, order, "2022-03-10T02:00:00Z");
        assertThat(value(ordered)).contains("\"roundId\":\"" + round + "\"", "\"companyId\":\"" + company + "\"",
                "\"dueAt\":\"2022-03-25T02:00:00Z\"", "\"items\":[\"SAN-01\",");
    }

    @Test
    void anEstateAtTheThresholdIsScoredButNeitherExposedNorOrderedToRectify() {
        String estate = register.estate("明月苑", "新华街道", null);
        String round = openRound(estate);

        Reply scored = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores", Map.of("estateId", estate,
                "items", List.of(Map.of("code", "SAN-01", "score", 0), Map.of("code", "SAN-02", "score", 0),
                        Map.of("code", "FIRE-01", "score", 0), Map.of("code", "FIRE-02", "score", 0),
                        Map.of("code", "ORD-01", "score", 0)),
                "at", "2022-03-10T10:00:00+08:00")).is(201);

        assertThat(scored.body().get("total").decimalValue()).isEqualByComparingTo("60");
        assertThat(scored.body().get("exposed").asBoolean()).isFalse();
        assertThat(scored.body().get("rectificationOrderId").isNull()).isTrue();
        assertThat(events.await(round, OPENED, SCORED)).extracting(record -> headers(record).get("ce_type"))
                .doesNotContain(EXPOSED);
    }

    @Test
    void aVerifiedReInspectionPublishesRectificationVerified() {
        String company = register.company("安居物业");
        String estate = register.estate("和平小区", "城关街道", company);
        String order = scoreBelowThreshold(estate);

        Reply verified = api.post(ADMIN, "/api/v1/assessment/rectifications/" + order + "/re-inspections",
                Map.of("outcome", "VERIFIED", "at", "2022-03-24T09:00:00+08:00", "note", "已整改到位")).is(201);

        assertThat(verified.string("/status")).isEqualTo("VERIFIED");
        ConsumerRecord<String, byte[]> record = events.one(order, VERIFIED);
        assertCloudEvent(record, VERIFIED, order, "2022-03-24T01:00:00Z");
        assertThat(headers(record).get("ce_sequence")).isEqualTo("2");
        api.post(ADMIN, "/api/v1/assessment/rectifications/" + order + "/re-inspections",
                Map.of("outcome", "VERIFIED")).isProblem(409);
    }

    @Test
    void aFailedReInspectionEscalatesTheOrderWithANewDeadlineAndPublishesRectificationFailed() {
        String estate = register.estate("东风小区", "城关街道", register.company("东风物业"));
        String order = scoreBelowThreshold(estate);

        Reply failed = api.post(ADMIN, "/api/v1/assessment/rectifications/" + order + "/re-inspections",
                Map.of("items", List.of(Map.of("code", "SAN-01", "rectified", true),
                                Map.of("code", "SAN-02", "rectified", false)),
                        "at", "2022-03-26T09:00:00+08:00")).is(201);

        assertThat(failed.string("/status")).isEqualTo("ESCALATED");
        assertThat(failed.string("/dueAt")).isEqualTo("2022-04-10T09:00:00+08:00");
        assertThat(failed.body().get("escalations").asInt()).isEqualTo(1);
        assertThat(value(events.one(order, FAILED))).contains("\"escalated\":true");
    }

    @Test
    void theScheduledInterviewPublishesInterviewHeldWithTheStreetCommunityAndCompanyOnceHeld() {
        String company = register.company("金桥物业");
        String estate = register.estate("金桥花园", "新华街道", company);
        String round = openRound(estate);
        Reply scored = api.post(ADMIN, "/api/v1/assessment/rounds/" + round + "/scores", Map.of(
                "estateId", estate, "items", Rounds.FIFTY_FIVE, "at", "2022-03-10T10:00:00+08:00")).is(201);
        String interview = scored.string("/interviewId");

        Reply scheduled = api.get(ADMIN, "/api/v1/assessment/interviews/" + interview).is(200);
        assertThat(scheduled.string("/status")).isEqualTo("SCHEDULED");
        assertThat(scheduled.string("/scheduledAt")).isEqualTo("2022-03-17T10:00:00+08:00");

        api.post(ADMIN, "/api/v1/assessment/interviews/" + interview + "/held", Map.of(
                "at", "2022-03-17T10:00:00+08:00", "attendees", List.of("街道", "社区", "物业"),
                "commitment", "一个月内整改到位")).is(200);

        ConsumerRecord<String, byte[]> held = events.one(interview, HELD);
        assertCloudEvent(held, HELD, interview, "2022-03-17T02:00:00Z");
        assertThat(value(held)).contains("\"roundId\":\"" + round + "\"", "\"companyId\":\"" + company + "\"",
                "\"street\":\"新华街道\"", "\"community\":\"新华街道社区\"");
    }

    private String scoreBelowThreshold(String estate) {
        return rounds().score(openRound(estate), estate, Rounds.FIFTY_FIVE).string("/rectificationOrderId");
    }

    private String openRound(String estate) {
        return rounds().open(estate);
    }

    private Rounds rounds() {
        return new Rounds(api);
    }
}
