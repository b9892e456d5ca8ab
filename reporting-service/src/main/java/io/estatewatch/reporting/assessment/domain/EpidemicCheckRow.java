package io.estatewatch.reporting.assessment.domain;

import java.time.Instant;

/** A day's closed-management and disinfection check of an estate (疫情防控). */
public record EpidemicCheckRow(String id, String districtId, String estateId, boolean closedManagement,
                               boolean disinfected, Instant checkedAt) {
}
