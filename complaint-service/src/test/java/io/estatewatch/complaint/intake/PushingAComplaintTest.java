package io.estatewatch.complaint.intake;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.ComplaintTopic.Event;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import io.estatewatch.servicekit.security.Caller;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

@ComplaintServiceTest
class PushingAComplaintTest {

    @Autowired
    Http http;
    @Autowired
    ComplaintTopic topic;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aPushMakesOneComplaintAndOneReceivedEventWithCloudEventsHeaders() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", about(Register.newEstateId()));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        String id = reply.at("/id");
        assertThat(reply.location()).isEqualTo("/api/v1/complaints/" + id);
        assertThat(reply.at("/number")).matches("TS-2022-\\d{6}");
        assertThat(reply.at("/status")).isEqualTo("RECEIVED");
        assertThat(reply.at("/responseDueAt")).isEqualTo("2022-03-03T00:00:00+08:00");
        assertThat(reply.at("/resolutionDueAt")).isEqualTo("2022-03-09T00:00:00+08:00");

        List<Event> events = topic.await(id, 1);
        assertThat(events).hasSize(1);
        Event received = events.get(0);
        assertThat(received.headers()).containsEntry("ce_type", "estatewatch.complaint.received.v1")
                .containsEntry("ce_source", "complaint-service")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_sequence", "1")
                .containsEntry("content-type", "application/json")
                .containsKey("ce_id");
        assertThat(Instant.parse(received.headers().get("ce_time"))).isEqualTo(Instant.parse("2022-03-01T01:30:00Z"));
        assertThat(received.field("channel")).isEqualTo("MAYOR_HOTLINE");
        assertThat(received.field("maskedPhone")).isEqualTo("138****5678");
        assertThat(received.field("phoneHash")).hasSize(52).matches("[a-z2-7]+");
        assertThat(received.field("districtId")).isEqualTo("district-test");
        assertThat(received.text()).doesNotContain("13812345678").doesNotContain("张三");
    }

    @Test
    void aRetriedPushReturnsTheFirstComplaint() {
        Map<String, Object> body = about(Register.newEstateId());
        Reply first = http.post(HOTLINE, "/api/v1/complaints", body);
        Reply again = http.post(HOTLINE, "/api/v1/complaints", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.at("/id")).isEqualTo(first.at("/id"));
        assertThat(again.at("/number")).isEqualTo(first.at("/number"));
    }

    @Test
    void theSameTicketWithOtherContentIsAConflict() {
        Map<String, Object> body = about(Register.newEstateId());
        Reply first = http.post(HOTLINE, "/api/v1/complaints", body);
        Reply changed = http.post(HOTLINE, "/api/v1/complaints", with(body, "description", "另一件事"));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.at("/complaintId")).isEqualTo(first.at("/id"));
    }

    @Test
    void tenConcurrentPushesOfOneTicketMakeOneComplaintAndOneEvent() throws Exception {
        Map<String, Object> body = about(Register.newEstateId());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            List<Callable<Reply>> pushes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                pushes.add(() -> http.post(HOTLINE, "/api/v1/complaints", body));
            }
            replies.addAll(pool.invokeAll(pushes));
        } finally {
            pool.shutdown();
        }
        Set<String> ids = new HashSet<>();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            ids.add(reply.get().at("/id"));
            statuses.add(reply.get().status());
        }
        assertThat(ids).hasSize(1);
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        String id = ids.iterator().next();
        assertThat(mongo.count(Query.query(Criteria.where("externalId").is(body.get("externalId"))), "complaints"))
                .isEqualTo(1);
        topic.await(id, 1);
        assertThat(topic.now(id)).hasSize(1);
    }

    @Test
    void theNameAndPhoneAreStoredOnlyEncrypted() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", about(Register.newEstateId()));

        Document stored = mongo.findById(reply.at("/id"), Document.class, "complaints");
        assertThat(stored.toJson()).doesNotContain("13812345678").doesNotContain("张三");
        assertThat(stored.getString("sealedPhone")).startsWith("test:");
        assertThat(stored.getString("maskedPhone")).isEqualTo("138****5678");
    }

    @Test
    void theAdministratorSeesThePhoneNumberAndTheHotlineSystemOnlyItsMask() {
        String id = http.post(HOTLINE, "/api/v1/complaints", about(Register.newEstateId())).at("/id");

        Reply asAdmin = http.get(ADMIN, "/api/v1/complaints/" + id);
        Reply asHotline = http.get(HOTLINE, "/api/v1/complaints/" + id);

        assertThat(asAdmin.at("/complainant/phone")).isEqualTo("13812345678");
        assertThat(asAdmin.at("/complainant/name")).isEqualTo("张三");
        assertThat(asHotline.at("/complainant/phone")).isEqualTo("138****5678");
        assertThat(asHotline.at("/complainant/name")).isEqualTo("张*");
    }

    @Test
    void aHotlineSystemPushesOnlyOnItsOwnChannels() {
        Caller forum = Caller.hotlineClient("forum", "CITIZEN_FORUM");

        Reply reply = http.post(forum, "/api/v1/complaints", about(Register.newEstateId()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void companiesAndThePublicPushNoComplaints() {
        assertThat(http.post(Caller.companyUser("li", "company-1"), "/api/v1/complaints",
                about(Register.newEstateId())).status()).isEqualTo(403);
        assertThat(http.post(Caller.publicUser("anyone"), "/api/v1/complaints",
                about(Register.newEstateId())).status()).isEqualTo(403);
        assertThat(http.post(null, "/api/v1/complaints", about(Register.newEstateId())).status()).isEqualTo(401);
    }

    @Test
    void staffMayEnterAVisitWithoutATicketNumber() {
        Map<String, Object> visit = with(with(about(Register.newEstateId()), "channel", "VISIT_CALL"), "externalId", null);

        Reply first = http.post(ADMIN, "/api/v1/complaints", visit);
        Reply second = http.post(ADMIN, "/api/v1/complaints", visit);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.at("/id")).isNotEqualTo(first.at("/id"));
    }
}
