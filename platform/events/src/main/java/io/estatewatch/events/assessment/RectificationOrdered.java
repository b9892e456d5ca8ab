package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;
import java.util.List;

/** A rectification order (整改) listing failed items and a deadline was issued. */
@EventContract(
        type = "estatewatch.assessment.rectification.ordered.v1",
        topic = Topic.ASSESSMENT,
        key = "orderId",
        meaning = "A rectification order (整改) listing failed items and a deadline was issued.")
public record RectificationOrdered(
        String districtId,
        String orderId,
        String roundId,
        String estateId,
        String companyId,
        List<String> items,
        Instant dueAt,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
