package io.estatewatch.events.filing;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A reviewer rejected a filing. */
@EventContract(
        type = "estatewatch.filing.rejected.v1",
        topic = Topic.FILING,
        key = "filingId",
        meaning = "A reviewer rejected a filing.")
public record FilingRejected(
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
