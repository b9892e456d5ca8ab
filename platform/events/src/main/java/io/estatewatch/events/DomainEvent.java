package io.estatewatch.events;

import java.time.Instant;

/**
 * A fact another party cares about, published to Kafka as a CloudEvent.
 *
 * <p>Implementations are immutable records named in the past tense and annotated with {@link EventContract}.
 * They carry ids and codes only: never a name or a phone number in the clear.
 */
public interface DomainEvent {

    /** The tenant: one deployment can hold several districts. */
    String districtId();

    /** When the fact happened; earlier than publication for back-entered records. */
    Instant occurredAt();

    /** The id of the aggregate that emitted the event: the Kafka key and {@code ce_subject}. */
    String aggregateId();
}
