package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An estate's checklist scores in a round were recorded; the total is computed from the items. */
@EventContract(
        type = "estatewatch.assessment.estate.scored.v1",
        topic = Topic.ASSESSMENT,
        key = "roundId",
        meaning = "An estate's checklist scores in a round were recorded; the total is computed from the items.")
public record EstateScored(
        String districtId,
        String roundId,
        String estateId,
        String street,
        String companyId,
        BigDecimal total,
        List<String> failedItems,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return roundId;
    }
}
