package io.estatewatch.reporting.worksummary.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** How the section writes periods, approximate quantities, areas and rates. */
final class Phrasing {

    private Phrasing() {
    }

    /**
     * The period as the summary names it: {@code 1—6月份} for whole months of one year, {@code 3月份} for one month,
     * otherwise dates.
     */
    static String periodZh(LocalDate from, LocalDate to) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
        if (wholeMonths && from.getYear() == to.getYear()) {
            return from.getMonthValue() == to.getMonthValue() ? from.getMonthValue() + "月份"
                    : from.getMonthValue() + "—" + to.getMonthValue() + "月份";
        }
        if (wholeMonths) {
            return from.getYear() + "年" + from.getMonthValue() + "月—" + to.getYear() + "年" + to.getMonthValue() + "月";
        }
        if (from.getYear() == to.getYear()) {
            return from.getMonthValue() + "月" + from.getDayOfMonth() + "日—" + to.getMonthValue() + "月"
                    + to.getDayOfMonth() + "日";
        }
        return dateZh(from) + "—" + dateZh(to);
    }

    static String dateZh(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** {@code From January to June}, {@code In March}, {@code From 5 March to 20 April}. */
    static String periodEn(LocalDate from, LocalDate to) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
        if (wholeMonths && from.getYear() == to.getYear()) {
            return from.getMonth() == to.getMonth() ? "In " + month(from.getMonth())
                    : "From " + month(from.getMonth()) + " to " + month(to.getMonth());
        }
        if (wholeMonths) {
            return "From " + month(from.getMonth()) + " " + from.getYear() + " to " + month(to.getMonth()) + " "
                    + to.getYear();
        }
        if (from.getYear() == to.getYear()) {
            return "From " + from.getDayOfMonth() + " " + month(from.getMonth()) + " to " + to.getDayOfMonth() + " "
                    + month(to.getMonth());
        }
        return "From " + dateEn(from) + " to " + dateEn(to);
    }

    static String dateEn(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date.getMonth()) + " " + date.getYear();
    }

    static String month(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /**
     * A quantity as the section writes handed-out totals: from 100 on, rounded down to two significant digits and
     * marked approximate ({@code 5000余}, "some 5,000"); below 100, exact.
     */
    static String quantityZh(BigDecimal quantity) {
        Long rounded = roundedDown(quantity);
        return rounded == null ? plain(quantity) : rounded + "余";
    }

    static String quantityEn(BigDecimal quantity) {
        Long rounded = roundedDown(quantity);
        return rounded == null ? plain(quantity) : "some " + en(rounded);
    }

    /** Whole estates or items counted approximately from 100 on: {@code 140多}. */
    static String countZh(long count) {
        Long rounded = roundedDown(BigDecimal.valueOf(count));
        return rounded == null ? Long.toString(count) : rounded + "多";
    }

    static String countEn(long count) {
        Long rounded = roundedDown(BigDecimal.valueOf(count));
        return rounded == null ? en(count) : "more than " + en(rounded);
    }

    /** Null below 100; otherwise the value rounded down to two significant digits. */
    static Long roundedDown(BigDecimal quantity) {
        long value = quantity.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (value < 100) {
            return null;
        }
        long factor = 1;
        while (value / factor >= 100) {
            factor *= 10;
        }
        return value / factor * factor;
    }

    /** 446000 m² → {@code 44.6万平方米}; under 10,000 m² → {@code 8500平方米}. */
    static String areaZh(BigDecimal squareMetres) {
        if (squareMetres.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return plain(squareMetres.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)) + "万平方米";
        }
        return plain(squareMetres.setScale(0, RoundingMode.HALF_UP)) + "平方米";
    }

    static String areaEn(BigDecimal squareMetres) {
        return String.format(Locale.ENGLISH, "%,d m²", squareMetres.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** 0.9125 → {@code 91.3%}, 0.97 → {@code 97%}. */
    static String percent(double rate) {
        return plain(BigDecimal.valueOf(rate).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP))
                + "%";
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String en(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    /** A、B和C. */
    static String listZh(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "和" + items.get(items.size() - 1);
    }

    /** A, B and C. */
    static String listEn(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String chineseNumeral(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n - 10];
        }
        return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
}
