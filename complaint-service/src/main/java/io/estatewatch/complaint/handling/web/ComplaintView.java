package io.estatewatch.complaint.handling.web;

import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.complaint.handling.domain.StepKind;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A complaint as the API shows it; times in the district's zone. The complainant's phone number is masked
 * (138****1234) and the name shortened (张*) unless the caller's role may see them.
 */
public record ComplaintView(
        String id,
        @Schema(example = "TS-2022-000123") String number,
        Channel channel,
        String channelLabel,
        String externalId,
        ComplaintCategory category,
        String categoryLabel,
        String description,
        String estateId,
        String estateName,
        String street,
        String address,
        Complainant complainant,
        ComplaintStatus status,
        String statusLabel,
        AssigneeView assignee,
        OffsetDateTime receivedAt,
        OffsetDateTime responseDueAt,
        OffsetDateTime resolutionDueAt,
        OffsetDateTime respondedAt,
        OffsetDateTime resolvedAt,
        OffsetDateTime closedAt,
        Satisfaction satisfaction,
        @Schema(description = "An open complaint this one probably repeats (same phone, estate and category within "
                + "the duplicate window); staff confirm it by a merge") String probableDuplicateOf,
        String mergedInto,
        List<String> mergedFrom,
        List<DeadlineKind> deadlinesMissed,
        int urgings,
        List<StepView> history) {

    /** @param name the name, or its first character and stars; @param phone the number, or masked */
    public record Complainant(String name, String phone, boolean masked) {
    }

    public record AssigneeView(AssigneeType type, String id, String typeLabel) {
    }

    public record StepView(StepKind kind, String label, OffsetDateTime at, String by, OffsetDateTime recordedAt,
                           String note, Satisfaction satisfaction, AssigneeView assignee, String mergedInto,
                           DeadlineKind deadline) {
    }
}
