package io.estatewatch.events.filing;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A reviewer approved a filing; it counts as completed. */
@EventContract(
        type = "estatewatch.filing.approved.v1",
        topic = Topic.FILING,
        key = "filingId",
        meaning = "A reviewer approved a filing; it counts as completed.")
public record FilingApproved(
        String districtId,
        String filingId,
        FilingType type,
        String estateId,
        String companyId,
        String reviewer,
        String reason,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return filingId;
    }
}
