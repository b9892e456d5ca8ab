package io.estatewatch.servicekit.outbox;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.EventCatalogue.EventDescriptor;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/** Stages domain events into their aggregate's document; the caller then saves the document once. */
public class EventOutbox {

    static final String CORRELATION_ID_MDC_KEY = "correlationId";
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

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

    /**
     * 128 random bits in base32 (a–z, 2–7): no run of digits long enough to look like a phone number, so scans of the
     * topics for clear-text numbers never trip on an event id.
     */
    static String eventId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        StringBuilder id = new StringBuilder(26);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                id.append(BASE32.charAt((buffer >> (held - 5)) & 31));
                held -= 5;
            }
        }
        if (held > 0) {
            id.append(BASE32.charAt((buffer << (5 - held)) & 31));
        }
        return id.toString();
    }

    private PendingEvent pending(DomainEvent event, long sequence) {
        EventDescriptor contract = EventCatalogue.forEvent(event);
        return new PendingEvent(
                eventId(),
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
