package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** Copies of the property-management regulation were handed out (宣贯). */
@EventContract(
        type = "estatewatch.assessment.regulation-copies.distributed.v1",
        topic = Topic.ASSESSMENT,
        key = "distributionId",
        meaning = "Copies of the property-management regulation were handed out (宣贯).")
public record RegulationCopiesDistributed(
        String districtId,
        String distributionId,
        RecipientType recipientType,
        int copies,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return distributionId;
    }
}
