package io.estatewatch.complaint.deadline;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.ComplaintTopic.Event;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

@ComplaintServiceTest
class DeadlineWatchTest {

    @Autowired
    Http http;
    @Autowired
    ComplaintTopic topic;
    @Autowired
    DeadlineWatch watch;
    @Autowired
    DeadlineWatchSchedule schedule;
    @Autowired
    Clock clock;
    @Autowired
    MongoTemplate mongo;

    private String assignedComplaint() {
        String id = http.post(HOTLINE, "/api/v1/complaints", about(Register.newEstateId())).at("/id");
        http.post(ADMIN, "/api/v1/complaints/" + id + "/assignment",
                Map.of("assignee", Map.of("type", "STREET", "id", "新华街道"), "at", "2022-03-01T10:00:00+08:00"));
        return id;
    }

    private List<String> facts(String id) {
        return topic.now(id).stream().map(Event::fact).toList();
    }

    @Test
    void aBackDatedComplaintWhoseStepsFollowItsIntakeIsNotJudgedInBetween() {
        String id = assignedComplaint();

        // The watch runs between the push and the steps of a back-dated load: the complaint was just changed.
        watch.run(clock.instant());
        http.post(ADMIN, "/api/v1/complaints/" + id + "/response", Map.of("at", "2022-03-01T15:00:00+08:00"));
        http.post(ADMIN, "/api/v1/complaints/" + id + "/resolution", Map.of("at", "2022-03-03T15:00:00+08:00"));
        http.post(ADMIN, "/api/v1/complaints/" + id + "/callback",
                Map.of("satisfaction", "SATISFIED", "at", "2022-03-04T15:00:00+08:00"));
        // Much later, when everything has settled.
        watch.run(clock.instant().plus(Duration.ofHours(2)));

        topic.await(id, 6);
        assertThat(facts(id)).doesNotContain("deadline-missed");
    }

    @Test
    void anUnattendedComplaintMissesEachDeadlineOnceAtItsDueTime() {
        String id = assignedComplaint();
        Instant later = clock.instant().plus(Duration.ofHours(2));

        DeadlineWatch.Pass first = watch.run(later);
        watch.run(later.plus(Duration.ofHours(1)));

        assertThat(first.marked()).isGreaterThanOrEqualTo(2);
        List<Event> missed = topic.await(id, 4).stream().filter(e -> e.fact().equals("deadline-missed")).toList();
        assertThat(missed).extracting(e -> e.field("deadline")).containsExactly("RESPONSE", "RESOLUTION");
        assertThat(missed.get(0).headers().get("ce_time")).isEqualTo("2022-03-02T16:00:00Z");
        assertThat(missed.get(0).field("dueAt")).isEqualTo("2022-03-02T16:00:00Z");
        assertThat(missed.get(1).field("dueAt")).isEqualTo("2022-03-08T16:00:00Z");
        assertThat(http.get(ADMIN, "/api/v1/complaints/" + id).text()).contains("\"deadlinesMissed\":[\"RESPONSE\",\"RESOLUTION\"]");
        assertThat(topic.now(id)).hasSize(4);
    }

    @Test
    void aLateResponseEntersTheMissedDeadlineBeforeTheResponse() {
        String id = assignedComplaint();

        http.post(ADMIN, "/api/v1/complaints/" + id + "/response", Map.of("at", "2022-03-04T09:00:00+08:00"));

        List<Event> events = topic.await(id, 4);
        assertThat(events).extracting(Event::fact).containsExactly("received", "assigned", "deadline-missed", "responded");
        watch.run(clock.instant().plus(Duration.ofHours(2)));
        assertThat(topic.await(id, 5)).extracting(Event::fact).last().isEqualTo("deadline-missed");
        assertThat(topic.now(id).get(4).field("deadline")).isEqualTo("RESOLUTION");
    }

    @Test
    void theScheduledWatchHoldsItsLockInMongo() {
        schedule.run();

        Document lock = mongo.findOne(Query.query(Criteria.where("_id").is(DeadlineWatchSchedule.LOCK)), Document.class,
                "shedLock");
        assertThat(lock).isNotNull();
        assertThat(lock.get("lockUntil")).isNotNull();
        assertThat(lock.getString("lockedBy")).isNotBlank();
    }

    @Test
    void aComplaintWithDeadlinesStillAheadIsLeftAlone() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints",
                with(about(Register.newEstateId()), "receivedAt", null));
        String id = reply.at("/id");

        watch.run(clock.instant().plus(Duration.ofHours(2)));

        topic.await(id, 1);
        assertThat(facts(id)).containsExactly("received");
    }
}
