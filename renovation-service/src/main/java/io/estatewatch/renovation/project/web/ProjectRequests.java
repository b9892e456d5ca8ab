package io.estatewatch.renovation.project.web;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The request bodies of the project endpoints. Required fields are checked here; the rules, by the domain. */
final class ProjectRequests {

    private ProjectRequests() {
    }

    @Schema(description = "A project to plan in a registered programme")
    record PlanRequest(
            @Schema(description = "The programme's code", example = "2020") @NotBlank String programme,
            @Schema(description = "The estates renovated together, at least one") @NotEmpty List<String> estateIds,
            @NotNull RenovationType type,
            @Schema(description = "Total floor area in m²", example = "152000") @NotNull Double floorAreaM2,
            @Schema(example = "1420") @NotNull Integer households,
            @Schema(description = "Number of buildings; 0 when not given", example = "18") Integer buildings,
            @Schema(description = "Budget in yuan, to the fen; caps the funding when given", example = "30000000.00")
            BigDecimal budget,
            @Schema(description = "Whether the project is in the central fiscal subsidy (中央财政资金奖补)")
            @NotNull Boolean centralSubsidy,
            @Schema(description = "When the project was planned (the reports count it in that period); default now")
            OffsetDateTime plannedAt,
            @Schema(description = "Planned day of some milestones, e.g. {\"PLAN_ISSUED\":\"2020-04-30\"}")
            Map<Milestone, LocalDate> schedule) {
    }

    @Schema(description = "The first and last day of the public notice (公示)")
    record NoticeRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    @Schema(description = "A milestone the project reached")
    record MilestoneRequest(
            @NotNull Milestone milestone,
            @Schema(description = "When it was reached; default now") OffsetDateTime at,
            @Schema(description = "Required with PUBLIC_NOTICE, refused with the others") @Valid NoticeRequest publicNotice) {
    }

    @Schema(description = "Money from one source allocated to the project")
    record FundingRequest(
            @NotNull FundingSource source,
            @Schema(description = "Yuan, to the fen", example = "12000000.00") @NotNull BigDecimal amount,
            @Schema(description = "When it was allocated; default now") OffsetDateTime at) {
    }
}
