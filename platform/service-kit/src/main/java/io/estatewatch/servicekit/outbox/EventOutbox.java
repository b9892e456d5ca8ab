package io.estatewatch.servicekit.outbox;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.EventCatalogue.EventDescriptor;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Stages domain events into their aggregate's document; the caller then saves the document once. */
public class EventOutbox {

    static final String CORRELATION_ID_MDC_KEY = "correlationId";

    private final JsonMapper json;
    private final Clock clock;

    public EventOutbox(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Appends the events, numbered after the document's last event, to the document's outbox. */
    public void stage(OutboxDocument document, List<? extends DomainEvent> events) {
        for (DomainEvent event : events) {
            document.append(pending(event, document.nextSequence()));
        }
    }

    public void stage(OutboxDocument document, DomainEvent event) {
        stage(document, List.of(event));
    }

    private PendingEvent pending(DomainEvent event, long sequence) {
        EventDescriptor contract = EventCatalogue.forEvent(event);
        return new PendingEvent(
                UUID.randomUUID().toString(),
                contract.type(),
                contract.topic().topicName(),
                event.aggregateId(),
                sequence,
                event.occurredAt(),
                clock.instant(),
                MDC.get(CORRELATION_ID_MDC_KEY),
                json.writeValueAsString(event));
    }
}
