package io.estatewatch.events.renovation;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A renovation project reached its next milestone. */
@EventContract(
        type = "estatewatch.renovation.project.milestone-reached.v1",
        topic = Topic.RENOVATION,
        key = "projectId",
        meaning = "A renovation project reached its next milestone.")
public record RenovationMilestoneReached(
        String districtId,
        String projectId,
        Milestone milestone,
        Instant plannedAt,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId;
    }
}
