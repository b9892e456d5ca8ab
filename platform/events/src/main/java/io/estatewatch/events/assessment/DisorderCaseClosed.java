package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A disorder case was cleared and closed. */
@EventContract(
        type = "estatewatch.assessment.disorder-case.closed.v1",
        topic = Topic.ASSESSMENT,
        key = "caseId",
        meaning = "A disorder case was cleared and closed.")
public record DisorderCaseClosed(
        String districtId,
        String caseId,
        String estateId,
        String disorderType,
        DisorderStep step,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return caseId;
    }
}
