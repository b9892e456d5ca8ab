package io.estatewatch.servicekit.outbox;

import java.time.Instant;

/**
 * An event waiting inside its aggregate's MongoDB document to be published.
 *
 * <p>It is written in the same single-document write as the state change that caused it, so the
 * change and its event are stored together or not at all. The relay publishes it and removes it.
 *
 * @param eventId       the CloudEvents {@code ce_id}; stays the same on every re-publication
 *                      (not named {@code id}: Spring Data would store it as {@code _id})
 * @param type          the {@code ce_type}, e.g. {@code estatewatch.complaint.received.v1}
 * @param topic         the Kafka topic of the event's context
 * @param key           the Kafka key and {@code ce_subject}: the aggregate id
 * @param sequence      the aggregate's event number, 1, 2, 3…: consumers apply each once, in order
 * @param time          when the fact happened ({@code ce_time})
 * @param stagedAt      when the event was written to the outbox, for the publish-latency metric
 * @param correlationId the request that caused it, if any
 * @param data          the event record as JSON
 */
public record PendingEvent(
        String eventId,
        String type,
        String topic,
        String key,
        long sequence,
        Instant time,
        Instant stagedAt,
        String correlationId,
        String data) {
}
