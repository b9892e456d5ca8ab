package io.estatewatch.assessment.shared.domain;

import io.estatewatch.events.DomainEvent;

import java.util.ArrayList;
import java.util.List;

/** A domain object whose changes are published as events: each change records them, the service takes and saves them. */
public abstract class Aggregate {

    private final List<DomainEvent> events = new ArrayList<>();

    protected void record(DomainEvent event) {
        events.add(event);
    }

    /** The events of the changes since the last call, in order. */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
