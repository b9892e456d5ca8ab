package io.estatewatch.complaint.intake;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Http.Reply;
import io.estatewatch.complaint.support.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.util.Map;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a client sends, a bad body is a problem+json 4xx, never a 5xx. */
@ComplaintServiceTest
class BadBodiesTest {

    @Autowired
    Http http;

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.at("/status")).isEqualTo(Integer.toString(status));
        assertThat(reply.at("/type")).startsWith("https://estatewatch.io/problems/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"channel\":\"MAYOR_HOTLINE\",\"externalId\":\"x\",",
            "{\"channel\":",
            "not json at all",
            "[1,2,3]",
            "\"a string\"",
            "{\"channel\":\"MAYOR_HOTLINE\",\"receivedAt\":\"yesterday\"}",
            "{\"channel\":\"MAYOR_HOTLINE\",\"receivedAt\":12}",
            "{\"channel\":[\"MAYOR_HOTLINE\"]}",
            "{\"complainant\":\"张三\"}",
            "{\"description\":{\"text\":\"x\"}}",
            "{}",
            "null"})
    void aMalformedBodyIsABadRequest(String body) {
        assertProblem(http.post(HOTLINE, "/api/v1/complaints", body), 400);
    }

    @Test
    void anUnknownChannelListsTheAllowedValues() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", with(about(Register.newEstateId()), "channel", "WECHAT"));

        assertProblem(reply, 400);
        assertThat(reply.at("/errors/0/field")).isEqualTo("channel");
        assertThat(reply.at("/errors/0/message")).contains("allowed values: VISIT_CALL, CITIZEN_FORUM");
    }

    @Test
    void anUnknownCategoryListsTheAllowedValues() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", with(about(Register.newEstateId()), "category", "UFO"));

        assertProblem(reply, 400);
        assertThat(reply.at("/errors/0/message")).contains("allowed values: PARKING");
    }

    @Test
    void aHugeDescriptionIsRefused() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints",
                with(about(Register.newEstateId()), "description", "很".repeat(100_000)));

        assertProblem(reply, 400);
        assertThat(reply.at("/errors/0/field")).isEqualTo("description");
    }

    @Test
    void aBodyLargerThanTheLimitIsTooLarge() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints",
                with(about(Register.newEstateId()), "description", "x".repeat(9 * 1024 * 1024)));

        assertProblem(reply, 413);
    }

    @Test
    void aHugeExternalIdAndHugeAddressAreRefused() {
        Map<String, Object> body = with(with(about(null), "externalId", "T".repeat(10_000)), "address", "路".repeat(10_000));

        Reply reply = http.post(HOTLINE, "/api/v1/complaints", body);

        assertProblem(reply, 400);
        assertThat(reply.body().get("errors").findValuesAsString("field")).contains("externalId", "address");
    }

    @Test
    void aWrongPhoneNumberIsRefused() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints",
                with(about(Register.newEstateId()), "complainant", Map.of("name", "李四", "phone", "12345")));

        assertProblem(reply, 400);
        assertThat(reply.at("/errors/0/field")).isEqualTo("complainant.phone");
    }

    @Test
    void aComplaintReceivedTomorrowIsRefused() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints",
                with(about(Register.newEstateId()), "receivedAt", "2999-01-01T00:00:00+08:00"));

        assertProblem(reply, 400);
        assertThat(reply.at("/errors/0/message")).isEqualTo("must not be in the future");
    }

    @Test
    void aComplaintWithoutEstateOrAddressIsRefused() {
        assertProblem(http.post(HOTLINE, "/api/v1/complaints", with(about(null), "estateId", null)), 400);
    }

    @Test
    void aHotlinePushWithoutTicketNumberIsRefused() {
        Reply reply = http.post(HOTLINE, "/api/v1/complaints", with(about(Register.newEstateId()), "externalId", null));

        assertProblem(reply, 400);
        assertThat(reply.at("/errors/0/field")).isEqualTo("externalId");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Reply reply = http.send(HOTLINE, MockMvcRequestBuilders.post("/api/v1/complaints")
                .contentType(MediaType.TEXT_PLAIN).content("channel=MAYOR_HOTLINE"));

        assertProblem(reply, 415);
    }

    @Test
    void badStepBodiesAndUnknownComplaintsAreClientErrors() {
        String id = http.post(HOTLINE, "/api/v1/complaints", about(Register.newEstateId())).at("/id");

        assertProblem(http.post(ADMIN, "/api/v1/complaints/" + id + "/callback", Map.of("satisfaction", "HAPPY")), 400);
        assertProblem(http.post(ADMIN, "/api/v1/complaints/" + id + "/callback", Map.of()), 400);
        assertProblem(http.post(ADMIN, "/api/v1/complaints/" + id + "/assignment",
                Map.of("assignee", Map.of("type", "MAYOR", "id", "x"))), 400);
        assertProblem(http.post(ADMIN, "/api/v1/complaints/" + id + "/response", Map.of("at", "not a time")), 400);
        assertProblem(http.post(ADMIN, "/api/v1/complaints/" + id + "/response", "{\"note\":"), 400);
        assertProblem(http.post(ADMIN, "/api/v1/complaints/nope/response", Map.of()), 404);
        assertProblem(http.get(ADMIN, "/api/v1/complaints?status=LOST"), 400);
        assertProblem(http.get(ADMIN, "/api/v1/complaints?from=yesterday"), 400);
        assertProblem(http.get(ADMIN, "/api/v1/complaints?size=100000"), 400);
    }
}
