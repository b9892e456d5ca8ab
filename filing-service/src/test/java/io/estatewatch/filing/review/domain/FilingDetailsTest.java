package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.servicekit.error.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FilingDetailsTest {

    private static List<String> problems(FilingDetails details) {
        Problems problems = Problems.within("details");
        details.checked(problems);
        return problems.list().stream().map(FieldProblem::field).toList();
    }

    @Test
    void anInvitedTenderNamesAtLeastThreeDifferentBidders() {
        PreTenderDetails two = new PreTenderDetails("某置业", TenderMethod.INVITED, List.of("甲", "乙", "乙"),
                LocalDate.of(2022, 3, 20), null);
        PreTenderDetails three = new PreTenderDetails("某置业", TenderMethod.INVITED, List.of("甲", "乙", "丙"),
                LocalDate.of(2022, 3, 20), null);

        assertThat(problems(two)).containsExactly("details.invitedBidders");
        assertThat(problems(three)).isEmpty();
    }

    @Test
    void aPublicTenderNamesNoBidders() {
        PreTenderDetails details = new PreTenderDetails("某置业", TenderMethod.PUBLIC, List.of("甲"),
                LocalDate.of(2022, 3, 20), null);

        assertThat(problems(details)).containsExactly("details.invitedBidders");
    }

    @Test
    void aPreTenderFilingNeedsTheDeveloperTheMethodAndTheDay() {
        assertThat(problems(new PreTenderDetails(null, null, null, null, null)))
                .containsExactlyInAnyOrder("details.developer", "details.tenderMethod", "details.plannedTenderDate");
    }

    @Test
    void aSelectionAfterAFailedTenderSaysHowManyBiddersThereWereFewerThanThree() {
        assertThat(problems(new NegotiatedSelectionDetails(SelectionReason.FEWER_THAN_THREE_BIDDERS, 3, null)))
                .containsExactly("details.bidderCount");
        assertThat(problems(new NegotiatedSelectionDetails(SelectionReason.FEWER_THAN_THREE_BIDDERS, null, null)))
                .containsExactly("details.bidderCount");
        assertThat(problems(new NegotiatedSelectionDetails(SelectionReason.FEWER_THAN_THREE_BIDDERS, 2, null))).isEmpty();
        assertThat(problems(new NegotiatedSelectionDetails(SelectionReason.SMALL_ESTATE, null, null))).isEmpty();
        assertThat(problems(new NegotiatedSelectionDetails(null, null, null))).containsExactly("details.reason");
    }

    @Test
    void anEstateIsHandedOverNoEarlierThanItIsInspectedAndSomethingWasChecked() {
        TakeoverInspectionDetails details = new TakeoverInspectionDetails(LocalDate.of(2022, 2, 10), List.of(),
                List.of(), LocalDate.of(2022, 2, 1));

        assertThat(problems(details)).containsExactlyInAnyOrder("details.itemsChecked", "details.handoverDate");
    }

    @Test
    void aGradeRequestNeedsTheGradeAndItsEvidence() {
        assertThat(problems(new ServiceGradeDetails(null, List.of())))
                .containsExactlyInAnyOrder("details.requestedGrade", "details.evidence");
    }

    @Test
    void aContractsTermEndsAfterItStartsAndItsFeeIsPositiveInYuanToTheFen() {
        LocalDate start = LocalDate.of(2022, 4, 1);
        assertThat(problems(new PreliminaryContractDetails(start, start, new BigDecimal("1.85"), null)))
                .containsExactly("details.termEnd");
        assertThat(problems(new PreliminaryContractDetails(start, start.plusYears(3), new BigDecimal("1.855"), null)))
                .containsExactly("details.monthlyFeePerM2");
        assertThat(problems(new PreliminaryContractDetails(start, start.plusYears(3), BigDecimal.ZERO, null)))
                .containsExactly("details.monthlyFeePerM2");
        assertThat(problems(new PreliminaryContractDetails(start, start.plusYears(3), new BigDecimal("1.80"), null)))
                .isEmpty();
    }

    @Test
    void anExitStatesTheHandoverOfRecordsAndFunds() {
        assertThat(problems(new ProjectExitDetails(LocalDate.of(2022, 6, 30), null, null, null, null)))
                .containsExactlyInAnyOrder("details.recordsHandedOver", "details.fundsHandedOver");
        assertThat(new ProjectExitDetails(LocalDate.of(2022, 6, 30), null, true, false, null).handoverComplete()).isFalse();
        assertThat(new ProjectExitDetails(LocalDate.of(2022, 6, 30), null, true, true, null).handoverComplete()).isTrue();
    }

    @Test
    void eachTypeHasItsOwnDetailsRecord() {
        for (FilingType type : FilingType.values()) {
            assertThat(FilingDetails.classOf(type).getRecordComponents()).isNotEmpty();
        }
        assertThat(FilingDetails.namesCompany(FilingType.PRE_TENDER)).isFalse();
        assertThat(FilingDetails.namesCompany(FilingType.PROJECT_EXIT)).isTrue();
    }
}
