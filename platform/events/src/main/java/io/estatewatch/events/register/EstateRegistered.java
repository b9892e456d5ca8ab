package io.estatewatch.events.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;
import java.util.List;

/** An estate was entered into the register. */
@EventContract(
        type = "estatewatch.register.estate.registered.v1",
        topic = Topic.REGISTER,
        key = "estateId",
        meaning = "An estate was entered into the register.")
public record EstateRegistered(
        String districtId,
        String estateId,
        String name,
        List<String> aliases,
        String street,
        String community,
        String address,
        int buildings,
        int households,
        double floorAreaM2,
        Integer builtYear,
        boolean closedManagement,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return estateId;
    }
}
