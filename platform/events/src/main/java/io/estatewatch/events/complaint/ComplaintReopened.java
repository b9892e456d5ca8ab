package io.estatewatch.events.complaint;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A dissatisfied callback reopened a complaint. */
@EventContract(
        type = "estatewatch.complaint.reopened.v1",
        topic = Topic.COMPLAINT,
        key = "complaintId",
        meaning = "A dissatisfied callback reopened a complaint.")
public record ComplaintReopened(
        String districtId,
        String complaintId,
        String by,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
