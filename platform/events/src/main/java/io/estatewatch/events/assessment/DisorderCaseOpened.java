package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A case of one of the ten disorders (十乱) was opened at its first step. */
@EventContract(
        type = "estatewatch.assessment.disorder-case.opened.v1",
        topic = Topic.ASSESSMENT,
        key = "caseId",
        meaning = "A case of one of the ten disorders (十乱) was opened at its first step.")
public record DisorderCaseOpened(
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
