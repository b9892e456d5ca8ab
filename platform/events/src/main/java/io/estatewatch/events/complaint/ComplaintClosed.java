package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A complaint was closed after a satisfied callback (办结). */
@EventContract(
        type = "estatewatch.complaint.closed.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "A complaint was closed after a satisfied callback (办结).")
public record ComplaintClosed(
        String districtId,
        String complaintId,
        Satisfaction satisfaction,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
