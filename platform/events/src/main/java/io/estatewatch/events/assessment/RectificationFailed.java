package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A re-inspection failed a rectification order; it escalates. */
@EventContract(
        type = "estatewatch.assessment.rectification.failed.v1",
        topic = Topic.ASSESSMENT,
        key = "orderId",
        meaning = "A re-inspection failed a rectification order; it escalates.")
public record RectificationFailed(
        String districtId,
        String orderId,
        String estateId,
        boolean escalated,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
