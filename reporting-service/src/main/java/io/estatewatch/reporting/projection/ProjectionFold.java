package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelope;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Folds events into the rows they change, each row guarded by the source aggregate's {@code ce_sequence}: redelivery,
 * replay and outbox re-publication change nothing. The live consumer folds a batch at a time ({@link BatchFold}).
 */
@Component
public class ProjectionFold {

    private final BatchFold batchFold;
    private final ProjectionPointer pointer;
    private final FoldGate gate;
    private final FoldSignals signals;

    public ProjectionFold(BatchFold batchFold, ProjectionPointer pointer, FoldGate gate, FoldSignals signals) {
        this.batchFold = batchFold;
        this.pointer = pointer;
        this.gate = gate;
        this.signals = signals;
    }

    /** Folds a batch, in order, into the current generation (the live consumer); returns the rows written. */
    public int apply(List<EventEnvelope> envelopes) {
        if (envelopes.isEmpty()) {
            return 0;
        }
        return gate.folding(() -> {
            int written = batchFold.apply(pointer.current(), envelopes);
            if (written > 0) {
                signals.changed();
            }
            return written;
        });
    }
}
