package io.estatewatch.reporting.assessment.domain;

import java.time.Instant;
import java.util.List;

/** An assessment round (考评): when it was opened over which estates and when its results were made public. */
public record RoundRow(String id, String districtId, String name, String checklistVersion, List<String> estateIds,
                       Instant openedAt, Instant publishedAt) {

    public RoundRow {
        estateIds = estateIds == null ? List.of() : List.copyOf(estateIds);
    }

    public boolean publishedBy(Instant moment) {
        return publishedAt != null && !publishedAt.isAfter(moment);
    }
}
