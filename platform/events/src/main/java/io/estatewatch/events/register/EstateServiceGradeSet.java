package io.estatewatch.events.register;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.time.Instant;

/** An approved grade filing set an estate's service grade. */
@EventContract(
        type = "estatewatch.register.estate.service-grade-set.v1",
        topic = Topic.REGISTER,
        key = "estateId",
        meaning = "An approved grade filing set an estate's service grade.")
public record EstateServiceGradeSet(
        String districtId,
        String estateId,
        ServiceGrade grade,
        String filingId,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return estateId;
    }
}
