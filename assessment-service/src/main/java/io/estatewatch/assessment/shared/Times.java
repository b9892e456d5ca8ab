package io.estatewatch.assessment.shared;

import io.estatewatch.servicekit.error.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times in and out: staff may back-date a record with {@code at}, never date it in the future. */
public final class Times {

    /** Clocks of phones and servers differ a little. */
    static final Duration SKEW = Duration.ofMinutes(5);

    private Times() {
    }

    /**
     * When a recorded fact happened: {@code at} as given, or now.
     *
     * @throws InvalidInputException when {@code at} lies in the future
     */
    public static Instant occurred(String field, OffsetDateTime at, Instant now) {
        if (at == null) {
            return now;
        }
        Instant instant = at.toInstant();
        if (instant.isAfter(now.plus(SKEW))) {
            throw InvalidInputException.of(field, "must not be in the future");
        }
        return instant;
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** An instant as the district's local time with its offset. */
    public static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
