package io.estatewatch.reporting.renovation.domain;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One old-estate renovation project as its events describe it. */
public record ProjectRow(String id, String districtId, String programme, String programmeTitle,
                         List<String> estateIds, RenovationType type, double floorAreaM2, int households,
                         int buildings, BigDecimal budget, boolean centralSubsidy, Instant plannedAt,
                         List<Funding> funding, List<MilestoneReached> milestones) {

    public ProjectRow {
        estateIds = estateIds == null ? List.of() : List.copyOf(estateIds);
        funding = funding == null ? List.of() : funding.stream().sorted(Comparator.comparing(Funding::at)).toList();
        milestones = milestones == null ? List.of()
                : milestones.stream().sorted(Comparator.comparing(MilestoneReached::at)).toList();
    }

    public record Funding(FundingSource source, BigDecimal amount, Instant at) {
    }

    /** A milestone reached at {@code at}; {@code plannedAt} is when the schedule wanted it (may be null). */
    public record MilestoneReached(Milestone milestone, Instant plannedAt, Instant at) {

        public boolean late() {
            return plannedAt != null && at.isAfter(plannedAt);
        }
    }

    /** The milestones reached by {@code moment}, in the order they were reached. */
    public List<MilestoneReached> reachedBy(Instant moment) {
        return milestones.stream().filter(m -> !m.at().isAfter(moment)).toList();
    }

    /** The furthest milestone reached by {@code moment}. */
    public Optional<Milestone> furthest(Instant moment) {
        return reachedBy(moment).stream().map(MilestoneReached::milestone).max(Comparator.naturalOrder());
    }

    /** Late at {@code moment}: some milestone reached by then was reached after the date it was planned for. */
    public boolean lateBy(Instant moment) {
        return reachedBy(moment).stream().anyMatch(MilestoneReached::late);
    }

    /** How many estates the project covers: its listed estates, or one when it lists none. */
    public int estateCount() {
        return Math.max(1, estateIds.size());
    }
}
