package io.estatewatch.filing.review.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long a reviewer has: {@code workingDays} working days counted from the day after the filing was submitted (or
 * resubmitted: the clock starts again with the corrected material), to the end of the last one in the district's
 * zone.
 */
public record ReviewDeadline(WorkingCalendar calendar, int workingDays, ZoneId zone) {

    public ReviewDeadline {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        if (workingDays < 1) {
            throw new IllegalArgumentException("A review takes at least one working day, not " + workingDays);
        }
    }

    /** The last day of the review of a filing (re)submitted at {@code start}. */
    public LocalDate dueOn(Instant start) {
        return calendar.workingDaysAfter(LocalDate.ofInstant(start, zone), workingDays);
    }

    /** The moment the review of a filing (re)submitted at {@code start} becomes overdue: the end of its last day. */
    public Instant dueAt(Instant start) {
        return dueOn(start).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
