package io.estatewatch.reporting.facts;

import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reads typed values out of a row document, tolerating absent fields. */
final class RowReader {

    private RowReader() {
    }

    static String string(Document doc, String field) {
        Object value = doc.get(field);
        return value == null ? null : value.toString();
    }

    static Instant instant(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Date date ? date.toInstant() : null;
    }

    static BigDecimal decimal(Document doc, String field) {
        Object value = doc.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Decimal128 d) {
            return d.bigDecimalValue();
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return new BigDecimal(value.toString());
    }

    static int integer(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.intValue() : 0;
    }

    static double number(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    static boolean bool(Document doc, String field) {
        return Boolean.TRUE.equals(doc.get(field));
    }

    static <E extends Enum<E>> E code(Document doc, String field, Class<E> type) {
        String value = string(doc, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static List<String> strings(Document doc, String field) {
        Object value = doc.get(field);
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> {
                if (v != null) {
                    result.add(v.toString());
                }
            });
        }
        return result;
    }

    static List<Instant> instants(Document doc, String field) {
        Object value = doc.get(field);
        List<Instant> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> {
                if (v instanceof Date date) {
                    result.add(date.toInstant());
                }
            });
        }
        return result;
    }

    static <T> List<T> documents(Document doc, String field, Function<Document, T> mapper) {
        Object value = doc.get(field);
        List<T> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Document d) {
                    T mapped = mapper.apply(d);
                    if (mapped != null) {
                        result.add(mapped);
                    }
                }
            }
        }
        return result;
    }
}
