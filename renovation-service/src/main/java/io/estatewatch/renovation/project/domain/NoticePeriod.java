package io.estatewatch.renovation.project.domain;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.LocalDate;

/** The days a public notice (公示) of the planned renovation hangs in the estates, both days included. */
public record NoticePeriod(LocalDate from, LocalDate to) {

    public NoticePeriod {
        if (from == null) {
            throw InvalidInputException.of("publicNotice.from", "is required");
        }
        if (to == null) {
            throw InvalidInputException.of("publicNotice.to", "is required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("publicNotice.to", "must not be before publicNotice.from (" + from + ")");
        }
    }
}
