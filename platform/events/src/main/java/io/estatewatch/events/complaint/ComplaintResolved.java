package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** The assignee reported the complaint handled (办理). */
@EventContract(
        type = "estatewatch.complaint.resolved.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "The assignee reported the complaint handled (办理).")
public record ComplaintResolved(
        String districtId,
        String complaintId,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
