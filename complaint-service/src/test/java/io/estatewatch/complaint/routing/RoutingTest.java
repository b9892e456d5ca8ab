package io.estatewatch.complaint.routing;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.ComplaintTopic.Event;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import io.estatewatch.complaint.deadline.DeadlineWatch;
import io.estatewatch.complaint.routing.domain.Estate;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateUpdated;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Routing reads the register's events, never the filing service. */
@ComplaintServiceTest
class RoutingTest {

    @Autowired
    Http http;
    @Autowired
    Register register;
    @Autowired
    ComplaintTopic topic;
    @Autowired
    EstateDirectory directory;
    @Autowired
    DeadlineWatch watch;

    private void awaitEstate(String estateId, String companyId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estateId)
                .filter(estate -> java.util.Objects.equals(estate.companyId(), companyId)).isPresent());
    }

    @Test
    void aComplaintAboutAManagedEstateIsAssignedToItsCompanyAsTheRegisterSays() {
        String estateId = Register.newEstateId();
        register.estate(estateId, "阳光花园" + estateId.substring(7, 12), List.of(), "新华街道");
        register.managedBy(estateId, "company-sunshine");
        awaitEstate(estateId, "company-sunshine");

        Reply reply = http.post(HOTLINE, "/api/v1/complaints", about(estateId));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.at("/status")).isEqualTo("ASSIGNED");
        assertThat(reply.at("/assignee/type")).isEqualTo("COMPANY");
        assertThat(reply.at("/assignee/id")).isEqualTo("company-sunshine");
        assertThat(reply.at("/street")).isEqualTo("新华街道");
        List<Event> events = topic.await(reply.at("/id"), 2);
        assertThat(events).extracting(Event::fact).containsExactly("received", "assigned");
        assertThat(events.get(0).field("street")).isEqualTo("新华街道");
        assertThat(events.get(1).field("assigneeId")).isEqualTo("company-sunshine");
        assertThat(events.get(1).data().get("automatic").asBoolean()).isTrue();
        assertThat(events.get(1).headers().get("ce_time")).isEqualTo(events.get(0).headers().get("ce_time"));
    }

    @Test
    void anUnmanagedEstateGoesToItsStreetOffice() {
        String estateId = Register.newEstateId();
        register.estate(estateId, "老街坊" + estateId.substring(7, 12), List.of(), "城东街道");
        register.managedBy(estateId, "company-old");
        register.managementEnded(estateId, "company-old");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estateId)
                .filter(estate -> estate.companyId() == null && estate.street() != null).isPresent());

        Reply reply = http.post(HOTLINE, "/api/v1/complaints", about(estateId));

        assertThat(reply.at("/status")).isEqualTo("ASSIGNED");
        assertThat(reply.at("/assignee/type")).isEqualTo("STREET");
        assertThat(reply.at("/assignee/id")).isEqualTo("城东街道");
    }

    @Test
    void aFreeTextAddressIsMatchedAgainstTheRegistersAliases() {
        String estateId = Register.newEstateId();
        String alias = "金桂苑" + estateId.substring(7, 13);
        register.estate(estateId, "金桂花园" + estateId.substring(7, 13), List.of(alias), "西湖街道");
        register.managedBy(estateId, "company-gold");
        awaitEstate(estateId, "company-gold");

        Reply reply = http.post(HOTLINE, "/api/v1/complaints",
                with(with(about(null), "estateId", null), "address", "西湖区" + alias + "7幢2单元"));

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.at("/estateId")).isEqualTo(estateId);
        assertThat(reply.at("/assignee/id")).isEqualTo("company-gold");
    }

    @Test
    void anUnknownEstateWaitsInTheTriageQueueUntilStaffAssignIt() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", with(with(with(about(null), "estateId", null),
                "address", "某某路无名小区" + System.nanoTime()), "receivedAt", "2021-05-17T08:00:00+08:00"));
        String id = reply.at("/id");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.at("/status")).isEqualTo("RECEIVED");
        assertThat(reply.at("/assignee")).isNull();
        Reply queue = http.get(ADMIN, "/api/v1/complaints?unassigned=true&from=2021-05-17&to=2021-05-17");
        assertThat(queue.ids()).contains(id);

        Reply assigned = http.post(ADMIN, "/api/v1/complaints/" + id + "/assignment",
                Map.of("assignee", Map.of("type", "STREET", "id", "新华街道"), "at", "2021-05-17T10:00:00+08:00"));

        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        assertThat(assigned.at("/status")).isEqualTo("ASSIGNED");
        List<Event> events = topic.await(id, 2);
        assertThat(events.get(1).fact()).isEqualTo("assigned");
        assertThat(events.get(1).data().get("automatic").asBoolean()).isFalse();
        assertThat(events.get(1).field("by")).isEqualTo("admin");
    }

    @Test
    void aComplaintAboutAnEstateNotYetKnownHereIsRoutedOnceTheRegistersEventArrives() {
        String estateId = Register.newEstateId();
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", about(estateId));
        String id = reply.at("/id");
        assertThat(reply.at("/status")).isEqualTo("RECEIVED");

        register.estate(estateId, "新建小区" + estateId.substring(7, 12), List.of(), "新华街道");
        register.managedBy(estateId, "company-new");

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> "company-new".equals(http.get(ADMIN, "/api/v1/complaints/" + id).at("/assignee/id")));
        Reply routed = http.get(ADMIN, "/api/v1/complaints/" + id);
        assertThat(routed.at("/status")).isEqualTo("ASSIGNED");
        assertThat(routed.at("/street")).isEqualTo("新华街道");
        List<Event> events = topic.await(id, 2);
        assertThat(events).extracting(Event::fact).startsWith("received", "assigned");
        assertThat(events.get(1).data().get("automatic").asBoolean()).isTrue();
        assertThat(events.get(1).headers().get("ce_time")).isEqualTo("2022-03-01T01:30:00Z");
    }

    @Test
    void aComplaintAboutAnUnmanagedEstateNotYetKnownHereGoesToTheStreetOfficeAtTheNextWatch() {
        String estateId = Register.newEstateId();
        String id = http.post(HOTLINE, "/api/v1/complaints", about(estateId)).at("/id");
        register.estate(estateId, "无物业小区" + estateId.substring(7, 12), List.of(), "城北街道");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.find(estateId).isPresent());
        assertThat(http.get(ADMIN, "/api/v1/complaints/" + id).at("/status")).isEqualTo("RECEIVED");

        watch.run(Instant.now());

        Reply routed = http.get(ADMIN, "/api/v1/complaints/" + id);
        assertThat(routed.at("/status")).isEqualTo("ASSIGNED");
        assertThat(routed.at("/assignee/id")).isEqualTo("城北街道");
    }

    @Test
    void aRedeliveredRegisterEventChangesNothing() {
        String estateId = Register.newEstateId();
        register.estate(estateId, "重复小区" + estateId.substring(7, 12), List.of(), "新华街道");
        register.managedBy(estateId, "company-a");
        awaitEstate(estateId, "company-a");

        // Event number 2 again (a redelivery), even with other content, then event 3 moving the estate's street.
        register.publish(new EstateManagementAssigned("district-test", estateId, "company-b", "filing-x",
                Instant.parse("2021-07-01T00:00:00Z")), 2);
        register.publish(new EstateUpdated("district-test", estateId, "重复小区", List.of(), "城东街道", "社区", "路1号", 12,
                800, 60_000, 2001, false, Instant.parse("2021-08-01T00:00:00Z")), 3);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.find(estateId).map(Estate::street).orElse("").equals("城东街道"));

        assertThat(directory.find(estateId).orElseThrow().companyId()).isEqualTo("company-a");
    }
}
