package io.estatewatch.reporting.time.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The period a report covers and the moment it looks from.
 *
 * <p>The period is calendar dates in the district's zone, both ends included: {@code [from 00:00, to+1 00:00)}.
 * A fact counts when it happened inside the period and at or before {@code asOf}; a state (responded, closed…)
 * counts as it stood at {@code asOf}. Without an explicit {@code asOf} the report looks from now.
 *
 * @param asOf       the moment the report looks from (millisecond precision, like the stored rows)
 * @param asOfGiven  whether the caller named {@code asOf} (reports echo it only then)
 */
public record Window(LocalDate from, LocalDate to, ZoneId zone, Instant asOf, boolean asOfGiven) {

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /**
     * The half-year {@code now} falls in, January to June or July to December in the district's zone, looked at from
     * {@code now}: the period of the half-year work summary while it is under way.
     */
    public static Window halfYear(Instant now, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate from = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
        return new Window(from, from.plusMonths(6).minusDays(1), zone, now.truncatedTo(ChronoUnit.MILLIS), false);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether a fact that happened at {@code at} counts: inside the period and known at {@code asOf}. */
    public boolean counts(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end()) && !at.isAfter(asOf);
    }

    /** Whether something that happened at {@code at} had happened by {@code asOf}. */
    public boolean stood(Instant at) {
        return at != null && !at.isAfter(asOf);
    }

    /** The last moment the report sees inside its period: the earlier of the period's end and {@code asOf}. */
    public Instant horizon() {
        Instant lastOfPeriod = end().minusMillis(1);
        return asOf.isBefore(lastOfPeriod) ? asOf : lastOfPeriod;
    }

    /** {@code asOf} in the district's zone, for echoing in responses. */
    public OffsetDateTime asOfInZone() {
        return OffsetDateTime.ofInstant(asOf, zone);
    }
}
