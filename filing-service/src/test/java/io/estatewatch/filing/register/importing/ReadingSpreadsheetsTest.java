package io.estatewatch.filing.register.importing;

import io.estatewatch.filing.domain.Problems;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingSpreadsheetsTest {

    @Test
    void csvInGb18030IsReadAsExcelSavesItOnChineseSystems() {
        byte[] gb = "小区名称,街道\n翠苑一区,翠苑街道\n".getBytes(Charset.forName("GB18030"));

        SpreadsheetRows.Sheet sheet = SpreadsheetRows.read(gb, List.of());

        assertThat(sheet.header()).containsExactly("小区名称", "街道");
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cells()).containsEntry("街道", "翠苑街道");
        });
    }

    @Test
    void blankRowsAreLeftOutAndRowNumbersStayThoseOfTheSheet() {
        byte[] csv = "\uFEFFname,street\n,\n甲,乙\n".getBytes(StandardCharsets.UTF_8);

        SpreadsheetRows.Sheet sheet = SpreadsheetRows.read(csv, List.of());

        assertThat(sheet.header()).containsExactly("name", "street");
        assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.number()).isEqualTo(3));
    }

    @Test
    void headingsMatchWithoutBlanksCaseOrAUnitInBrackets() {
        Map<String, String> fields = Columns.ESTATES.fields(List.of(" 建筑面积（m²）", "FLOORAREAM2", "户 数"),
                Map.of(" 建筑面积（m²）", "98000", "FLOORAREAM2", "1", "户 数", "1200"));

        assertThat(fields).containsEntry("floorAreaM2", "98000").containsEntry("households", "1200");
    }

    @Test
    void cellsAreReadAsNumbersAndYesOrNoWithEachProblemNamed() {
        Problems problems = Problems.of();

        assertThat(Columns.wholeNumber(problems, "households", "1,200")).isEqualTo(1200);
        assertThat(Columns.yesNo(problems, "closedManagement", "是")).isTrue();
        assertThat(Columns.wholeNumber(problems, "buildings", "12.5")).isNull();
        assertThat(Columns.yesNo(problems, "closedManagement", "也许")).isNull();
        assertThat(Columns.list("翠苑小区、翠苑新村；老翠苑")).containsExactly("翠苑小区", "翠苑新村", "老翠苑");
        assertThat(problems.list()).extracting(p -> p.field()).containsExactly("buildings", "closedManagement");
    }

    @Test
    void anUnreadableWorkbookIsABadFileNotAServerError() {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0};

        assertThatThrownBy(() -> SpreadsheetRows.read(notAWorkbook, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("file"));
    }
}
