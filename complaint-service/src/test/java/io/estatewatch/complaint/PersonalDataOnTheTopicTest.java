package io.estatewatch.complaint;

import io.estatewatch.complaint.support.ComplaintServiceTest;
import io.estatewatch.complaint.support.ComplaintTopic;
import io.estatewatch.complaint.support.ComplaintTopic.Event;
import io.estatewatch.complaint.support.Http;
import io.estatewatch.complaint.support.Register;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.estatewatch.complaint.support.Complaints.about;
import static io.estatewatch.complaint.support.Complaints.with;
import static io.estatewatch.complaint.support.Http.ADMIN;
import static io.estatewatch.complaint.support.Http.HOTLINE;
import static org.assertj.core.api.Assertions.assertThat;

@ComplaintServiceTest
class PersonalDataOnTheTopicTest {

    /**
     * A mainland mobile number standing alone: inside a run of letters and digits (a UUID, a digest) such digits are
     * chance, not a number (a correlation id "…-9b87-a14512302006" once matched the bare pattern).
     */
    static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86)?1[3-9]\\d{9}(?![0-9A-Za-z])");
    static final String PUSHED = "15987654321";

    @Autowired
    Http http;
    @Autowired
    ComplaintTopic topic;

    @Test
    void noEventOnTheTopicCarriesAPhoneNumberInTheClear() {
        String id = http.post(HOTLINE, "/api/v1/complaints", with(about(Register.newEstateId()), "complainant",
                Map.of("name", "赵六", "phone", PUSHED))).at("/id");
        http.post(ADMIN, "/api/v1/complaints/" + id + "/assignment",
                Map.of("assignee", Map.of("type", "STREET", "id", "新华街道")));
        http.post(ADMIN, "/api/v1/complaints/" + id + "/response", Map.of("note", "已回电 " + PUSHED));
        topic.await(id, 3);

        List<Event> everything = topic.all();

        assertThat(everything).isNotEmpty();
        assertThat(everything).allSatisfy(event -> {
            assertThat(MOBILE.matcher(event.text()).find()).as(event.text()).isFalse();
            event.headers().forEach((name, value) ->
                    assertThat(MOBILE.matcher(value).find() || value.contains(PUSHED)).as(name + ": " + value).isFalse());
            assertThat(event.text()).doesNotContain(PUSHED).doesNotContain("赵六").doesNotContain("张三");
        });
    }
}
