package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A complaint was dispatched to a property company or a street office (派单). */
@EventContract(
        type = "estatewatch.complaint.assigned.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "A complaint was dispatched to a property company or a street office (派单).")
public record ComplaintAssigned(
        String districtId,
        String complaintId,
        AssigneeType assigneeType,
        String assigneeId,
        boolean automatic,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
