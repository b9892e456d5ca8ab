package io.estatewatch.assessment.round;

import io.estatewatch.assessment.support.Api;
import io.estatewatch.assessment.support.Api.Reply;
import io.estatewatch.assessment.support.AssessmentServiceTest;
import io.estatewatch.assessment.support.PublishedEvents;
import io.estatewatch.assessment.support.Register;
import io.estatewatch.assessment.support.Rounds;
import io.estatewatch.servicekit.security.Caller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static io.estatewatch.assessment.support.Api.ADMIN;
import static io.estatewatch.assessment.support.Api.HOTLINE;
import static io.estatewatch.assessment.support.Api.PUBLIC;
import static io.estatewatch.assessment.support.PublishedEvents.assertCloudEvent;
import static io.estatewatch.assessment.support.PublishedEvents.value;
import static org.assertj.core.api.Assertions.assertThat;

@AssessmentServiceTest
class PublishedResultsTest {

    @Autowired
    Api api;
    @Autowired
    Register register;
    @Autowired
    PublishedEvents events;

    Rounds rounds;
    String xinhuaTop;
    String xinhuaLow;
    String chengguan;

    @BeforeEach
    void threeEstatesOfTwoStreets() {
        rounds = new Rounds(api);
        String company = register.company("绿城物业");
        xinhuaTop = register.estate("幸福里", "新华街道", company);
        xinhuaLow = register.estate("明月苑", "新华街道", null);
        chengguan = register.estate("和平小区", "城关街道", company);
    }

    @Test
    void thePublicReadsAPublishedRoundAndItsRankedResults() {
        String round = rounds.open(xinhuaTop, xinhuaLow, chengguan);
        rounds.score(round, xinhuaTop, 95);
        rounds.score(round, xinhuaLow, Rounds.FIFTY_FIVE);
        rounds.score(round, chengguan, 88);
        rounds.publish(round);

        assertThat(api.get(PUBLIC, "/api/v1/assessment/rounds/" + round).is(200).string("/status"))
                .isEqualTo("PUBLISHED");
        Reply results = api.get(PUBLIC, "/api/v1/assessment/rounds/" + round + "/results").is(200);

        assertThat(results.body().get("scored").asInt()).isEqualTo(3);
        assertThat(results.body().get("belowThreshold").asInt()).isEqualTo(1);
        JsonNode streets = results.body().get("streets");
        assertThat(streets.get(0).get("street").asString()).isEqualTo("城关街道");
        JsonNode xinhua = streets.get(1).get("estates");
        assertThat(xinhua.get(0).get("estateId").asString()).isEqualTo(xinhuaTop);
        assertThat(xinhua.get(0).get("streetRank").asInt()).isEqualTo(1);
        assertThat(xinhua.get(0).get("districtRank").asInt()).isEqualTo(1);
        assertThat(xinhua.get(0).get("companyName").asString()).isEqualTo("绿城物业");
        assertThat(xinhua.get(1).get("streetRank").asInt()).isEqualTo(2);
        assertThat(xinhua.get(1).get("districtRank").asInt()).isEqualTo(3);
        assertThat(xinhua.get(1).get("belowThreshold").asBoolean()).isTrue();

        ConsumerRecord<String, byte[]> published = events.one(round, "estatewatch.assessment.round.results-published.v1");
        assertCloudEvent(published, "estatewatch.assessment.round.results-published.v1",
                round, "2022-04-01T01:00:00Z");
        assertThat(value(published)).contains("\"name\":\"2022-Q1-");
    }

    @Test
    void thePublicIsRefusedAnUnpublishedRoundItsResultsAndItsExport() {
        String round = rounds.open(xinhuaTop);
        rounds.score(round, xinhuaTop, 90);

        api.get(PUBLIC, "/api/v1/assessment/rounds/" + round).isProblem(403);
        api.get(PUBLIC, "/api/v1/assessment/rounds/" + round + "/results").isProblem(403);
        api.get(PUBLIC, "/api/v1/assessment/rounds/" + round + "/results/export").isProblem(403);
        api.get(ADMIN, "/api/v1/assessment/rounds/" + round + "/results").is(200);
    }

    @Test
    void thePublicListsPublishedRoundsOnly() {
        String open = rounds.open(xinhuaTop);
        String published = rounds.open(chengguan);
        rounds.score(published, chengguan, 90);
        rounds.publish(published);

        List<String> listed = new ArrayList<>();
        api.get(PUBLIC, "/api/v1/assessment/rounds?size=100").is(200).body().get("content")
                .forEach(round -> listed.add(round.get("id").asString()));

        assertThat(listed).contains(published).doesNotContain(open);
    }

    @Test
    void aStreetOfficerFollowsAnOpenRoundForItsOwnStreetOnly() {
        String round = rounds.open(xinhuaTop, chengguan);
        rounds.score(round, xinhuaTop, 90);
        rounds.score(round, chengguan, 90);

        JsonNode streets = api.get(Caller.streetOfficer("li.wei", "新华街道"),
                "/api/v1/assessment/rounds/" + round + "/results").is(200).body().get("streets");

        assertThat(streets).hasSize(1);
        assertThat(streets.get(0).get("street").asString()).isEqualTo("新华街道");
    }

    @Test
    void hotlineSystemsHaveNoAccessToAssessments() {
        String round = rounds.open(xinhuaTop);
        rounds.score(round, xinhuaTop, 90);
        rounds.publish(round);

        api.get(HOTLINE, "/api/v1/assessment/rounds/" + round + "/results").isProblem(403);
    }

    @Test
    void theResultsExportIsAWorkbookRankingEveryEstateWithItsItemScores() throws Exception {
        String round = rounds.open(xinhuaTop, xinhuaLow);
        rounds.score(round, xinhuaTop, 95);
        rounds.score(round, xinhuaLow, Rounds.FIFTY_FIVE);
        rounds.publish(round);

        Reply export = api.get(PUBLIC, "/api/v1/assessment/rounds/" + round + "/results/export").is(200);

        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.bytes()))) {
            Sheet ranking = workbook.getSheet("考评排名");
            assertThat(ranking.getRow(0).getCell(6).getStringCellValue()).isEqualTo("得分");
            Row first = ranking.getRow(1);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("幸福里");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("绿城物业");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(95.0);
            Row second = ranking.getRow(2);
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(6).getNumericCellValue()).isEqualTo(55.0);
            assertThat(second.getCell(7).getStringCellValue()).isEqualTo("是");
            Sheet items = workbook.getSheet("分项得分");
            assertThat(items.getRow(0).getCell(1).getStringCellValue()).startsWith("SAN-01");
            assertThat(items.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.0);
            assertThat(items.getRow(2).getCell(17).getNumericCellValue()).isEqualTo(55.0);
        }
        Reply english = api.get(ADMIN, "/api/v1/assessment/rounds/" + round + "/results/export?lang=en").is(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english.bytes()))) {
            assertThat(workbook.getSheet("Ranking").getRow(0).getCell(6).getStringCellValue()).isEqualTo("Total");
        }
    }
}
