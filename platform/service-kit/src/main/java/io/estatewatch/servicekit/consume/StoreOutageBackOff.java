package io.estatewatch.servicekit.consume;

import io.estatewatch.servicekit.store.Outage;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;

/**
 * The back-off of a consumer's failing record: without end while the failure is an {@link Outage} of the store, the
 * binding's own ({@code max-attempts}, {@code back-off-*}) for any other failure. So a healthy record waits for the
 * store instead of going to the dead-letter topic, and a record that fails for a reason of its own is still
 * dead-lettered after the binding's attempts, also when it first waited through an outage.
 *
 * <p>The container asks for the next interval right after each failure but does not say which failure it was; the
 * error handler's retry listener and back-off function say it first ({@link #failed}), on the same consumer thread.
 * (spring-kafka's own choice of a back-off per exception is made once per record and kept while the outer exception's
 * class stays the same, and the binder's wrapper around a store failure and around a record's own is the same class.)
 */
final class StoreOutageBackOff implements BackOff {

    private final ThreadLocal<Throwable> lastFailure = new ThreadLocal<>();
    private final BackOff whileAway;
    private final BackOff otherwise;

    /**
     * @param initial   the first wait while the store is away; it doubles, up to {@code max}
     * @param otherwise the binding's back-off, which ends after its attempts
     */
    StoreOutageBackOff(Duration initial, Duration max, BackOff otherwise) {
        ExponentialBackOff waiting = new ExponentialBackOff(initial.toMillis(), 2.0);
        waiting.setMaxInterval(Math.max(initial.toMillis(), max.toMillis()));
        waiting.setMaxElapsedTime(Long.MAX_VALUE);
        waiting.setMaxAttempts(Long.MAX_VALUE);
        this.whileAway = waiting;
        this.otherwise = otherwise;
    }

    /** The failure the next interval is asked for; told on the thread that will ask. */
    void failed(Throwable failure) {
        lastFailure.set(failure);
    }

    @Override
    public BackOffExecution start() {
        return new Execution();
    }

    /**
     * One failing record's (or batch's) tries. Each kind of failure keeps its own count: waiting for the store uses up
     * none of the binding's attempts.
     */
    private final class Execution implements BackOffExecution {

        private BackOffExecution waiting;
        private BackOffExecution attempts;
        /**
         * Until a failure is told, this is taken for an outage: waiting is the mistake that loses nothing. (The
         * container probes a new back-off once, with no failure, to see whether it retries at all.)
         */
        private boolean storeAway = true;

        @Override
        public long nextBackOff() {
            Throwable failure = lastFailure.get();
            if (failure != null) {
                lastFailure.remove();
                storeAway = Outage.anywhereIn(failure);
            }
            if (storeAway) {
                if (waiting == null) {
                    waiting = whileAway.start();
                }
                return waiting.nextBackOff();
            }
            if (attempts == null) {
                attempts = otherwise.start();
            }
            return attempts.nextBackOff();
        }
    }
}
