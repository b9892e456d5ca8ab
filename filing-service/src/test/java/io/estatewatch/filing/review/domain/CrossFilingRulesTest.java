package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.domain.EstateEntry;
import io.estatewatch.filing.register.domain.ManagementContract;
import io.estatewatch.filing.register.domain.RegisterChange;
import io.estatewatch.servicekit.error.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.estatewatch.filing.review.domain.Filings.NOW;
import static io.estatewatch.filing.review.domain.Filings.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrossFilingRulesTest {

    static final LocalDate APRIL = LocalDate.of(2022, 4, 1);

    static Estate estate(String companyId, ManagementContract contract) {
        Estate estate = Estate.register("e-1", "d", EstateEntry.of(new EstateEntry.Draft("翠苑一区", null, "翠苑街道",
                null, "文三路 1 号", 24, 1200, 98000.0, null, null), 2022), SUBMITTED);
        if (companyId != null) {
            estate.apply(new RegisterChange.AssignManagement("f-0", companyId, contract, SUBMITTED));
        }
        return estate;
    }

    static PriorFiling prior(FilingType type, FilingStatus status, Instant submittedAt) {
        return new PriorFiling("p-" + type + status, type, status, submittedAt);
    }

    private static void submit(FilingType type, String companyId, FilingDetails details, Estate estate,
                               List<PriorFiling> others) {
        CrossFilingRules.checkSubmission(type, companyId, details, SUBMITTED, estate, others);
    }

    private static NegotiatedSelectionDetails negotiation() {
        return new NegotiatedSelectionDetails(SelectionReason.FEWER_THAN_THREE_BIDDERS, 2, null);
    }

    @Test
    void aNegotiatedSelectionWithoutAPreTenderFilingIsAConflictNamingTheRule() {
        assertThatThrownBy(() -> submit(FilingType.NEGOTIATED_SELECTION, "c-1", negotiation(), estate(null, null),
                List.of()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("rule", "PRE_TENDER_REQUIRED"));
    }

    @Test
    void aRejectedOrALaterPreTenderFilingDoesNotCount() {
        List<PriorFiling> others = List.of(prior(FilingType.PRE_TENDER, FilingStatus.REJECTED, SUBMITTED.minusSeconds(60)),
                prior(FilingType.PRE_TENDER, FilingStatus.APPROVED, SUBMITTED.plusSeconds(60)));

        assertThatThrownBy(() -> submit(FilingType.NEGOTIATED_SELECTION, "c-1", negotiation(), estate(null, null), others))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPreTenderFilingStillInReviewAllowsTheSubmissionButNotTheApproval() {
        List<PriorFiling> others = List.of(prior(FilingType.PRE_TENDER, FilingStatus.SUBMITTED, SUBMITTED.minusSeconds(60)));
        Filing filing = Filings.submitted(FilingType.NEGOTIATED_SELECTION, "c-1", negotiation());

        assertThatCode(() -> submit(FilingType.NEGOTIATED_SELECTION, "c-1", negotiation(), estate(null, null), others))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CrossFilingRules.checkApproval(filing, estate(null, null), others))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("rule", "PRE_TENDER_REQUIRED"));
        assertThatCode(() -> CrossFilingRules.checkApproval(filing, estate(null, null),
                List.of(prior(FilingType.PRE_TENDER, FilingStatus.APPROVED, SUBMITTED.minusSeconds(60)))))
                .doesNotThrowAnyException();
    }

    @Test
    void aContractOnAnEstateWithOneInForceIsAConflictNamingIt() {
        Estate managed = estate("c-1", new ManagementContract("f-0", "c-1", APRIL, APRIL.plusYears(3).minusDays(1)));

        assertThatThrownBy(() -> submit(FilingType.PRELIMINARY_CONTRACT, "c-2",
                Filings.contract(APRIL.plusYears(1), APRIL.plusYears(4)), managed, List.of()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.properties())
                        .containsEntry("rule", "ACTIVE_CONTRACT").containsEntry("activeFilingId", "f-0"));
    }

    @Test
    void aContractStartingAfterThePreviousTermEndedIsAccepted() {
        Estate managed = estate("c-1", new ManagementContract("f-0", "c-1", APRIL, APRIL.plusYears(3).minusDays(1)));

        assertThatCode(() -> submit(FilingType.PRELIMINARY_CONTRACT, "c-2",
                Filings.contract(APRIL.plusYears(3), APRIL.plusYears(6)), managed, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void aSecondContractWhileOneIsInReviewIsAConflict() {
        List<PriorFiling> others = List.of(prior(FilingType.PRELIMINARY_CONTRACT, FilingStatus.RETURNED, SUBMITTED));

        assertThatThrownBy(() -> submit(FilingType.PRELIMINARY_CONTRACT, "c-2",
                Filings.contract(APRIL, APRIL.plusYears(3)), estate(null, null), others))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("rule", "ACTIVE_CONTRACT"));
    }

    @Test
    void aContractApprovedMeanwhileStopsTheApprovalOfAnother() {
        Filing filing = Filings.submitted(FilingType.PRELIMINARY_CONTRACT, "c-2", Filings.contract(APRIL, APRIL.plusYears(3)));
        Estate managed = estate("c-1", new ManagementContract("f-9", "c-1", APRIL, APRIL.plusYears(3)));

        assertThatThrownBy(() -> CrossFilingRules.checkApproval(filing, managed, List.of()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anExitNeedsTheEstateToBeManagedByTheLeavingCompany() {
        assertThatThrownBy(() -> submit(FilingType.PROJECT_EXIT, "c-1", Filings.exit(true), estate("c-2", null), List.of()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.properties())
                        .containsEntry("rule", "NOT_MANAGED_BY_COMPANY").containsEntry("currentCompanyId", "c-2"));
        assertThatThrownBy(() -> submit(FilingType.PROJECT_EXIT, "c-1", Filings.exit(true), estate(null, null), List.of()))
                .isInstanceOf(ConflictException.class);
        assertThatCode(() -> submit(FilingType.PROJECT_EXIT, "c-1", Filings.exit(true), estate("c-1", null), List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void anExitIsApprovedOnlyOnceRecordsAndFundsAreHandedOver() {
        Filing notHandedOver = Filings.submitted(FilingType.PROJECT_EXIT, "c-1", Filings.exit(false));
        Filing handedOver = Filings.submitted(FilingType.PROJECT_EXIT, "c-1", Filings.exit(true));

        assertThatThrownBy(() -> CrossFilingRules.checkApproval(notHandedOver, estate("c-1", null), List.of()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("rule", "HANDOVER_INCOMPLETE"));
        assertThatCode(() -> CrossFilingRules.checkApproval(handedOver, estate("c-1", null), List.of()))
                .doesNotThrowAnyException();
        assertThat(NOW).isAfter(SUBMITTED);
    }

    @Test
    void filingsWithoutCrossRulesPassWhateverTheEstate() {
        assertThatCode(() -> submit(FilingType.SERVICE_GRADE, null, Filings.grade(), estate(null, null), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> submit(FilingType.PRE_TENDER, null, Filings.preTender(), estate("c-1", null), List.of()))
                .doesNotThrowAnyException();
    }
}
