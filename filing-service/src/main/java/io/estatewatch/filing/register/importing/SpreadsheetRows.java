package io.estatewatch.filing.register.importing;

import io.estatewatch.servicekit.error.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a spreadsheet the section keeps, as text by column: an Excel workbook (XLSX, or the older XLS) read
 * with Apache POI, or a CSV file read with Commons CSV (UTF-8, with or without a byte-order mark, or GB18030 as Excel
 * saves it on Chinese systems). The first row names the columns.
 */
public final class SpreadsheetRows {

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column name. */
    public record SheetRow(int number, Map<String, String> cells) {
    }

    /** The header as written and the data rows, blank rows left out. */
    public record Sheet(List<String> header, List<SheetRow> rows) {
    }

    private SpreadsheetRows() {
    }

    /**
     * Reads a file by its content: a ZIP (XLSX) or OLE2 (XLS) container is a workbook, anything else CSV.
     *
     * @param preferredSheet in a workbook, the sheet of this name if there is one, else the first sheet
     */
    public static Sheet read(byte[] content, List<String> preferredSheet) {
        if (content.length == 0) {
            throw InvalidInputException.of("file", "is empty");
        }
        return isWorkbook(content) ? workbook(content, preferredSheet) : csv(content);
    }

    private static boolean isWorkbook(byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        boolean ole2 = content.length > 7 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private static Sheet workbook(byte[] content, List<String> preferredSheet) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            org.apache.poi.ss.usermodel.Sheet sheet = null;
            for (String name : preferredSheet) {
                if (sheet == null) {
                    sheet = workbook.getSheet(name);
                }
            }
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            List<String> header = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        String text = text(row.getCell(i));
                        header.add(text == null ? "" : text);
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), text(row.getCell(i)));
                }
                add(rows, row.getRowNum() + 1, cells);
            }
            return new Sheet(header, rows);
        } catch (IOException | RuntimeException unreadable) {
            throw InvalidInputException.of("file", "is not a workbook that can be read (XLSX or XLS)");
        }
    }

    private static Sheet csv(byte[] content) {
        String text = decode(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            List<SheetRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                // The header is line 1; a record's line is where it starts.
                add(rows, (int) record.getRecordNumber() + 1, cells);
            }
            return new Sheet(header, rows);
        } catch (IOException | RuntimeException unreadable) {
            throw InvalidInputException.of("file", "is not CSV that can be read (look for an unclosed quote)");
        }
    }

    private static void add(List<SheetRow> rows, int number, Map<String, String> cells) {
        cells.replaceAll((column, value) -> value == null || value.isBlank() ? null : value.strip());
        if (cells.values().stream().anyMatch(value -> value != null)) {
            rows.add(new SheetRow(number, cells));
        }
    }

    /** UTF-8 (a byte-order mark dropped) when the bytes are valid UTF-8, else GB18030. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }
}
