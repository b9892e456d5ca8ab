package io.estatewatch.reporting.projection;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Tells whoever listens (the dashboard's event stream) that aggregates changed; read and cleared, so debounced. */
@Component
public class FoldSignals {

    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicLong folded = new AtomicLong();

    void changed() {
        folded.incrementAndGet();
        changed.set(true);
    }

    /** Whether anything changed since the last call. */
    public boolean takeChange() {
        return changed.getAndSet(false);
    }

    /** Events folded by this instance since it started. */
    public long folded() {
        return folded.get();
    }
}
