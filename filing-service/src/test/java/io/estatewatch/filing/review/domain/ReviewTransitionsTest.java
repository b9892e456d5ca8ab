package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingApproved;
import io.estatewatch.events.filing.FilingRejected;
import io.estatewatch.events.filing.FilingResubmitted;
import io.estatewatch.events.filing.FilingReturned;
import io.estatewatch.events.filing.FilingSubmitted;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.register.domain.RegisterChange;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.estatewatch.filing.review.domain.Filings.NOW;
import static io.estatewatch.filing.review.domain.Filings.SUBMITTED;
import static io.estatewatch.filing.review.domain.Filings.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewTransitionsTest {

    static final Instant LATER = SUBMITTED.plusSeconds(86_400 * 3);

    @Test
    void aSubmittedFilingPublishesItsSubmissionAtTheTimeItWasSubmitted() {
        Filing filing = Filing.submit(new Filing.FilingFacts("f-1", "district-1", FilingType.PRE_TENDER, "e-1", null,
                SUBMITTED), Filings.preTender(), "applicant", NOW, Filings.DEADLINE);

        assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.takeEvents()).singleElement().isInstanceOfSatisfying(FilingSubmitted.class, e -> {
            assertThat(e.type()).isEqualTo(FilingType.PRE_TENDER);
            assertThat(e.estateId()).isEqualTo("e-1");
            assertThat(e.occurredAt()).isEqualTo(SUBMITTED);
        });
    }

    @Test
    void aFilingSubmittedInTheFutureIsRefused() {
        assertThatThrownBy(() -> Filing.submit(new Filing.FilingFacts("f-1", "d", FilingType.PRE_TENDER, "e-1", null,
                NOW.plusSeconds(3600)), Filings.preTender(), "a", NOW, Filings.DEADLINE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("submittedAt"));
    }

    @Test
    void aContractFilingMustNameItsCompany() {
        assertThatThrownBy(() -> Filing.submit(new Filing.FilingFacts("f-1", "d", FilingType.PRELIMINARY_CONTRACT,
                "e-1", null, SUBMITTED), Filings.contract(LocalDate.of(2022, 4, 1), LocalDate.of(2025, 3, 31)), "a", NOW,
                Filings.DEADLINE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("companyId"));
    }

    @Test
    void anApprovalIsPublishedAtTheDecisionsTimeSoTheReportsCountItThen() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        filing.decide(Decision.APPROVED, "wang.fang", null, List.of(), LATER, NOW);

        assertThat(filing.status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(filing.approvedAt()).contains(LATER);
        assertThat(filing.takeEvents()).singleElement().isInstanceOfSatisfying(FilingApproved.class, e -> {
            assertThat(e.occurredAt()).isEqualTo(LATER);
            assertThat(e.reviewer()).isEqualTo("wang.fang");
        });
    }

    @Test
    void aReturnListsTheMissingItemsAndTheResubmissionStartsTheReviewAgain() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());
        Instant dueBefore = filing.reviewDueAt();

        filing.decide(Decision.RETURNED, "wang.fang", "材料不全", List.of("营业执照副本", "招标文件"), LATER, NOW);
        FilingReturned returned = (FilingReturned) filing.takeEvents().get(0);
        Instant resubmittedAt = LATER.plusSeconds(86_400 * 10);
        filing.resubmit(null, "applicant", resubmittedAt, NOW, Filings.DEADLINE);

        assertThat(returned.missingItems()).containsExactly("营业执照副本", "招标文件");
        assertThat(returned.reason()).isEqualTo("材料不全");
        assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
        assertThat(filing.reviewStartedAt()).isEqualTo(resubmittedAt);
        assertThat(filing.reviewDueAt()).isAfter(dueBefore);
        assertThat(filing.takeEvents()).singleElement().isInstanceOfSatisfying(FilingResubmitted.class,
                e -> assertThat(e.occurredAt()).isEqualTo(resubmittedAt));
        assertThat(filing.history()).extracting(ReviewStep::kind).containsExactly(ReviewStep.Kind.SUBMITTED,
                ReviewStep.Kind.RETURNED, ReviewStep.Kind.RESUBMITTED);
    }

    @Test
    void aReturnWithoutMissingItemsOrAReasonIsRefused() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        assertThatThrownBy(() -> filing.decide(Decision.RETURNED, "r", " ", List.of(), LATER, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("reason", "missingItems"));
        assertThat(filing.status()).isEqualTo(FilingStatus.SUBMITTED);
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        assertThatThrownBy(() -> filing.decide(Decision.REJECTED, "r", null, List.of(), LATER, NOW))
                .isInstanceOf(InvalidInputException.class);
        filing.decide(Decision.REJECTED, "r", "不符合条件", List.of(), LATER, NOW);

        assertThat(filing.takeEvents()).singleElement().isInstanceOf(FilingRejected.class);
        assertThatThrownBy(() -> filing.decide(Decision.APPROVED, "r", null, List.of(), LATER, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("currentState", "REJECTED"));
        assertThatThrownBy(() -> filing.resubmit(null, "a", LATER, NOW, Filings.DEADLINE))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("currentState", "REJECTED"));
    }

    @Test
    void anApprovedFilingCannotBeDecidedAgain() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());
        filing.decide(Decision.APPROVED, "r", null, List.of(), LATER, NOW);

        assertThatThrownBy(() -> filing.decide(Decision.RETURNED, "r", "x", List.of("y"), LATER, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("currentState", "APPROVED"));
    }

    @Test
    void aSubmittedFilingCannotBeResubmittedAndAReturnedOneCannotBeDecided() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        assertThatThrownBy(() -> filing.resubmit(null, "a", LATER, NOW, Filings.DEADLINE))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("currentState", "SUBMITTED"));
        filing.decide(Decision.RETURNED, "r", "x", List.of("y"), LATER, NOW);
        assertThatThrownBy(() -> filing.decide(Decision.APPROVED, "r", null, List.of(), LATER, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.properties()).containsEntry("currentState", "RETURNED"));
    }

    @Test
    void aDecisionBeforeTheSubmissionOrInTheFutureIsRefused() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        assertThatThrownBy(() -> filing.decide(Decision.APPROVED, "r", null, List.of(), SUBMITTED.minusSeconds(60), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("at"));
        assertThatThrownBy(() -> filing.decide(Decision.APPROVED, "r", null, List.of(), NOW.plusSeconds(3600), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void missingItemsBelongToAReturnOnly() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        assertThatThrownBy(() -> filing.decide(Decision.APPROVED, "r", null, List.of("x"), LATER, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFilingIsOverdueOnlyWhileWaitingForADecisionPastItsDeadline() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());
        Instant due = filing.reviewDueAt();

        assertThat(filing.overdue(due.minusSeconds(1))).isFalse();
        assertThat(filing.overdue(due)).isTrue();
        filing.decide(Decision.RETURNED, "r", "x", List.of("y"), LATER, NOW);
        assertThat(filing.overdue(due.plusSeconds(86_400))).isFalse();
    }

    @Test
    void onlyAnApprovedFilingChangesTheRegisterAndEachTypeInItsOwnWay() {
        Filing contract = submitted(FilingType.PRELIMINARY_CONTRACT, "c-1",
                Filings.contract(LocalDate.of(2022, 4, 1), LocalDate.of(2025, 3, 31)));
        Filing exit = submitted(FilingType.PROJECT_EXIT, "c-1", Filings.exit(true));
        Filing grade = submitted(FilingType.SERVICE_GRADE, null, Filings.grade());
        Filing preTender = submitted(FilingType.PRE_TENDER, null, Filings.preTender());

        assertThat(contract.registerChange()).isEmpty();
        for (Filing filing : List.of(contract, exit, grade, preTender)) {
            filing.decide(Decision.APPROVED, "r", null, List.of(), LATER, NOW);
        }

        assertThat(contract.registerChange()).get().isInstanceOfSatisfying(RegisterChange.AssignManagement.class, c -> {
            assertThat(c.companyId()).isEqualTo("c-1");
            assertThat(c.contract().termEnd()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(c.at()).isEqualTo(LATER);
        });
        assertThat(exit.registerChange()).get().isInstanceOf(RegisterChange.EndManagement.class);
        assertThat(grade.registerChange()).get().isInstanceOf(RegisterChange.SetServiceGrade.class);
        assertThat(preTender.registerChange()).isEmpty();
    }

    @Test
    void theSameAttachmentTwiceIsOneAttachmentAndNoneIsAddedAfterTheDecision() {
        Filing filing = submitted(FilingType.PRE_TENDER, null, Filings.preTender());
        Attachment scan = new Attachment("a-1", "合同.pdf", "application/pdf", 10, "ab", LATER, "u");

        filing.attach(scan);
        Attachment again = filing.attach(new Attachment("a-2", "合同.pdf", "application/pdf", 10, "ab", LATER, "u"));
        filing.decide(Decision.APPROVED, "r", null, List.of(), LATER, NOW);

        assertThat(again).isSameAs(scan);
        assertThat(filing.attachments()).hasSize(1);
        assertThatThrownBy(() -> filing.attach(new Attachment("a-3", "x.pdf", "application/pdf", 1, "cd", LATER, "u")))
                .isInstanceOf(ConflictException.class);
    }
}
