package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** The citizen was called back and rated the handling (回访). */
@EventContract(
        type = "estatewatch.complaint.callback-recorded.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "The citizen was called back and rated the handling (回访).")
public record ComplaintCallbackRecorded(
        String districtId,
        String complaintId,
        Satisfaction satisfaction,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
