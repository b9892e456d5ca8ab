package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** Staff confirmed a complaint as a duplicate and merged it into another. */
@EventContract(
        type = "estatewatch.complaint.merged.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "Staff confirmed a complaint as a duplicate and merged it into another.")
public record ComplaintMerged(
        String districtId,
        String complaintId,
        String intoComplaintId,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
