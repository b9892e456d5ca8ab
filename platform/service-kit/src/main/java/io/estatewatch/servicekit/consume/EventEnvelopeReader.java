package io.estatewatch.servicekit.consume;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventCatalogue;
import io.estatewatch.events.EventCatalogue.EventDescriptor;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Reads a Kafka record delivered by Spring Cloud Stream into an {@link EventEnvelope}.
 *
 * <p>A type this service does not know (a newer version, say) is skipped, not failed: tolerant reader.
 */
public class EventEnvelopeReader {

    private final JsonMapper json;

    public EventEnvelopeReader(JsonMapper json) {
        this.json = json;
    }

    public Optional<EventEnvelope> read(Message<?> message) {
        MessageHeaders headers = message.getHeaders();
        String type = header(headers, "ce_type");
        if (type == null) {
            throw new UnreadableEventException("record without ce_type");
        }
        Optional<EventDescriptor> descriptor = EventCatalogue.forType(type);
        if (descriptor.isEmpty()) {
            return Optional.empty();
        }
        String id = required(headers, "ce_id");
        String subject = required(headers, "ce_subject");
        long sequence;
        Instant time;
        try {
            sequence = Long.parseLong(required(headers, "ce_sequence"));
            time = OffsetDateTime.parse(required(headers, "ce_time")).toInstant();
        } catch (RuntimeException e) {
            throw new UnreadableEventException("event " + id + " has a malformed ce_sequence or ce_time", e);
        }
        DomainEvent event;
        try {
            event = json.readValue(payload(message.getPayload()), descriptor.get().javaType());
        } catch (JacksonException e) {
            throw new UnreadableEventException("event " + id + " of type " + type + " has unreadable data: "
                    + e.getOriginalMessage(), e);
        }
        if (!subject.equals(event.aggregateId())) {
            throw new UnreadableEventException("event " + id + " has ce_subject " + subject + " but key "
                    + event.aggregateId());
        }
        return Optional.of(new EventEnvelope(id, type, header(headers, "ce_source"), subject, sequence, time,
                header(headers, "ce_correlationid"), header(headers, KafkaHeaders.RECEIVED_TOPIC),
                (int) number(headers.get(KafkaHeaders.RECEIVED_PARTITION)), number(headers.get(KafkaHeaders.OFFSET)), event));
    }

    private static byte[] payload(Object payload) {
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw new UnreadableEventException("unexpected payload type " + payload.getClass().getName());
    }

    private static String required(MessageHeaders headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("record without " + name);
        }
        return value;
    }

    /**
     * Kafka header values arrive as bytes or, once mapped by the binder, as strings; Spring Cloud Function may have
     * rewritten the Kafka binding's {@code ce_} prefix to its canonical {@code ce-}.
     */
    static String header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }
}
