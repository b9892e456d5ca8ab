package io.estatewatch.assessment.followup.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.followup.RectificationService;
import io.estatewatch.assessment.followup.domain.RectificationOrder.Findings;
import io.estatewatch.assessment.followup.domain.RectificationOrder.Outcome;
import io.estatewatch.assessment.followup.domain.RectificationStatus;
import io.estatewatch.assessment.followup.web.FollowUpViews.Order;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/rectifications")
@Tag(name = "Rectification orders", description = "Orders (整改) issued for the failed items of estates below the "
        + "threshold, and their re-inspections (回头看)")
public class RectificationController {

    private final RectificationService rectifications;
    private final ServiceSettings settings;
    private final Clock clock;

    public RectificationController(RectificationService rectifications, ServiceSettings settings, Clock clock) {
        this.rectifications = rectifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Schema(description = "A re-inspection: the outcome, or the items found rectified (the outcome then follows), or both")
    public record ReInspect(
            @Schema(description = "VERIFIED or FAILED; judged from the items when absent") Outcome outcome,
            @Size(max = 100) @Valid List<ItemFinding> items,
            @Schema(description = "When it took place; now when absent") OffsetDateTime at,
            @Size(max = 2000) String note,
            @Schema(description = "The new deadline after a failure; 15 days after `at` when absent") OffsetDateTime newDueAt) {
    }

    public record ItemFinding(@NotBlank String code, @NotNull Boolean rectified) {
    }

    @PostMapping("/{id}/re-inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Re-inspect an order (回头看)",
            description = "Staff of the estate's street. Verified when every item is rectified: publishes "
                    + "RectificationVerified. Otherwise it fails, escalates and is due again: publishes "
                    + "RectificationFailed. 409 on a verified order.")
    @ApiResponse(responseCode = "201", description = "Recorded; the order as it is now")
    public Order reInspect(Caller caller, @PathVariable String id, @Valid @RequestBody ReInspect request) {
        Map<String, Boolean> rectified = new LinkedHashMap<>();
        if (request.items() != null) {
            request.items().forEach(item -> rectified.put(item.code(), item.rectified()));
        }
        Findings findings = new Findings(request.outcome(), rectified,
                Times.occurred("at", request.at(), clock.instant()), caller.username(), request.note(),
                Times.instant(request.newDueAt()));
        return Order.of(rectifications.reInspect(caller, id, findings), settings.zone());
    }

    @GetMapping
    @Operation(summary = "List orders",
            description = "Scoped: district staff all, street officers their streets', company users their company's. "
                    + "`overdue=true`: open orders past their deadline. Oldest deadline first.")
    public PagedModel<Order> list(Caller caller, @RequestParam(required = false) RectificationStatus status,
                                  @RequestParam(required = false) String roundId,
                                  @RequestParam(required = false) String estateId,
                                  @RequestParam(defaultValue = "false") boolean overdue,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(rectifications.list(caller, status, roundId, estateId, overdue,
                        Paging.of(page, size, Sort.by("dueAt", "_id")))
                .map(order -> Order.of(order, settings.zone())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An order with its items and re-inspections")
    public Order get(Caller caller, @PathVariable String id) {
        return Order.of(rectifications.get(caller, id), settings.zone());
    }
}
