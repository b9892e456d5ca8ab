package io.estatewatch.reporting.filing.domain;

import io.estatewatch.events.filing.FilingType;

import java.time.Instant;
import java.util.List;

/**
 * One filing as its events describe it.
 *
 * @param decision  APPROVED or REJECTED, null while under review
 * @param decidedAt when the decision was taken
 */
public record FilingRow(String id, String districtId, FilingType type, String estateId, String companyId,
                        Instant submittedAt, List<Instant> returns, List<Instant> resubmissions, Decision decision,
                        Instant decidedAt) {

    public FilingRow {
        returns = returns == null ? List.of() : returns.stream().sorted().toList();
        resubmissions = resubmissions == null ? List.of() : resubmissions.stream().sorted().toList();
    }

    public enum Decision { APPROVED, REJECTED }

    public boolean approved() {
        return decision == Decision.APPROVED;
    }

    public boolean rejected() {
        return decision == Decision.REJECTED;
    }
}
