package io.estatewatch.filing.register.importing;

import io.estatewatch.filing.domain.Problems;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns an imported sheet may have: each field under its English name or the Chinese headings the section's
 * spreadsheets use (小区名称, 统一社会信用代码, …). Headings match without blanks, case or a unit in brackets, so
 * 「建筑面积（m²）」 is 「建筑面积」. Cells are read into typed values, each problem named by field.
 */
final class Columns {

    private final Map<String, String> fieldByHeading = new LinkedHashMap<>();
    private final Set<String> required;

    private Columns(Map<String, List<String>> headings, Set<String> required) {
        headings.forEach((field, names) -> {
            fieldByHeading.put(normalize(field), field);
            names.forEach(name -> fieldByHeading.put(normalize(name), field));
        });
        this.required = required;
    }

    static final Columns ESTATES = new Columns(Map.of(
            "name", List.of("小区名称", "小区名", "名称", "项目名称"),
            "aliases", List.of("别名", "曾用名"),
            "street", List.of("街道", "所属街道", "街道/乡镇", "乡镇街道"),
            "community", List.of("社区", "所属社区"),
            "address", List.of("地址", "小区地址", "坐落"),
            "buildings", List.of("楼栋数", "幢数", "楼幢数"),
            "households", List.of("户数", "总户数"),
            "floorAreaM2", List.of("建筑面积", "总建筑面积", "面积"),
            "builtYear", List.of("建成年份", "建成年代", "竣工年份"),
            "closedManagement", List.of("封闭管理", "是否封闭管理")),
            Set.of("name", "street", "address", "buildings", "households", "floorAreaM2"));

    static final Columns COMPANIES = new Columns(Map.of(
            "name", List.of("企业名称", "公司名称", "名称"),
            "creditCode", List.of("统一社会信用代码", "信用代码"),
            "contactName", List.of("contact.name", "联系人"),
            "contactPhone", List.of("contact.phone", "联系电话", "电话"),
            "qualificationNotes", List.of("资质", "资质情况", "资质说明")),
            Set.of("name", "creditCode"));

    /** The row's cells by field; a sheet without a required column is refused as a whole. */
    Map<String, String> fields(List<String> header, Map<String, String> cells) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String heading : header) {
            String field = fieldByHeading.get(normalize(heading));
            if (field != null && !fields.containsKey(field)) {
                fields.put(field, cells.get(heading));
            }
        }
        return fields;
    }

    /** Refuses a sheet that lacks a column the register needs. */
    void requireColumns(List<String> header) {
        Set<String> present = header.stream().map(heading -> fieldByHeading.get(normalize(heading)))
                .filter(field -> field != null).collect(java.util.stream.Collectors.toSet());
        List<String> missing = required.stream().filter(field -> !present.contains(field)).sorted().toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "has no column for " + String.join(", ", missing));
        }
    }

    /** The headings no field reads. */
    List<String> ignored(List<String> header) {
        return header.stream().filter(heading -> !heading.isBlank() && !fieldByHeading.containsKey(normalize(heading)))
                .toList();
    }

    static String normalize(String heading) {
        return heading.replaceAll("[(（][^)）]*[)）]", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    static Integer wholeNumber(Problems problems, String field, String text) {
        BigDecimal number = decimal(problems, field, text);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            problems.add(field, "must be a whole number, not '" + text + "'");
            return null;
        }
    }

    static Double number(Problems problems, String field, String text) {
        BigDecimal number = decimal(problems, field, text);
        return number == null ? null : number.doubleValue();
    }

    private static BigDecimal decimal(Problems problems, String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException notANumber) {
            problems.add(field, "must be a number, not '" + text + "'");
            return null;
        }
    }

    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "封闭");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "未封闭", "开放");

    static Boolean yesNo(Problems problems, String field, String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        problems.add(field, "must be 是 or 否 (yes or no), not '" + text + "'");
        return null;
    }

    /** Aliases in one cell, separated by 、 ; or commas. */
    static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[、;；,，]")).map(String::strip)
                .filter(item -> !item.isEmpty()).toList();
    }
}
