package io.estatewatch.assessment.followup.domain;

import java.time.Instant;
import java.util.List;

/**
 * A re-inspection (回头看) of an order.
 *
 * @param outcome        VERIFIED or ESCALATED: what it made of the order
 * @param stillOpen      the items it found not rectified
 * @param newDueAt       the new deadline after a failure, else null
 */
public record ReInspection(Instant at, String by, RectificationStatus outcome, List<String> stillOpen, String note,
                           Instant newDueAt) {

    public ReInspection {
        stillOpen = stillOpen == null ? List.of() : List.copyOf(stillOpen);
    }
}
