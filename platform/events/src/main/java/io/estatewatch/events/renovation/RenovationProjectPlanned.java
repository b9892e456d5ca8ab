package io.estatewatch.events.renovation;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.EventContract;
import io.estatewatch.events.Topic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An old-estate renovation project (老旧小区改造) was planned in a programme. */
@EventContract(
        type = "estatewatch.renovation.project.planned.v1",
        topic = Topic.RENOVATION,
        key = "projectId",
        meaning = "An old-estate renovation project (老旧小区改造) was planned in a programme.")
public record RenovationProjectPlanned(
        String districtId,
        String projectId,
        String programme,
        String programmeTitle,
        List<String> estateIds,
        RenovationType type,
        double floorAreaM2,
        int households,
        int buildings,
        BigDecimal budget,
        boolean centralSubsidy,
        Instant occurredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return projectId;
    }
}
