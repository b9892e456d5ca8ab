package io.estatewatch.events.filing;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** An applicant submitted a filing for review. */
@EventContract(
        type = "estatewatch.filing.submitted.v1",
        topic = Topic.FILING,
        key = "filingId",
        meaning = "An applicant submitted a filing for review.")
public record FilingSubmitted(
        String districtId,
        String filingId,
        FilingType type,
        String estateId,
        String companyId,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return filingId;
    }
}
