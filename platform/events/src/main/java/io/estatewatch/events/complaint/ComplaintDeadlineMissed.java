package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A response or resolution deadline passed with the step not done; emitted once per deadline. */
@EventContract(
        type = "estatewatch.complaint.deadline-missed.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "A response or resolution deadline passed with the step not done; emitted once per deadline.")
public record ComplaintDeadlineMissed(
        String districtId,
        String complaintId,
        DeadlineKind deadline,
        Instant dueAt,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
