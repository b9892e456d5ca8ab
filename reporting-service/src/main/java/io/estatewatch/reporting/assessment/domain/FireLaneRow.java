package io.estatewatch.reporting.assessment.domain;

import java.time.Instant;
import java.util.List;

/** A fire-lane inspection (消防车通道): markings, signs and boards present and to standard. */
public record FireLaneRow(String id, String districtId, String estateId, boolean markingsOk, boolean signsOk,
                          boolean boardsOk, List<String> qualityIssues, Instant inspectedAt) {

    public FireLaneRow {
        qualityIssues = qualityIssues == null ? List.of() : List.copyOf(qualityIssues);
    }

    /** A marking, sign or board missing. */
    public boolean gap() {
        return !(markingsOk && signsOk && boardsOk);
    }

    /** Present but not to standard (施划质量不高、不够规范). */
    public boolean qualityProblem() {
        return !qualityIssues.isEmpty();
    }
}
