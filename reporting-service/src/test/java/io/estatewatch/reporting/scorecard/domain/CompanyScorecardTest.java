package io.estatewatch.reporting.scorecard.domain;

import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.reporting.assessment.domain.RectificationRow;
import io.estatewatch.reporting.assessment.domain.ScoreRow;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.filing.domain.FilingRow;
import io.estatewatch.reporting.register.domain.CompanyRow;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.support.Rows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;

class CompanyScorecardTest {

    Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", "co-1")),
            List.of(new CompanyRow("co-1", "d", "金城物业", "code", at("2020-01-01T00:00")),
                    new CompanyRow("co-2", "d", "安居物业", "code", at("2020-01-01T00:00"))));

    Facts facts = Facts.builder().register(register)
            .complaints(List.of(
                    Rows.complaint("a", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").estate("e1")
                            .assigned(AssigneeType.COMPANY, "co-1", "2022-03-01T10:00").responded("2022-03-01T11:00")
                            .resolved("2022-03-02T11:00").rated(Satisfaction.SATISFIED, "2022-03-03T11:00")
                            .closed("2022-03-03T11:00").row(),
                    Rows.complaint("b", Channel.MAYOR_HOTLINE, "2022-03-01T09:00").estate("e1")
                            .responded("2022-03-01T11:00").missed("2022-03-20T11:00").row()))
            .scores(List.of(new ScoreRow("r1", "e1", "d", "新华街道", "co-1",
                    List.of(new ScoreRow.Version(new BigDecimal("80"), List.of(), at("2022-03-10T09:00"))), null)))
            .rectifications(List.of(
                    new RectificationRow("o1", "d", "r1", "e1", "co-1", null, at("2022-04-01T09:00"),
                            at("2022-05-01T09:00"), List.of()),
                    new RectificationRow("o2", "d", "r1", "e1", "co-1", null, at("2022-04-01T09:00"), null,
                            List.of(at("2022-05-01T09:00")))))
            .filings(List.of(new FilingRow("f1", "d", FilingType.PRE_TENDER, "e1", "co-1", at("2022-02-01T09:00"),
                    List.of(), List.of(), FilingRow.Decision.APPROVED, at("2022-02-05T09:00"))))
            .build();

    @Test
    void theScoreJoinsRatesDeadlinesAssessmentRectificationsAndFilingsAsDocumented() {
        CompanyScorecard card = CompanyScorecard.all(facts, Rows.window("2022-01-01", "2022-06-30"),
                Scope.everything(), RateFormula.CURRENT).get(0);

        // rates: response 1, resolution 0.5, satisfaction 1 → 40 × (0.3 + 0.15 + 0.4) = 34
        // deadlines: 10 × (1 − 1/2) = 5; assessment: 30 × 80/100 = 24; rectifications: 10 × (1 − 1/2) = 5;
        // filings: 10 × 1/1 = 10; 78 of 100
        assertThat(card.companyId()).isEqualTo("co-1");
        assertThat(card.components()).extracting(c -> c.name() + "=" + c.earned().stripTrailingZeros().toPlainString())
                .containsExactly("complaintRates=34", "deadlines=5", "assessment=24", "rectifications=5", "filings=10");
        assertThat(card.score()).isEqualByComparingTo("78.0");
        assertThat(card.grade()).isEqualTo("B");
        assertThat(card.companyName()).isEqualTo("金城物业");
    }

    @Test
    void aCompanyWithoutFactsHasNoScoreRatherThanAPerfectOne() {
        List<CompanyScorecard> cards = CompanyScorecard.all(facts, Rows.window("2022-01-01", "2022-06-30"),
                new Scope(null, null, "co-2"), RateFormula.CURRENT);

        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.score()).isNull();
            assertThat(card.grade()).isNull();
        });
    }

    @Test
    void anEstateUnder60CapsTheGradeAtC() {
        assertThat(CompanyScorecard.grade(new BigDecimal("95"), false)).isEqualTo("A");
        assertThat(CompanyScorecard.grade(new BigDecimal("95"), true)).isEqualTo("C");
        assertThat(CompanyScorecard.grade(new BigDecimal("59.9"), true)).isEqualTo("D");
        assertThat(CompanyScorecard.grade(new BigDecimal("75"), false)).isEqualTo("B");
    }
}
