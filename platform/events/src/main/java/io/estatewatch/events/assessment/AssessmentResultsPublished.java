package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A round's results were made public (向社会公开). */
@EventContract(
        type = "estatewatch.assessment.round.results-published.v1",
        topic = Topic.ASSESSMENT,
        key = "roundId",
        meaning = "A round's results were made public (向社会公开).")
public record AssessmentResultsPublished(
        String districtId,
        String roundId,
        String name,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return roundId;
    }
}
