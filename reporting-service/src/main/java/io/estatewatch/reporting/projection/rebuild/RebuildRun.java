package io.estatewatch.reporting.projection.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The progress of one rebuild, updated by its worker and read by status requests. */
final class RebuildRun {

    enum State { RUNNING, SWITCHING, DONE, FAILED }

    final String id;
    final long fromGeneration;
    final long toGeneration;
    final Instant startedAt;
    private final Clock clock;
    final AtomicLong total = new AtomicLong();
    final AtomicLong done = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;

    RebuildRun(String id, long fromGeneration, long toGeneration, Clock clock) {
        this.id = id;
        this.fromGeneration = fromGeneration;
        this.toGeneration = toGeneration;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    void switching() {
        state = State.SWITCHING;
    }

    void done() {
        finishedAt = clock.instant();
        state = State.DONE;
    }

    void failed(String reason) {
        finishedAt = clock.instant();
        error = reason;
        state = State.FAILED;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    RebuildStatus status() {
        Instant until = finishedAt == null ? clock.instant() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
        long processed = done.get();
        double rate = Math.round(processed / seconds * 10) / 10.0;
        long left = Math.max(0, total.get() - processed);
        Long eta = finished() ? Long.valueOf(0) : rate > 0 ? Long.valueOf((long) Math.ceil(left / rate)) : null;
        return new RebuildStatus(id, state.name(), fromGeneration, toGeneration, startedAt, finishedAt, total.get(),
                processed, skipped.get(), rate, eta, error);
    }
}
