package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.math.BigDecimal;
import java.time.Instant;

/** An estate under the threshold was exposed on local media (曝光). */
@EventContract(
        type = "estatewatch.assessment.estate.exposed.v1",
        topic = Topic.ASSESSMENT,
        key = "roundId",
        meaning = "An estate under the threshold was exposed on local media (曝光).")
public record EstateExposed(
        String districtId,
        String roundId,
        String estateId,
        BigDecimal total,
        String mediaNote,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return roundId;
    }
}
