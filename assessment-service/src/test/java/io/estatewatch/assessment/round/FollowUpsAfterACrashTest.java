package io.estatewatch.assessment.round;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.assessment.support.Rounds;
import io.estatewatch.assessment.support.Api.Reply;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;

import static io.estatewatch.assessment.support.PublishedEvents.headers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring below the threshold writes the round, then the order and the interview. A crash in between must lose
 * nothing, and issuing again must double nothing.
 */
@AssessmentServiceTest
class FollowUpsAfterACrashTest {

    static final String ORDERED = "estatewatch.assessment.rectification.ordered.v1";

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FollowUps followUps;

    @Test
    void followUpsLostToACrashAfterTheRoundWasWrittenAreIssuedByTheRetryOnce() {
        String estate = register.estate("断电小区", "新华街道", register.company("断电物业"));
        Rounds rounds = new Rounds(api);
        String round = rounds.open(estate);
        Reply scored = rounds.score(round, estate, Rounds.FIFTY_FIVE);
        String order = scored.string("/rectificationOrderId");
        String interview = scored.string("/interviewId");
        events.await(order, ORDERED);
        // As if the process had died right after the round's write: the follow-ups are pending and do not exist.
        mongo.remove(Query.query(Criteria.where("_id").is(order)), "rectifications");
        mongo.remove(Query.query(Criteria.where("_id").is(interview)), "interviews");
        pending(round, estate);

        followUps.issueAllPending();

        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(order)), "rectifications")).isTrue();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(interview)), "interviews")).isTrue();
        assertThat(pendingOf(round)).isEmpty();
        api.get(Api.ADMIN, "/api/v1/assessment/rectifications/" + order).is(200);
    }

    @Test
    void issuingFollowUpsThatExistAlreadyIssuesNothingTwice() {
        String estate = register.estate("重试小区", "新华街道", register.company("重试物业"));
        Rounds rounds = new Rounds(api);
        String round = rounds.open(estate);
        String order = rounds.score(round, estate, Rounds.FIFTY_FIVE).string("/rectificationOrderId");
        events.await(order, ORDERED);
        // As if the process had died after writing the order but before clearing the pending mark.
        pending(round, estate);

        followUps.issueAllPending();
        followUps.issueAllPending();

        assertThat(mongo.count(Query.query(Criteria.where("estate.estateId").is(estate)), "rectifications")).isEqualTo(1);
        assertThat(pendingOf(round)).isEmpty();
        assertThat(events.now(order)).extracting(record -> headers(record).get("ce_type")).containsExactly(ORDERED);
    }

    private void pending(String round, String estate) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(round)), new Update().addToSet("pendingFollowUps", estate),
                "rounds");
    }

    private List<?> pendingOf(String round) {
        return mongo.findById(round, Document.class, "rounds").getList("pendingFollowUps", Object.class);
    }
}
