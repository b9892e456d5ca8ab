package io.estatewatch.reporting.renovation.domain;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.support.Rows;
import io.estatewatch.reporting.time.domain.Window;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;

class RenovationFiguresTest {

    Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", null),
            Rows.estate("e2", "光明小区", "东城街道", null)), List.of());

    ProjectRow onTime = new ProjectRow("p1", "d", "2020", "方案", List.of("e1"), RenovationType.BASIC, 180_000.5,
            1_800, 20, null, true, at("2022-01-10T09:00"),
            List.of(new ProjectRow.Funding(FundingSource.CENTRAL_SUBSIDY, new BigDecimal("100.25"), at("2022-02-01T09:00"))),
            List.of(new ProjectRow.MilestoneReached(Milestone.PLAN_ISSUED, at("2022-03-01T00:00"), at("2022-02-25T09:00"))));
    ProjectRow late = new ProjectRow("p2", "d", "2020", "方案", List.of("e2"), RenovationType.BASIC, 150_000,
            1_440, 20, null, false, at("2022-01-11T09:00"), List.of(),
            List.of(new ProjectRow.MilestoneReached(Milestone.PLAN_ISSUED, at("2022-03-01T00:00"), at("2022-03-20T09:00"))));
    ProjectRow nextYear = new ProjectRow("p3", "d", "2023", "方案", List.of("e2"), RenovationType.IMPROVEMENT, 1,
            1, 1, null, false, at("2023-01-11T09:00"), List.of(), List.of());

    @Test
    void aProjectCountsInThePeriodItWasPlannedWithItsAreaHouseholdsAndSubsidy() {
        Window window = Rows.window("2022-01-01", "2022-06-30");
        List<ProjectRow> planned = RenovationFigures.planned(List.of(onTime, late, nextYear), register, window,
                Scope.everything());
        RenovationFigures.Totals totals = RenovationFigures.totals(planned, window);

        assertThat(totals.projects()).isEqualTo(2);
        assertThat(totals.floorAreaM2()).isEqualByComparingTo("330000.5");
        assertThat(totals.households()).isEqualTo(3_240);
        assertThat(totals.centralSubsidyProjects()).isEqualTo(1);
        assertThat(totals.reachedByMilestone()).containsEntry(Milestone.PLAN_ISSUED, 2L);
        assertThat(totals.lateProjects()).isEqualTo(1);
        assertThat(totals.funding()).containsEntry(FundingSource.CENTRAL_SUBSIDY, new BigDecimal("100.25"));
    }

    @Test
    void beforeTheLateMilestoneWasReachedTheProjectWasNotYetLate() {
        Window march = Rows.window("2022-01-01", "2022-06-30", "2022-03-10T00:00");

        assertThat(RenovationFigures.totals(List.of(onTime, late), march).lateProjects()).isZero();
        assertThat(RenovationFigures.totals(List.of(onTime, late), march).reachedByMilestone())
                .containsEntry(Milestone.PLAN_ISSUED, 1L);
    }

    @Test
    void aStreetScopeKeepsProjectsWithAnEstateInTheStreet() {
        assertThat(RenovationFigures.planned(List.of(onTime, late), register, Rows.window("2022-01-01", "2022-06-30"),
                new Scope(null, Set.of("东城街道"), null))).containsExactly(late);
    }
}
