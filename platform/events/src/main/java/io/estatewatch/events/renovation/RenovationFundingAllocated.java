package io.estatewatch.events.renovation;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.math.BigDecimal;
import java.time.Instant;

/** Money from one source was allocated to a renovation project. */
@EventContract(
        type = "estatewatch.renovation.project.funding-allocated.v1",
        topic = Topic.RENOVATION,
        key = "projectId",
        meaning = "Money from one source was allocated to a renovation project.")
public record RenovationFundingAllocated(
        String districtId,
        String projectId,
        FundingSource source,
        BigDecimal amount,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId;
    }
}
