package io.estatewatch.reporting.renovation.domain;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renovation figures: a project counts in the period it was planned; its milestones, funding and lateness count as
 * they stood at the window's {@code asOf}.
 */
public final class RenovationFigures {

    private RenovationFigures() {
    }

    /** The projects planned in the window and in scope (a street scope keeps projects with an estate in it). */
    public static List<ProjectRow> planned(Collection<ProjectRow> projects, Register register, Window window,
                                           Scope scope) {
        List<ProjectRow> result = new ArrayList<>();
        for (ProjectRow project : projects) {
            if (!window.counts(project.plannedAt()) || !scope.district(project.districtId())) {
                continue;
            }
            if (!scope.allStreets() && project.estateIds().stream()
                    .map(id -> register.streetOf(id, window.asOf()).orElse(null)).noneMatch(scope::street)) {
                continue;
            }
            result.add(project);
        }
        return result;
    }

    public static Totals totals(List<ProjectRow> planned, Window window) {
        BigDecimal area = BigDecimal.ZERO;
        long households = 0;
        long central = 0;
        long centralEstates = 0;
        long estates = 0;
        long late = 0;
        Map<RenovationType, Long> byType = new EnumMap<>(RenovationType.class);
        Map<Milestone, Long> reached = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            reached.put(milestone, 0L);
        }
        Map<FundingSource, BigDecimal> funding = new EnumMap<>(FundingSource.class);
        for (ProjectRow project : planned) {
            area = area.add(BigDecimal.valueOf(project.floorAreaM2()));
            households += project.households();
            estates += project.estateCount();
            if (project.centralSubsidy()) {
                central++;
                centralEstates += project.estateCount();
            }
            if (project.type() != null) {
                byType.merge(project.type(), 1L, Long::sum);
            }
            Set<Milestone> seen = new LinkedHashSet<>();
            project.reachedBy(window.asOf()).forEach(m -> seen.add(m.milestone()));
            seen.forEach(m -> reached.merge(m, 1L, Long::sum));
            if (project.lateBy(window.asOf())) {
                late++;
            }
            project.funding().stream().filter(f -> window.stood(f.at()) && f.source() != null)
                    .forEach(f -> funding.merge(f.source(), Objects.requireNonNullElse(f.amount(), BigDecimal.ZERO),
                            BigDecimal::add));
        }
        return new Totals(planned.size(), estates, area, households, central, centralEstates, byType, reached, late,
                funding);
    }

    /**
     * @param projects          projects planned in the period
     * @param estates           estates those projects cover
     * @param reachedByMilestone how many of the projects had reached each milestone
     * @param lateProjects      projects with a milestone reached after its planned date
     */
    public record Totals(long projects, long estates, BigDecimal floorAreaM2, long households,
                         long centralSubsidyProjects, long centralSubsidyEstates, Map<RenovationType, Long> byType,
                         Map<Milestone, Long> reachedByMilestone, long lateProjects,
                         Map<FundingSource, BigDecimal> funding) {
    }
}
