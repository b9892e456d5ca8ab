package io.estatewatch.renovation.project.web;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.renovation.project.domain.FundingLedger;
import io.estatewatch.renovation.project.domain.LateMilestone;
import io.estatewatch.renovation.project.domain.MilestoneTrack;
import io.estatewatch.renovation.project.domain.ProjectFacts;
import io.estatewatch.renovation.project.domain.RenovationProject;
import io.estatewatch.renovation.web.Times;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project as clients read it: what was planned, where it stands on its milestones (every milestone, with its
 * planned day and whether it is late), and its funding against the budget. Times are in the district's zone.
 *
 * @param state          the current milestone, or PLANNED before the first
 * @param nextMilestone  null once the project is accepted
 * @param behindSchedule whether a milestone still open has passed its planned day
 */
public record ProjectResponse(
        String id,
        String programme,
        String programmeTitle,
        List<String> estateIds,
        RenovationType type,
        String typeLabel,
        double floorAreaM2,
        int households,
        int buildings,
        BigDecimal budget,
        boolean centralSubsidy,
        OffsetDateTime plannedAt,
        String state,
        Milestone nextMilestone,
        boolean behindSchedule,
        List<MilestoneView> milestones,
        NoticeView publicNotice,
        FundingView funding) {

    /**
     * @param dueOn     the planned day, or null
     * @param reachedAt null while open
     * @param daysLate  0 unless late
     */
    public record MilestoneView(Milestone milestone, String label, LocalDate dueOn, OffsetDateTime reachedAt,
                                boolean late, long daysLate) {
    }

    public record NoticeView(LocalDate from, LocalDate to) {
    }

    /** @param remaining null when the project has no budget */
    public record FundingView(BigDecimal total, BigDecimal remaining, Map<FundingSource, BigDecimal> bySource,
                              List<AllocationView> allocations) {
    }

    public record AllocationView(FundingSource source, String label, BigDecimal amount, OffsetDateTime at) {
    }

    static ProjectResponse of(RenovationProject project, Instant now, ZoneId zone) {
        ProjectFacts facts = project.facts();
        MilestoneTrack track = project.milestones();
        Map<Milestone, LateMilestone> late = project.lateMilestones(now).stream()
                .collect(Collectors.toMap(LateMilestone::milestone, Function.identity()));
        List<MilestoneView> milestones = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            LateMilestone missed = late.get(milestone);
            milestones.add(new MilestoneView(milestone, milestone.labelZh(), track.dueOn().get(milestone),
                    Times.local(track.reached().get(milestone), zone), missed != null,
                    missed == null ? 0 : missed.daysLate()));
        }
        FundingLedger ledger = project.funding();
        FundingView funding = new FundingView(ledger.total(), ledger.remaining(facts.budget()).orElse(null),
                new LinkedHashMap<>(ledger.bySource()),
                ledger.allocations().stream().map(a -> new AllocationView(a.source(), a.source().labelZh(), a.amount(),
                        Times.local(a.at(), zone))).toList());
        return new ProjectResponse(facts.id(), facts.programme(), facts.programmeTitle(), facts.estateIds(),
                facts.type(), facts.type().labelZh(), facts.floorAreaM2(), facts.households(), facts.buildings(),
                facts.budget(), facts.centralSubsidy(), Times.local(facts.plannedAt(), zone), track.currentState(),
                track.next().orElse(null), project.behindSchedule(now), milestones,
                track.publicNotice().map(n -> new NoticeView(n.from(), n.to())).orElse(null), funding);
    }
}
