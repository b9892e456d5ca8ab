package io.estatewatch.renovation.project.web;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.renovation.project.domain.RenovationProject;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a programme the work summary quotes (「计划整治改造老旧小区3个…总建筑面积44.6万平方米，涉及居民4240户…其中2个小区
 * 纳入中央财政资金奖补项目」), over the projects the caller may see.
 *
 * @param estates                the estates the projects renovate
 * @param centralSubsidyProjects projects in the central fiscal subsidy
 * @param byState                projects per current milestone (PLANNED before the first)
 */
public record ProgrammeTotals(
        String programme,
        String programmeTitle,
        int projects,
        int estates,
        double floorAreaM2,
        int households,
        int buildings,
        int centralSubsidyProjects,
        Map<RenovationType, Integer> byType,
        Map<String, Integer> byState,
        BigDecimal budget,
        BigDecimal funded,
        Map<FundingSource, BigDecimal> fundedBySource) {

    static ProgrammeTotals of(String programme, String title, List<RenovationProject> projects) {
        int estates = 0;
        double area = 0;
        int households = 0;
        int buildings = 0;
        int central = 0;
        Map<RenovationType, Integer> byType = new EnumMap<>(RenovationType.class);
        Map<String, Integer> byState = new TreeMap<>();
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        BigDecimal funded = BigDecimal.ZERO.setScale(2);
        Map<FundingSource, BigDecimal> bySource = new EnumMap<>(FundingSource.class);
        for (RenovationProject project : projects) {
            var facts = project.facts();
            estates += facts.estateIds().size();
            area += facts.floorAreaM2();
            households += facts.households();
            buildings += facts.buildings();
            central += facts.centralSubsidy() ? 1 : 0;
            byType.merge(facts.type(), 1, Integer::sum);
            byState.merge(project.milestones().currentState(), 1, Integer::sum);
            if (facts.budget() != null) {
                budget = budget.add(facts.budget());
            }
            funded = funded.add(project.funding().total());
            project.funding().bySource().forEach((source, amount) -> bySource.merge(source, amount, BigDecimal::add));
        }
        return new ProgrammeTotals(programme, title, projects.size(), estates, area, households, buildings, central,
                byType, byState, budget, funded, new LinkedHashMap<>(bySource));
    }
}
