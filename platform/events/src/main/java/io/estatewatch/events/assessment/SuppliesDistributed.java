package io.estatewatch.events.assessment;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.math.BigDecimal;
import java.time.Instant;

/** Epidemic supplies were handed to a property company. */
@EventContract(
        type = "estatewatch.assessment.supplies.distributed.v1",
        topic = Topic.ASSESSMENT,
        key = "distributionId",
        meaning = "Epidemic supplies were handed to a property company.")
public record SuppliesDistributed(
        String districtId,
        String distributionId,
        String companyId,
        String item,
        SupplyUnit unit,
        BigDecimal quantity,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return distributionId;
    }
}
