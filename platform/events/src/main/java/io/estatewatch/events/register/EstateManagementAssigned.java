package io.estatewatch.events.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** An approved filing put a property company on an estate. */
@EventContract(
        type = "estatewatch.register.estate.management-assigned.v1",
        topic = Topic.REGISTER,
        key = "estateId",
        meaning = "An approved filing put a property company on an estate.")
public record EstateManagementAssigned(
        String districtId,
        String estateId,
        String companyId,
        String filingId,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return estateId;
    }
}
