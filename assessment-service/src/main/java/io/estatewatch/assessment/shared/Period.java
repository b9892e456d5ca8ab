package io.estatewatch.assessment.shared;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days {@code from}–{@code to} (both included) in the district's zone, as the instants [start, end); an open
 * end where a day is not given.
 */
public record Period(LocalDate from, LocalDate to, Instant start, Instant end) {

    public static Period of(LocalDate from, LocalDate to, ZoneId zone) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from");
        }
        return new Period(from, to, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
