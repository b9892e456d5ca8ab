package io.estatewatch.events.filing;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** The applicant resubmitted a returned filing. */
@EventContract(
        type = "estatewatch.filing.resubmitted.v1",
        topic = Topic.FILING,
        key = "filingId",
        meaning = "The applicant resubmitted a returned filing.")
public record FilingResubmitted(
        String districtId,
        String filingId,
        FilingType type,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return filingId;
    }
}
