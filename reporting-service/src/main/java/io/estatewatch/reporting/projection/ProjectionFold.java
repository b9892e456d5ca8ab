package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.ExactFold;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Folds events into the rows they change, each row guarded by the source aggregate's {@code ce_sequence}: redelivery,
 * replay and outbox re-publication change nothing. The live consumer folds a batch at a time ({@link BatchFold});
 * a single event goes through {@link ExactFold}.
 */
@Component
public class ProjectionFold {

    private final ExactFold fold;
    private final BatchFold batchFold;
    private final ProjectionPointer pointer;
    private final FoldGate gate;
    private final FoldSignals signals;

    public ProjectionFold(ExactFold fold, BatchFold batchFold, ProjectionPointer pointer, FoldGate gate,
                          FoldSignals signals) {
        this.fold = fold;
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

    /** Folds one event into the current generation. */
    public boolean apply(EventEnvelope envelope) {
        return gate.folding(() -> {
            boolean changed = applyTo(pointer.current(), envelope);
            if (changed) {
                signals.changed();
            }
            return changed;
        });
    }

    /** Folds into {@code generation} (a rebuild); true when some row changed. */
    public boolean applyTo(long generation, EventEnvelope envelope) {
        List<RowWrite> writes = EventRows.of(envelope.event());
        boolean changed = false;
        for (RowWrite write : writes) {
            changed |= fold.apply(write.projection().collection(generation), write.id(), envelope, write.update());
        }
        return changed;
    }
}
