package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** The assignee first answered the complaint (响应). */
@EventContract(
        type = "estatewatch.complaint.responded.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "The assignee first answered the complaint (响应).")
public record ComplaintResponded(
        String districtId,
        String complaintId,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
