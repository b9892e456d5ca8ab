package io.estatewatch.reporting.support;

import io.estatewatch.events.DomainEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Events in the order their aggregates emitted them, each numbered within its aggregate as the outbox numbers them. */
public class EventLog {

    private final List<Published> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    public EventLog add(DomainEvent event) {
        long sequence = sequences.merge(event.aggregateId(), 1L, Long::sum);
        events.add(new Published(event, sequence));
        return this;
    }

    public List<Published> events() {
        return List.copyOf(events);
    }

    public int size() {
        return events.size();
    }
}
