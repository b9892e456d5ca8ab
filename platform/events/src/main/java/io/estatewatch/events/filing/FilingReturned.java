package io.estatewatch.events.filing;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;
import java.util.List;

/** A reviewer returned a filing for missing material (补正). */
@EventContract(
        type = "estatewatch.filing.returned.v1",
        topic = Topic.FILING,
        key = "filingId",
        meaning = "A reviewer returned a filing for missing material (补正).")
public record FilingReturned(
        String districtId,
        String filingId,
        FilingType type,
        List<String> missingItems,
        String reviewer,
        String reason,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return filingId;
    }
}
