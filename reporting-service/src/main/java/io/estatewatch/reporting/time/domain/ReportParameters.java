package io.estatewatch.reporting.time.domain;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the query parameters every report shares; a value it cannot read is a 400 naming the parameter. */
public final class ReportParameters {

    private ReportParameters() {
    }

    /**
     * The report's window.
     *
     * @param asOf an ISO instant or offset date-time ({@code 2022-04-01T00:00:00+08:00}), a local date-time in the
     *             district's zone, or a date, meaning the end of that day; absent means now
     */
    public static Window window(String from, String to, String asOf, ZoneId zone, Clock clock) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw InvalidInputException.of("to", "must not be before from (" + start + ")");
        }
        if (asOf == null || asOf.isBlank()) {
            return new Window(start, end, zone, clock.instant().truncatedTo(ChronoUnit.MILLIS), false);
        }
        return new Window(start, end, zone, moment("asOf", asOf.trim(), zone), true);
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required (a date such as 2022-01-01)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field, "must be a date such as 2022-01-01");
        }
    }

    static Instant moment(String field, String value, ZoneId zone) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.parse(value.toUpperCase(Locale.ROOT)).truncatedTo(ChronoUnit.MILLIS);
            }
            try {
                return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MILLIS);
            } catch (DateTimeException noOffset) {
                return LocalDateTime.parse(value).atZone(zone).toInstant().truncatedTo(ChronoUnit.MILLIS);
            }
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field,
                    "must be a date (2022-03-31), a date-time with offset (2022-03-31T18:00:00+08:00) or an instant");
        }
    }

    public static Granularity granularity(String value) {
        if (value == null || value.isBlank()) {
            return Granularity.MONTH;
        }
        return code("granularity", value, Granularity.class);
    }

    /** An enum value by its case-insensitive code; unknown codes are a 400 listing the allowed ones. */
    public static <E extends Enum<E>> E code(String field, String value, Class<E> type) {
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw InvalidInputException.of(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
