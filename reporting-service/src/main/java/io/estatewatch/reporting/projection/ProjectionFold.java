package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.ExactFold;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Folds an event into the rows it changes, each row guarded by the source aggregate's {@code ce_sequence}
 * ({@link ExactFold}): redelivery, replay and outbox re-publication change nothing.
 */
@Component
public class ProjectionFold {

    private final ExactFold fold;
    private final ProjectionPointer pointer;
    private final FoldGate gate;
    private final FoldSignals signals;

    public ProjectionFold(ExactFold fold, ProjectionPointer pointer, FoldGate gate, FoldSignals signals) {
        this.fold = fold;
        this.pointer = pointer;
        this.gate = gate;
        this.signals = signals;
    }

    /** Folds into the current generation (the live consumer). */
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
