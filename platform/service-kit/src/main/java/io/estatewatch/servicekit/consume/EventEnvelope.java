package io.estatewatch.servicekit.consume;

import io.estatewatch.events.DomainEvent;

import java.time.Instant;

/**
 * A consumed CloudEvent: its attributes, where it was read from, and the event record.
 *
 * @param sequence the emitting aggregate's event number ({@code ce_sequence}); folds apply each once
 */
public record EventEnvelope(
        String id,
        String type,
        String source,
        String subject,
        long sequence,
        Instant time,
        String correlationId,
        String topic,
        int partition,
        long offset,
        DomainEvent event) {
}
