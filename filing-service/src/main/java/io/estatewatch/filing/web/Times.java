package io.estatewatch.filing.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times in responses are shown in the district's zone, with its offset. */
public final class Times {

    private Times() {
    }

    public static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
