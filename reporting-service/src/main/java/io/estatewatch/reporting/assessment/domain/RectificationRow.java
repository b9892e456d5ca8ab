package io.estatewatch.reporting.assessment.domain;

import java.time.Instant;
import java.util.List;

/** A rectification order (整改) and its re-inspections (回头看): verified once, or failed any number of times. */
public record RectificationRow(String id, String districtId, String roundId, String estateId, String companyId,
                               Instant dueAt, Instant orderedAt, Instant verifiedAt, List<Instant> failures) {

    public RectificationRow {
        failures = failures == null ? List.of() : failures.stream().sorted().toList();
    }

    public boolean failedBy(Instant moment) {
        return failures.stream().anyMatch(at -> !at.isAfter(moment));
    }
}
