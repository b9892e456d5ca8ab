package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A day's closed-management and disinfection check (疫情防控) was recorded for an estate. */
@EventContract(
        type = "estatewatch.assessment.epidemic-check.recorded.v1",
        topic = Topic.ASSESSMENT,
        key = "checkId",
        meaning = "A day's closed-management and disinfection check (疫情防控) was recorded for an estate.")
public record EpidemicCheckRecorded(
        String districtId,
        String checkId,
        String estateId,
        boolean closedManagement,
        boolean disinfected,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return checkId;
    }
}
