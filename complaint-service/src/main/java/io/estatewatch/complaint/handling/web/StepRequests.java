package io.estatewatch.complaint.handling.web;

import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Satisfaction;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** The bodies of the lifecycle steps; {@code at} (optional, default now) records when a step really happened. */
public final class StepRequests {

    private static final String AT = "When the step really happened (back-entry); default now. Not in the future, "
            + "not before the complaint's previous step.";

    private StepRequests() {
    }

    public record AssignmentRequest(@NotNull @Valid AssigneeRef assignee,
                                    @Schema(description = AT) OffsetDateTime at) {
    }

    /** @param id the company's register id, or the street's name */
    public record AssigneeRef(@NotNull AssigneeType type, @NotBlank @Size(max = 100) String id) {
    }

    public record ResponseRequest(@Size(max = 4000) String note, @Schema(description = AT) OffsetDateTime at) {
    }

    public record ResolutionRequest(@Size(max = 4000) String result, @Schema(description = AT) OffsetDateTime at) {
    }

    public record CallbackRequest(@NotNull Satisfaction satisfaction, @Schema(description = AT) OffsetDateTime at) {
    }

    public record UrgingRequest(@Size(max = 4000) String note, @Schema(description = AT) OffsetDateTime at) {
    }

    public record MergeRequest(@NotBlank @Size(max = 64) String into, @Schema(description = AT) OffsetDateTime at) {
    }
}
