package io.estatewatch.filing.register;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import io.estatewatch.filing.support.PublishedEvents;
import io.estatewatch.servicekit.security.Caller;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.estatewatch.filing.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@FilingServiceTest
class ImportingTheRegisterTest {

    private static final String REGISTER = "estatewatch.register.events";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    Api api;
    @Autowired
    PublishedEvents events;

    /** A workbook like the section's: Chinese headings, a unit in one, a sheet of notes before the estates. */
    private static byte[] estatesWorkbook(String street, String first, String second) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("2022 年物业小区台账");
            Sheet sheet = workbook.createSheet("小区");
            Object[][] rows = {
                    {"小区名称", "别名", "街道", "社区", "地址", "楼栋数", "户数", "建筑面积（m²）", "建成年份", "封闭管理", "备注"},
                    {first, "翠苑小区、翠苑新村", street, "翠苑一区社区", "文三路 1 号", 24, 1200, 98000.5, 1995, "是", "老小区"},
                    {second, null, street, "翠苑二区社区", "文三路 2 号", 12, 600, 45000, 2001, "否", null},
                    {"", null, street, null, "无名路", "十二", 600, 45000, 2001, "也许", null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void estatesAreImportedFromTheSectionsWorkbookRowByRowWithTheRejectedRowsExplained() throws IOException {
        String street = Bodies.unique("翠苑街道");
        String first = Bodies.unique("翠苑一区");
        String second = Bodies.unique("翠苑二区");

        Reply reply = api.upload(OFFICER, "/api/v1/estates/import", "小区台账.xlsx", XLSX,
                estatesWorkbook(street, first, second));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode report = reply.body();
        assertThat(report.get("rows").asInt()).isEqualTo(3);
        assertThat(report.get("registered").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.at("/ignoredColumns/0").asString()).isEqualTo("备注");
        JsonNode rejected = report.at("/results/2");
        assertThat(rejected.get("row").asInt()).isEqualTo(4);
        assertThat(rejected.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("problems").findValuesAsString("field"))
                .containsExactlyInAnyOrder("buildings", "closedManagement");
        String id = report.at("/results/0/id").asString();
        Reply estate = api.get(OFFICER, "/api/v1/estates/" + id);
        assertThat(estate.string("/name")).isEqualTo(first);
        assertThat(estate.body().at("/aliases/1").asString()).isEqualTo("翠苑新村");
        assertThat(estate.body().get("floorAreaM2").asDouble()).isEqualTo(98000.5);
        assertThat(estate.body().get("closedManagement").asBoolean()).isTrue();
        assertThat(events.await(REGISTER, id, 1)).hasSize(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndPublishesNothing() throws IOException {
        String street = Bodies.unique("翠苑街道");
        byte[] workbook = estatesWorkbook(street, Bodies.unique("翠苑一区"), Bodies.unique("翠苑二区"));
        Reply first = api.upload(OFFICER, "/api/v1/estates/import", "小区台账.xlsx", XLSX, workbook);
        String id = first.body().at("/results/0/id").asString();
        events.await(REGISTER, id, 1);

        Reply again = api.upload(OFFICER, "/api/v1/estates/import", "小区台账.xlsx", XLSX, workbook);

        assertThat(again.body().get("registered").asInt()).isZero();
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.body().at("/results/0/id").asString()).isEqualTo(id);
        assertThat(api.get(OFFICER, "/api/v1/estates?street=" + street).body().at("/page/totalElements").asLong())
                .isEqualTo(2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> events.now(REGISTER, id).size() == 1);
    }

    @Test
    void companiesAreImportedFromCsvInUtf8WithAByteOrderMarkOrInGb18030() {
        String good = Bodies.creditCode();
        String other = Bodies.creditCode();
        String csv = "企业名称,统一社会信用代码,联系人,联系电话,资质\n"
                + "\"杭州绿城物业服务有限公司\"," + good + ",王经理,0571-87654321,一级\n"
                + "某物业," + good.substring(0, 17) + (good.charAt(17) == 'X' ? 'Y' : 'X') + ",,,\n";
        byte[] utf8 = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        byte[] gb = ("企业名称,统一社会信用代码\n西湖物业," + other + "\n").getBytes(Charset.forName("GB18030"));

        Reply fromUtf8 = api.upload(OFFICER, "/api/v1/companies/import", "企业.csv", "text/csv", utf8);
        Reply fromGb = api.upload(OFFICER, "/api/v1/companies/import", "企业.csv", "text/csv", gb);
        Reply again = api.upload(OFFICER, "/api/v1/companies/import", "企业.csv", "text/csv", utf8);

        assertThat(fromUtf8.status()).isEqualTo(200);
        assertThat(fromUtf8.body().get("registered").asInt()).isEqualTo(1);
        assertThat(fromUtf8.body().at("/results/1/outcome").asString()).isEqualTo("REJECTED");
        assertThat(fromUtf8.body().at("/results/1/row").asInt()).isEqualTo(3);
        assertThat(fromUtf8.body().at("/results/1/problems/0/field").asString()).isEqualTo("creditCode");
        assertThat(fromUtf8.body().at("/results/1/problems/0/message").asString()).contains("check character");
        assertThat(fromGb.body().at("/results/0/name").asString()).isEqualTo("西湖物业");
        assertThat(fromGb.body().get("registered").asInt()).isEqualTo(1);
        assertThat(again.body().get("unchanged").asInt()).isEqualTo(1);
        String id = fromUtf8.body().at("/results/0/id").asString();
        assertThat(api.get(OFFICER, "/api/v1/companies/" + id).string("/contact/name")).isEqualTo("王经理");
    }

    @Test
    void aSheetWithoutTheColumnsTheRegisterNeedsIsRefusedAsAWhole() {
        Reply reply = api.upload(OFFICER, "/api/v1/estates/import", "x.csv", "text/csv",
                "小区名称,地址\n某小区,某路\n".getBytes(StandardCharsets.UTF_8));
        Reply empty = api.upload(OFFICER, "/api/v1/estates/import", "x.csv", "text/csv", new byte[0]);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.string("/errors/0/field")).isEqualTo("file");
        assertThat(reply.string("/errors/0/message")).contains("buildings", "floorAreaM2", "households", "street");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void onlyDistrictStaffImport() {
        Reply reply = api.upload(Caller.streetOfficer("zhou", "翠苑街道"), "/api/v1/estates/import", "x.csv", "text/csv",
                "小区名称\n某小区\n".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(List.of(reply.contentType())).allMatch(type -> type.startsWith("application/problem+json"));
    }
}
