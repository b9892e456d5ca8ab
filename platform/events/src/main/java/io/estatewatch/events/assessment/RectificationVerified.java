package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A re-inspection (回头看) verified a rectification order. */
@EventContract(
        type = "estatewatch.assessment.rectification.verified.v1",
        topic = Topic.ASSESSMENT,
        key = "orderId",
        meaning = "A re-inspection (回头看) verified a rectification order.")
public record RectificationVerified(
        String districtId,
        String orderId,
        String estateId,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
