package io.estatewatch.servicekit.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every aggregate document that emits events: it carries its pending events and the number of
 * the last event it emitted, so state and events are saved in one document write.
 */
public abstract class OutboxDocument {

    /** Events not yet acknowledged by Kafka, oldest first. The relay removes them once published. */
    private List<PendingEvent> outbox = new ArrayList<>();

    /** The sequence number of the last event this aggregate emitted. */
    private long eventSequence;

    public List<PendingEvent> getOutbox() {
        return outbox;
    }

    public void setOutbox(List<PendingEvent> outbox) {
        this.outbox = outbox == null ? new ArrayList<>() : outbox;
    }

    public long getEventSequence() {
        return eventSequence;
    }

    public void setEventSequence(long eventSequence) {
        this.eventSequence = eventSequence;
    }

    long nextSequence() {
        return ++eventSequence;
    }

    void append(PendingEvent event) {
        outbox.add(event);
    }
}
