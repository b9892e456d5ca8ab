package io.estatewatch.reporting.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An estate's score in a round: each recorded version (a re-scoring replaces the total) and its exposure on local
 * media (曝光).
 */
public record ScoreRow(String roundId, String estateId, String districtId, String street, String companyId,
                       List<Version> versions, Instant exposedAt) {

    /** The threshold under which an estate is exposed and its company summoned. */
    public static final BigDecimal PASS_MARK = BigDecimal.valueOf(60);

    public ScoreRow {
        versions = versions == null ? List.of() : versions.stream().sorted(Comparator.comparing(Version::at)).toList();
    }

    public record Version(BigDecimal total, List<String> failedItems, Instant at) {
    }

    /** The score as it stood at {@code moment}. */
    public Optional<Version> at(Instant moment) {
        Version current = null;
        for (Version version : versions) {
            if (!version.at().isAfter(moment)) {
                current = version;
            }
        }
        return Optional.ofNullable(current);
    }

    /** When the estate was first scored in the round. */
    public Optional<Instant> firstScoredAt() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0).at());
    }

    public boolean exposedBy(Instant moment) {
        return exposedAt != null && !exposedAt.isAfter(moment);
    }

    public static boolean below(BigDecimal total) {
        return total != null && total.compareTo(PASS_MARK) < 0;
    }
}
