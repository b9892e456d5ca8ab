package io.estatewatch.filing.review;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.Decision;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.domain.PreliminaryContractDetails;
import io.estatewatch.filing.review.domain.ReviewDeadline;
import io.estatewatch.filing.review.domain.WorkingCalendar;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.filing.review.persistence.FilingStore;
import io.estatewatch.filing.review.persistence.FilingStore.Loaded;
import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import io.estatewatch.filing.support.PublishedEvents;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;

import static io.estatewatch.filing.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@FilingServiceTest
class CompletingInterruptedApprovalsTest {

    private static final String REGISTER = "estatewatch.register.events";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;
    @Autowired
    FilingStore filings;
    @Autowired
    RegisterEffects effects;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anApprovalInterruptedBeforeTheEstateChangedIsCompletedByTheSweepOnce() {
        String company = api.company("中断物业");
        String estate = api.estate(Bodies.unique("翠苑街道"));
        String filing = api.file(Bodies.contract(estate, company, "2022-03-01T09:00:00+08:00", "2022-04-01", "2025-03-31"));
        // The first of the approval's two writes, and then the crash: the estate has not taken the change.
        Loaded loaded = filings.find(filing, "district-test").orElseThrow();
        loaded.filing().decide(Decision.APPROVED, "wang.fang", null, List.of(), Instant.parse("2022-03-10T01:00:00Z"),
                Instant.now());
        filings.update(loaded);
        assertThat(api.get(OFFICER, "/api/v1/estates/" + estate).body().get("companyId").isNull()).isTrue();
        assertThat(mongo.findById(filing, Document.class, "filings").getBoolean("registerChangePending")).isTrue();

        effects.sweep();
        effects.sweep();

        assertThat(api.get(OFFICER, "/api/v1/estates/" + estate).string("/companyId")).isEqualTo(company);
        assertThat(mongo.findById(filing, Document.class, "filings").getBoolean("registerChangePending")).isFalse();
        events.await(REGISTER, estate, 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> events.now(REGISTER, estate).size() == 2);
    }

    @Test
    void twoContractFilingsCannotBeInReviewForOneEstateEvenWhenTheyRace() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        String first = api.company("先到物业");
        String second = api.company("后到物业");
        api.file(Bodies.contract(estate, first, "2022-03-01T09:00:00+08:00", "2022-04-01", "2025-03-31"));
        // A second request that passed the rule check before the first was stored: the unique index stops it.
        Filing racing = Filing.submit(new Filing.FilingFacts("racing-" + estate, "district-test",
                        FilingType.PRELIMINARY_CONTRACT, estate, second, Instant.parse("2022-03-01T01:00:00Z")),
                new PreliminaryContractDetails(LocalDate.of(2022, 5, 1), LocalDate.of(2025, 4, 30), new BigDecimal("2.10"),
                        null), "wang.fang", Instant.now(), new ReviewDeadline(WorkingCalendar.weekdays(), 20,
                        ZoneId.of("Asia/Shanghai")));

        assertThatThrownBy(() -> filings.insert(racing)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.properties()).containsEntry("rule", "ACTIVE_CONTRACT"));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("racing-" + estate)), "filings")).isFalse();
    }

    @Test
    void aMarkLeftAfterTheEstateChangedAppliesNothingTwice() {
        String company = api.company("重复物业");
        String estate = api.estate(Bodies.unique("翠苑街道"));
        String filing = api.file(Bodies.contract(estate, company, "2022-03-01T09:00:00+08:00", "2022-04-01", "2025-03-31"));
        api.decide(filing, "APPROVED", "2022-03-10T09:00:00+08:00");
        events.await(REGISTER, estate, 2);
        // A crash after the estate took the change but before the mark was cleared.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(filing)), new Update().set("registerChangePending", true),
                "filings");

        effects.sweep();

        assertThat(mongo.findById(filing, Document.class, "filings").getBoolean("registerChangePending")).isFalse();
        assertThat(mongo.findById(estate, Document.class, "estates").getLong("eventSequence")).isEqualTo(2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> events.now(REGISTER, estate).size() == 2);
    }
}
