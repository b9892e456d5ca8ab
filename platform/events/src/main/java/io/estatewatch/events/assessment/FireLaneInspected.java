package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;
import java.util.List;

/** A fire-lane inspection (消防车通道) checked markings, signs and boards. */
@EventContract(
        type = "estatewatch.assessment.fire-lane.inspected.v1",
        topic = Topic.ASSESSMENT,
        key = "inspectionId",
        meaning = "A fire-lane inspection (消防车通道) checked markings, signs and boards.")
public record FireLaneInspected(
        String districtId,
        String inspectionId,
        String estateId,
        boolean markingsOk,
        boolean signsOk,
        boolean boardsOk,
        List<String> qualityIssues,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return inspectionId;
    }
}
