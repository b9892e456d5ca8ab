package io.estatewatch.complaint.intake;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

@ComplaintServiceTest
class BatchIntakeTest {

    @Autowired
    Http http;

    @Test
    void eachComplaintOfABatchSucceedsOrFailsOnItsOwn() {
        Map<String, Object> good = about(Register.newEstateId());
        Map<String, Object> unknownChannel = with(about(Register.newEstateId()), "channel", "TELEGRAM");
        Map<String, Object> conflicting = with(good, "description", "不同的内容");
        List<Object> complaints = List.of(good, unknownChannel, "not an object", good, conflicting,
                Map.of("channel", "MAYOR_HOTLINE", "receivedAt", 42));

        Reply reply = http.post(HOTLINE, "/api/v1/complaints/batch", Map.of("complaints", complaints));

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        List<Integer> statuses = new ArrayList<>();
        reply.body().get("results").forEach(result -> statuses.add(result.get("status").asInt()));
        assertThat(statuses).containsExactly(201, 400, 400, 200, 409, 400);
        assertThat(reply.at("/created")).isEqualTo("1");
        assertThat(reply.at("/repeated")).isEqualTo("1");
        assertThat(reply.at("/failed")).isEqualTo("4");
        assertThat(reply.at("/results/0/complaint/id")).isEqualTo(reply.at("/results/3/complaint/id"));
        assertThat(reply.at("/results/1/problem/errors/0/message")).contains("allowed values");
        assertThat(reply.at("/results/4/problem/complaintId")).isEqualTo(reply.at("/results/0/complaint/id"));
        assertThat(reply.at("/results/5/problem/status")).isEqualTo("400");
    }

    @Test
    void aBatchOfFiveHundredIsTakenAndOneMoreIsRefused() {
        List<Object> complaints = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            complaints.add(about("estate-batch"));
        }

        Reply tooMany = http.post(HOTLINE, "/api/v1/complaints/batch", Map.of("complaints", complaints));
        Reply fiveHundred = http.post(HOTLINE, "/api/v1/complaints/batch",
                Map.of("complaints", complaints.subList(0, 500)));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.at("/errors/0/field")).isEqualTo("complaints");
        assertThat(fiveHundred.status()).as(fiveHundred.text()).isEqualTo(200);
        assertThat(fiveHundred.at("/created")).isEqualTo("500");
    }

    @Test
    void anEmptyBatchIsRefused() {
        assertThat(http.post(HOTLINE, "/api/v1/complaints/batch", Map.of("complaints", List.of())).status()).isEqualTo(400);
        assertThat(http.post(HOTLINE, "/api/v1/complaints/batch", Map.of()).status()).isEqualTo(400);
    }
}
