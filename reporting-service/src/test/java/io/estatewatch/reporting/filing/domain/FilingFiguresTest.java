package io.estatewatch.reporting.filing.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.support.Rows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;

class FilingFiguresTest {

    Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", "co-1")), List.of());

    List<FilingRow> filings = List.of(
            new FilingRow("f1", "d", FilingType.PRE_TENDER, "e1", "co-1", at("2021-12-20T10:00"), List.of(),
                    List.of(), FilingRow.Decision.APPROVED, at("2022-01-04T10:00")),
            new FilingRow("f2", "d", FilingType.PRE_TENDER, "e1", "co-1", at("2022-03-01T10:00"),
                    List.of(at("2022-03-02T10:00")), List.of(at("2022-03-03T10:00")), FilingRow.Decision.APPROVED,
                    at("2022-03-06T10:00")),
            new FilingRow("f3", "d", FilingType.PRE_TENDER, "e1", "co-1", at("2022-06-28T10:00"), List.of(),
                    List.of(), FilingRow.Decision.APPROVED, at("2022-07-05T10:00")),
            new FilingRow("f4", "d", FilingType.SERVICE_GRADE, "e1", "co-1", at("2022-04-01T10:00"), List.of(),
                    List.of(), FilingRow.Decision.REJECTED, at("2022-04-03T22:00")));

    @Test
    void aFilingIsCompletedInThePeriodOfItsApprovalAndSubmittedInThePeriodOfItsSubmission() {
        Map<FilingType, FilingFigures.PerType> perType = FilingFigures.perType(filings, register,
                Rows.window("2022-01-01", "2022-06-30"), Scope.everything());

        FilingFigures.PerType preTender = perType.get(FilingType.PRE_TENDER);
        assertThat(preTender.approved()).isEqualTo(2);
        assertThat(preTender.submitted()).isEqualTo(2);
        assertThat(preTender.returned()).isEqualTo(1);
        assertThat(preTender.averageReviewDays()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(perType.get(FilingType.SERVICE_GRADE).rejected()).isEqualTo(1);
        assertThat(perType.get(FilingType.SERVICE_GRADE).averageReviewDays()).isEqualByComparingTo("2.50");
        assertThat(perType.get(FilingType.PROJECT_EXIT).averageReviewDays()).isNull();
        assertThat(perType).hasSize(FilingType.values().length);
    }

    @Test
    void asOfBeforeTheApprovalTheFilingIsNotYetCompleted() {
        Map<FilingType, FilingFigures.PerType> perType = FilingFigures.perType(filings, register,
                Rows.window("2022-01-01", "2022-06-30", "2022-03-05T00:00"), Scope.everything());

        assertThat(perType.get(FilingType.PRE_TENDER).approved()).isEqualTo(1);
    }

    @Test
    void aStreetScopeReadsTheStreetOfTheFilingsEstate() {
        assertThat(FilingFigures.perType(filings, register, Rows.window("2022-01-01", "2022-06-30"),
                new Scope(null, Set.of("东城街道"), null)).get(FilingType.PRE_TENDER).approved()).isZero();
    }
}
