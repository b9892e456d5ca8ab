package io.estatewatch.filing.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** MongoDB keeps times to the millisecond: a time taken now is cut there, so that it reads back as it was answered. */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
