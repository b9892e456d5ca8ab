package io.estatewatch.renovation.programme;

import io.estatewatch.renovation.support.Api;
import io.estatewatch.renovation.support.Api.Reply;
import io.estatewatch.renovation.support.Bodies;
import io.estatewatch.renovation.support.RenovationServiceTest;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static io.estatewatch.renovation.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

@RenovationServiceTest
class ProgrammesTest {

    private static final String TITLE = "《市区2020年老旧小区改造实施方案》";

    @Autowired
    Api api;

    @Test
    void aRegisteredProgrammeIsReadBackWithItsDocumentTitle() {
        String code = Bodies.programmeCode();

        Reply created = api.post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", code, "title", TITLE));
        Reply read = api.get(Caller.streetOfficer("li.wei", "新华街道"), "/api/v1/renovation/programmes/" + code);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/renovation/programmes/" + code);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.string("/title")).isEqualTo(TITLE);
        assertThat(read.string("/registeredAt")).endsWith("+08:00");
    }

    @Test
    void registeringTheSameProgrammeAgainAnswersItAndAnotherTitleIsAConflict() {
        String code = Bodies.programmeCode();
        api.post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", code, "title", TITLE));

        Reply again = api.post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", code, "title", TITLE));
        Reply other = api.post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", code, "title", "《另一个方案》"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.string("/currentTitle")).isEqualTo(TITLE);
    }

    @Test
    void aProgrammeNeedsAPlainCodeAndATitle() {
        Reply blank = api.post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", "2020", "title", " "));
        Reply badCode = api.post(OFFICER, "/api/v1/renovation/programmes", Map.of("code", "20/20", "title", TITLE));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.string("/errors/0/field")).isEqualTo("title");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.string("/errors/0/field")).isEqualTo("code");
    }

    @Test
    void programmesAreListedInPages() {
        for (int i = 0; i < 3; i++) {
            api.programme(Bodies.programmeCode(), TITLE);
        }

        Reply page = api.get(OFFICER, "/api/v1/renovation/programmes?page=0&size=2");
        Reply badSize = api.get(OFFICER, "/api/v1/renovation/programmes?size=1000");
        Reply badPage = api.get(OFFICER, "/api/v1/renovation/programmes?page=-1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("content")).hasSize(2);
        assertThat(page.body().at("/page/size").asInt()).isEqualTo(2);
        assertThat(page.body().at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.string("/errors/0/field")).isEqualTo("size");
        assertThat(badPage.status()).isEqualTo(400);
    }

    @Test
    void anUnknownProgrammeIsNotFound() {
        assertThat(api.get(OFFICER, "/api/v1/renovation/programmes/1999").status()).isEqualTo(404);
    }
}
