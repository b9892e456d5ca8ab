package io.estatewatch.filing.review.web;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.Attachment;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.domain.FilingDetails;
import io.estatewatch.filing.review.domain.FilingStatus;
import io.estatewatch.filing.review.domain.NegotiatedSelectionDetails;
import io.estatewatch.filing.review.domain.PreTenderDetails;
import io.estatewatch.filing.review.domain.PreliminaryContractDetails;
import io.estatewatch.filing.review.domain.ProjectExitDetails;
import io.estatewatch.filing.review.domain.ReviewStep;
import io.estatewatch.filing.review.domain.ServiceGradeDetails;
import io.estatewatch.filing.review.domain.TakeoverInspectionDetails;
import io.estatewatch.filing.web.Times;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A filing as the API shows it: codes with their Chinese labels, the review's deadline and whether it is overdue,
 * every step of the review, the details and the attachments' metadata.
 *
 * @param missingItems what the last return asked for, while the filing is RETURNED
 */
public record FilingResponse(String id, FilingType type, String typeLabel, FilingStatus status, String statusLabel,
                             String estateId, String companyId, OffsetDateTime submittedAt,
                             LocalDate reviewDueOn, boolean overdue, OffsetDateTime approvedAt,
                             OffsetDateTime decidedAt, List<String> missingItems,
                             @Schema(oneOf = {PreTenderDetails.class, NegotiatedSelectionDetails.class,
                                     TakeoverInspectionDetails.class, ServiceGradeDetails.class,
                                     PreliminaryContractDetails.class, ProjectExitDetails.class})
                             FilingDetails details,
                             List<Step> history, List<AttachmentView> attachments) {

    /** One step of the review: SUBMITTED, RESUBMITTED, RETURNED, APPROVED or REJECTED. */
    public record Step(ReviewStep.Kind step, String by, String reason, List<String> missingItems,
                       OffsetDateTime at) {
    }

    public record AttachmentView(String id, String name, String contentType, long size, String sha256,
                                 OffsetDateTime uploadedAt, String href) {

        public static AttachmentView of(String filingId, Attachment attachment, ZoneId zone) {
            return new AttachmentView(attachment.id(), attachment.name(), attachment.contentType(), attachment.size(),
                    attachment.sha256(), Times.local(attachment.uploadedAt(), zone),
                    "/api/v1/filings/" + filingId + "/attachments/" + attachment.id());
        }
    }

    public static FilingResponse of(Filing filing, Instant now, ZoneId zone) {
        Filing.FilingFacts facts = filing.facts();
        List<ReviewStep> history = filing.history();
        ReviewStep last = history.get(history.size() - 1);
        List<String> missing = filing.status() == FilingStatus.RETURNED ? last.missingItems() : List.of();
        LocalDate dueOn = filing.reviewDueAt().atZone(zone).toLocalDate().minusDays(1);
        return new FilingResponse(facts.id(), facts.type(), facts.type().labelZh(), filing.status(),
                filing.status().labelZh(), facts.estateId(), facts.companyId(), Times.local(facts.submittedAt(), zone),
                dueOn, filing.overdue(now), Times.local(filing.approvedAt().orElse(null), zone),
                Times.local(filing.decidedAt().orElse(null), zone), missing, filing.details(),
                history.stream().map(step -> new Step(step.kind(), step.by(), step.reason(), step.missingItems(),
                        Times.local(step.at(), zone))).toList(),
                filing.attachments().stream().map(a -> AttachmentView.of(facts.id(), a, zone)).toList());
    }
}
