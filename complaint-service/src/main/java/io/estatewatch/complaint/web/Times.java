package io.estatewatch.complaint.web;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Times in responses are shown in the district's zone, with its offset; query bounds take a day or a time. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * A lower bound: {@code 2022-01-01} is the start of that day in the district's zone, a time with offset is itself.
     */
    public static Instant from(String value, String parameter, ZoneId zone) {
        return bound(value, parameter, zone, false);
    }

    /** An exclusive upper bound: {@code 2022-06-30} is the end of that day (the days are inclusive). */
    public static Instant to(String value, String parameter, ZoneId zone) {
        return bound(value, parameter, zone, true);
    }

    private static Instant bound(String value, String parameter, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(parameter, "must be a date such as 2022-01-01 or a time with offset such as "
                    + "2022-01-01T00:00:00+08:00");
        }
    }
}
