package io.estatewatch.events.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;
import java.util.List;

/** An estate's register entry changed; the record carries the whole new entry. */
@EventContract(
        type = "estatewatch.register.estate.updated.v1",
        topic = Topic.REGISTER,
        key = "estateId",
        meaning = "An estate's register entry changed; the record carries the whole new entry.")
public record EstateUpdated(
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
