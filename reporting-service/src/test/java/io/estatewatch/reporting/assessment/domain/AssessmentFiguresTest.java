package io.estatewatch.reporting.assessment.domain;

import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.reporting.facts.domain.Facts;
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

class AssessmentFiguresTest {

    Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", "co-1"),
            Rows.estate("e2", "光明小区", "东城街道", "co-2"), Rows.estate("e3", "和平里", "东城街道", "co-2")),
            List.of());

    static ScoreRow score(String estate, String street, String total, String at) {
        return new ScoreRow("r1", estate, "d", street, null,
                List.of(new ScoreRow.Version(new BigDecimal(total), List.of(), Rows.at(at))), null);
    }

    Facts facts = Facts.builder().register(register)
            .rounds(List.of(new RoundRow("r1", "d", "2022年第一季度", "v", List.of("e1", "e2", "e3"),
                    at("2022-03-01T09:00"), at("2022-04-08T09:00"))))
            .scores(List.of(
                    score("e1", "新华街道", "88", "2022-03-10T09:00"),
                    new ScoreRow("r1", "e2", "d", "东城街道", "co-2", List.of(
                            new ScoreRow.Version(new BigDecimal("70"), List.of(), at("2022-03-11T09:00")),
                            new ScoreRow.Version(new BigDecimal("55.5"), List.of(), at("2022-03-20T09:00"))),
                            at("2022-04-12T09:00")),
                    score("e3", "东城街道", "88", "2022-03-12T09:00")))
            .disorderCases(List.of(new DisorderCaseRow("x1", "d", "e1", "PARKING", List.of(
                    new DisorderCaseRow.StepReached(DisorderStep.COMPANY_PERSUASION, at("2022-03-05T09:00")),
                    new DisorderCaseRow.StepReached(DisorderStep.FIRE_RESCUE_REPORT, at("2022-03-08T09:00"))),
                    null)))
            .fireLanes(List.of(new FireLaneRow("f1", "d", "e1", true, true, true, List.of(), at("2022-05-01T09:00")),
                    new FireLaneRow("f2", "d", "e1", false, true, true, List.of(), at("2022-05-20T09:00")),
                    new FireLaneRow("f3", "d", "e2", true, true, true, List.of("褪色"), at("2022-05-02T09:00"))))
            .supplies(List.of(
                    new SupplyRow("s1", "d", "co-1", "DISINFECTANT", SupplyUnit.JIN, new BigDecimal("600"), at("2022-02-03T09:00")),
                    new SupplyRow("s2", "d", "co-1", "DISINFECTANT", SupplyUnit.PIECE, new BigDecimal("30"), at("2022-02-04T09:00")),
                    new SupplyRow("s3", "d", "co-2", "MASK", SupplyUnit.PIECE, new BigDecimal("2500.5"), at("2022-02-05T09:00"))))
            .outreach(List.of(new OutreachRow("o1", "d", RecipientType.OWNER, 50, at("2022-03-01T09:00"))))
            .build();

    @Test
    void aRescoredEstateCountsWithTheTotalItHadAtTheMomentOfTheReport() {
        Window before = Rows.window("2022-01-01", "2022-06-30", "2022-03-15T00:00");
        Window after = Rows.window("2022-01-01", "2022-06-30");

        assertThat(AssessmentFigures.totals(facts, before, Scope.everything()).below60()).isZero();
        AssessmentFigures.Totals totals = AssessmentFigures.totals(facts, after, Scope.everything());
        assertThat(totals.estatesScored()).isEqualTo(3);
        assertThat(totals.below60()).isEqualTo(1);
        assertThat(totals.below60Estates()).containsExactly("e2");
        assertThat(totals.exposed()).isEqualTo(1);
        assertThat(totals.roundsPublished()).containsExactly("2022年第一季度");
    }

    @Test
    void aRoundRanksItsEstatesWithTiesSharingARankAndBucketsTheirScores() {
        AssessmentFigures.RoundReport round = AssessmentFigures.rounds(facts, Rows.window("2022-01-01", "2022-06-30"),
                Scope.everything()).get(0);

        assertThat(round.ranking()).extracting(r -> r.rank() + " " + r.estateId())
                .containsExactly("1 e1", "1 e3", "3 e2");
        assertThat(round.distribution()).containsEntry("<60", 1L).containsEntry("80-89", 2L)
                .containsEntry("90-100", 0L);
        assertThat(round.average()).isEqualByComparingTo("77.17");
        assertThat(round.below60()).extracting(AssessmentFigures.Ranked::estateName).containsExactly("光明小区");
    }

    @Test
    void fireLaneGapsAreReadFromEachEstatesLatestInspection() {
        AssessmentFigures.Totals totals = AssessmentFigures.totals(facts, Rows.window("2022-01-01", "2022-06-30"),
                Scope.everything());

        assertThat(totals.fireLaneInspections()).isEqualTo(3);
        assertThat(totals.fireLaneEstates()).isEqualTo(2);
        assertThat(totals.fireLaneGaps()).isEqualTo(1);
        assertThat(totals.fireLaneQualityIssues()).isEqualTo(1);
        assertThat(totals.disorderReachedStep()).containsEntry(DisorderStep.FIRE_RESCUE_REPORT, 1L);
        assertThat(totals.disorderByStep()).containsEntry(DisorderStep.FIRE_RESCUE_REPORT, 1L)
                .containsEntry(DisorderStep.COMPANY_PERSUASION, 0L);
    }

    @Test
    void suppliesOfOneItemInTwoUnitsAreNeverAddedUp() {
        var perItem = SupplyTotals.perItem(SupplyTotals.perItemAndUnit(facts.supplies(),
                Rows.window("2022-01-01", "2022-06-30"), Scope.everything()));

        assertThat(perItem).containsEntry("DISINFECTANT", new BigDecimal("600"))
                .containsEntry("DISINFECTANT_PIECE", new BigDecimal("30"))
                .containsEntry("MASK", new BigDecimal("2500.5"))
                .containsEntry("GLOVES", BigDecimal.ZERO);
    }

    @Test
    void suppliesAndOutreachHaveNoStreetSoAStreetScopeLeavesThemOut() {
        Scope street = new Scope(null, Set.of("新华街道"), null);
        Window window = Rows.window("2022-01-01", "2022-06-30");

        assertThat(SupplyTotals.perItemAndUnit(facts.supplies(), window, street)).isEmpty();
        assertThat(SupplyTotals.copies(SupplyTotals.outreach(facts.outreach(), window, street))).isZero();
        assertThat(SupplyTotals.copies(SupplyTotals.outreach(facts.outreach(), window, Scope.everything())))
                .isEqualTo(50);
    }
}
