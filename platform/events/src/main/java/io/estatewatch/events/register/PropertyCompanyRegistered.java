package io.estatewatch.events.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** A property-service company was entered into the register. */
@EventContract(
        type = "estatewatch.register.company.registered.v1",
        topic = Topic.REGISTER,
        key = "companyId",
        meaning = "A property-service company was entered into the register.")
public record PropertyCompanyRegistered(
        String districtId,
        String companyId,
        String name,
        String creditCode,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return companyId;
    }
}
