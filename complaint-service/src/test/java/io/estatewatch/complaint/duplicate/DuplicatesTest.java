package io.estatewatch.complaint.duplicate;

import io.estatewatch.complaint.routing.EstateDirectory;
import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.ComplaintTopic.Event;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import io.estatewatch.complaint.handling.HandlingService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

@ComplaintServiceTest
class DuplicatesTest {

    @Autowired
    Http http;
    @Autowired
    Register register;
    @Autowired
    ComplaintTopic topic;
    @Autowired
    EstateDirectory directory;
    @Autowired
    HandlingService handling;
    @Autowired
    MongoTemplate mongo;

    String estateId;

    @BeforeEach
    void aKnownEstate() {
        estateId = Register.newEstateId();
        register.estate(estateId, "翠苑" + estateId.substring(7, 15), List.of(), "翠苑街道");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estateId).isPresent());
    }

    private Reply push(String channel, String receivedAt, String phone, String category) {
        return http.post(HOTLINE, "/api/v1/complaints", with(with(with(with(about(estateId), "channel", channel),
                "receivedAt", receivedAt), "category", category), "complainant", Map.of("name", "王五", "phone", phone)));
    }

    @Test
    void theSameCitizenAboutTheSameEstateAndCategoryOnAnotherChannelIsAProbableDuplicate() {
        String first = push("MAYOR_HOTLINE", "2022-03-01T09:00:00+08:00", "13900001111", "NOISE").at("/id");

        Reply second = push("CITIZEN_FORUM", "2022-03-05T20:00:00+08:00", "+86 139 0000 1111", "NOISE");

        assertThat(second.at("/probableDuplicateOf")).isEqualTo(first);
        assertThat(topic.await(second.at("/id"), 1).get(0).field("probableDuplicateOf")).isEqualTo(first);
        assertThat(http.get(ADMIN, "/api/v1/complaints?probableDuplicate=true&estateId=" + estateId)
                .ids()).containsExactly(second.at("/id"));
    }

    @Test
    void anotherCategoryAnotherPhoneOrALongerGapIsNoDuplicate() {
        push("MAYOR_HOTLINE", "2022-03-01T09:00:00+08:00", "13900002222", "NOISE");

        assertThat(push("CITIZEN_FORUM", "2022-03-02T09:00:00+08:00", "13900002222", "FEES").at("/probableDuplicateOf")).isNull();
        assertThat(push("CITIZEN_FORUM", "2022-03-02T09:00:00+08:00", "13900003333", "NOISE").at("/probableDuplicateOf")).isNull();
        assertThat(push("CITIZEN_FORUM", "2022-03-08T09:00:01+08:00", "13900002222", "NOISE").at("/probableDuplicateOf")).isNull();
    }

    @Test
    void staffConfirmAMergeAndTheOriginalListsTheMergedComplaint() {
        String first = push("MAYOR_HOTLINE", "2022-03-01T09:00:00+08:00", "13900004444", "REPAIRS").at("/id");
        String second = push("PEOPLE_DAILY_BOARD", "2022-03-02T09:00:00+08:00", "13900004444", "REPAIRS").at("/id");

        Reply merged = http.post(ADMIN, "/api/v1/complaints/" + second + "/merge",
                Map.of("into", first, "at", "2022-03-02T11:00:00+08:00"));

        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(merged.at("/status")).isEqualTo("MERGED");
        assertThat(merged.at("/mergedInto")).isEqualTo(first);
        assertThat(http.get(ADMIN, "/api/v1/complaints/" + first).text()).contains("\"mergedFrom\":[\"" + second + "\"]");
        List<Event> events = topic.await(second, 3);
        assertThat(events).extracting(Event::fact).containsExactly("received", "assigned", "merged");
        assertThat(events.get(2).field("intoComplaintId")).isEqualTo(first);
        assertThat(events.get(2).headers().get("ce_time")).isEqualTo("2022-03-02T03:00:00Z");
    }

    @Test
    void aMergeIntoAMergedComplaintOrItselfIsRefused() {
        String first = push("MAYOR_HOTLINE", "2022-03-01T09:00:00+08:00", "13900005555", "SANITATION").at("/id");
        String second = push("CITIZEN_FORUM", "2022-03-01T10:00:00+08:00", "13900005555", "SANITATION").at("/id");
        String third = push("VISIT_CALL", "2022-03-01T11:00:00+08:00", "13900005555", "SANITATION").at("/id");
        http.post(ADMIN, "/api/v1/complaints/" + second + "/merge", Map.of("into", first));

        Reply intoMerged = http.post(ADMIN, "/api/v1/complaints/" + third + "/merge", Map.of("into", second));
        Reply intoItself = http.post(ADMIN, "/api/v1/complaints/" + third + "/merge", Map.of("into", third));
        Reply again = http.post(ADMIN, "/api/v1/complaints/" + second + "/merge", Map.of("into", first));

        assertThat(intoMerged.status()).isEqualTo(409);
        assertThat(intoMerged.at("/mergedInto")).isEqualTo(first);
        assertThat(intoItself.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("/currentState")).isEqualTo("MERGED");
    }

    @Test
    void aMergeWhoseSecondWriteWasLostIsCompletedByTheWatch() {
        String first = push("MAYOR_HOTLINE", "2022-03-01T09:00:00+08:00", "13900006666", "GREENERY").at("/id");
        String second = push("CITIZEN_FORUM", "2022-03-01T10:00:00+08:00", "13900006666", "GREENERY").at("/id");
        http.post(ADMIN, "/api/v1/complaints/" + second + "/merge", Map.of("into", first));
        // As if the service had stopped between the merge and the link.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(first)), new Update().pull("mergedFrom", second), "complaints");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(second)), new Update().unset("mergeLinked"), "complaints");

        handling.linkMerges(100);
        handling.linkMerges(100);

        assertThat(http.get(ADMIN, "/api/v1/complaints/" + first).text()).contains("\"mergedFrom\":[\"" + second + "\"]");
    }
}
