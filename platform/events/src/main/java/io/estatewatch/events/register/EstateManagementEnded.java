package io.estatewatch.events.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** An approved exit filing took a property company off an estate. */
@EventContract(
        type = "estatewatch.register.estate.management-ended.v1",
        topic = Topic.REGISTER,
        key = "estateId",
        meaning = "An approved exit filing took a property company off an estate.")
public record EstateManagementEnded(
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
