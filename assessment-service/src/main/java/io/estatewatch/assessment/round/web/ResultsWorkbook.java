package io.estatewatch.assessment.round.web;

import io.estatewatch.assessment.checklist.domain.ChecklistItem;
import io.estatewatch.assessment.checklist.domain.ItemScore;
import io.estatewatch.assessment.round.RoundService.Results;
import io.estatewatch.assessment.round.domain.Scorecard;
import io.estatewatch.assessment.round.domain.Standing;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A round's ranked results as an Excel workbook: the ranking street by street, and every estate's item scores.
 * Headers in Simplified Chinese, or English.
 */
final class ResultsWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<String, List<String>> HEADERS = Map.of(
            "zh-CN", List.of("街道", "街道排名", "全区排名", "小区", "社区", "物业服务企业", "得分", "低于及格线"),
            "en", List.of("Street", "Street rank", "District rank", "Estate", "Community", "Property company", "Total",
                    "Below threshold"));
    private static final Map<String, List<String>> SHEETS = Map.of(
            "zh-CN", List.of("考评排名", "分项得分", "是", "否", "小区"),
            "en", List.of("Ranking", "Item scores", "yes", "no", "Estate"));

    private ResultsWorkbook() {
    }

    static byte[] write(Results results, String lang) {
        List<String> headers = HEADERS.getOrDefault(lang, HEADERS.get("zh-CN"));
        List<String> words = SHEETS.getOrDefault(lang, SHEETS.get("zh-CN"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet ranking = workbook.createSheet(words.get(0));
            header(ranking, headers, bold);
            int r = 1;
            for (Standing standing : results.standings()) {
                Scorecard card = standing.scorecard();
                Row row = ranking.createRow(r++);
                text(row, 0, card.estate().street());
                row.createCell(1).setCellValue(standing.streetRank());
                row.createCell(2).setCellValue(standing.districtRank());
                text(row, 3, card.estate().name());
                text(row, 4, card.estate().community());
                text(row, 5, results.companyNames().getOrDefault(card.estate().companyId(), card.estate().companyId()));
                number(row, 6, card.total());
                text(row, 7, standing.belowThreshold() ? words.get(2) : words.get(3));
            }
            ranking.createFreezePane(0, 1);

            Sheet items = workbook.createSheet(words.get(1));
            List<ChecklistItem> checklistItems = results.checklist().items();
            Row head = items.createRow(0);
            cell(head, 0, words.get(4), bold);
            for (int i = 0; i < checklistItems.size(); i++) {
                ChecklistItem item = checklistItems.get(i);
                cell(head, i + 1, item.code() + " " + item.title() + " (" + item.maximum().toPlainString() + ")", bold);
            }
            cell(head, checklistItems.size() + 1, headers.get(6), bold);
            r = 1;
            for (Standing standing : results.standings()) {
                Scorecard card = standing.scorecard();
                Row row = items.createRow(r++);
                text(row, 0, card.estate().name());
                for (ItemScore score : card.items()) {
                    int column = indexOf(checklistItems, score.code());
                    if (column >= 0) {
                        number(row, column + 1, score.score());
                    }
                }
                number(row, checklistItems.size() + 1, card.total());
            }
            items.createFreezePane(1, 1);
            for (int c = 0; c < headers.size(); c++) {
                ranking.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the results workbook", e);
        }
    }

    private static int indexOf(List<ChecklistItem> items, String code) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static void header(Sheet sheet, List<String> headers, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            cell(row, c, headers.get(c), style);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : value);
    }

    private static void number(Row row, int column, BigDecimal value) {
        row.createCell(column).setCellValue(value.doubleValue());
    }
}
