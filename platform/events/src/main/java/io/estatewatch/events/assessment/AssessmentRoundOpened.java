package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;
import java.util.List;

/** A civilised-city assessment round (考评) was opened over a set of estates. */
@EventContract(
        type = "estatewatch.assessment.round.opened.v1",
        topic = Topic.ASSESSMENT,
        key = "roundId",
        meaning = "A civilised-city assessment round (考评) was opened over a set of estates.")
public record AssessmentRoundOpened(
        String districtId,
        String roundId,
        String name,
        String checklistVersion,
        List<String> estateIds,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return roundId;
    }
}
