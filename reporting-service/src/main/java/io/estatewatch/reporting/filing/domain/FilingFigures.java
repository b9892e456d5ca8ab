package io.estatewatch.reporting.filing.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Filings per type in a window: submitted in the period of their submission, returned in the period of each return,
 * approved (completed) or rejected in the period of that decision. The average review time is over the filings
 * decided in the period: from the first submission to the decision, in days, two decimals.
 */
public final class FilingFigures {

    private FilingFigures() {
    }

    public static Map<FilingType, PerType> perType(Collection<FilingRow> filings, Register register, Window window,
                                                   Scope scope) {
        Map<FilingType, long[]> counts = new EnumMap<>(FilingType.class);
        for (FilingType type : FilingType.values()) {
            counts.put(type, new long[5]);
        }
        for (FilingRow filing : filings) {
            if (filing.type() == null || !inScope(filing, register, window, scope)) {
                continue;
            }
            long[] c = counts.get(filing.type());
            if (window.counts(filing.submittedAt())) {
                c[0]++;
            }
            c[1] += filing.returns().stream().filter(window::counts).count();
            if (filing.decision() != null && window.counts(filing.decidedAt())) {
                if (filing.approved()) {
                    c[2]++;
                } else {
                    c[3]++;
                }
                if (filing.submittedAt() != null) {
                    c[4] += Duration.between(filing.submittedAt(), filing.decidedAt()).toMillis();
                }
            }
        }
        Map<FilingType, PerType> result = new EnumMap<>(FilingType.class);
        counts.forEach((type, c) -> {
            long decided = c[2] + c[3];
            BigDecimal averageDays = decided == 0 ? null
                    : BigDecimal.valueOf(c[4]).divide(BigDecimal.valueOf(decided * 86_400_000L), 2,
                    RoundingMode.HALF_UP);
            result.put(type, new PerType(c[0], c[1], c[2], c[3], averageDays));
        });
        return result;
    }

    static boolean inScope(FilingRow filing, Register register, Window window, Scope scope) {
        if (!scope.district(filing.districtId()) || !scope.company(filing.companyId())) {
            return false;
        }
        return scope.allStreets() || scope.street(register.streetOf(filing.estateId(), window.asOf()).orElse(null));
    }

    /**
     * @param approved            completed (完成): approved in the period
     * @param averageReviewDays   null when nothing was decided in the period
     */
    public record PerType(long submitted, long returned, long approved, long rejected, BigDecimal averageReviewDays) {
    }
}
