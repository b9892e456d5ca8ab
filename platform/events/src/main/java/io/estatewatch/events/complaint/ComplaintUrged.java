package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** Staff urged the assignee on (催办). */
@EventContract(
        type = "estatewatch.complaint.urged.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "Staff urged the assignee on (催办).")
public record ComplaintUrged(
        String districtId,
        String complaintId,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
