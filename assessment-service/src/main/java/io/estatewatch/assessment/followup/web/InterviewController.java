package io.estatewatch.assessment.followup.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.followup.InterviewService;
import io.estatewatch.assessment.followup.domain.Interview;
import io.estatewatch.assessment.followup.domain.InterviewStatus;
import io.estatewatch.assessment.followup.web.FollowUpViews.InterviewView;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/interviews")
@Tag(name = "Interviews", description = "Interviews (约谈) of property companies with the street and the community")
public class InterviewController {

    private final InterviewService interviews;
    private final ServiceSettings settings;

    public InterviewController(InterviewService interviews, ServiceSettings settings) {
        this.interviews = interviews;
        this.settings = settings;
    }

    @Schema(description = "An interview for a reason other than a round (rounds schedule their own)")
    public record Schedule(@NotBlank String estateId,
                           @Schema(description = "When it is to be held; `at` when absent") OffsetDateTime scheduledAt,
                           @NotBlank @Size(max = 1000) String reason,
                           @Schema(description = "When it was arranged; now when absent") OffsetDateTime at) {
    }

    @Schema(description = "The interview took place")
    public record Held(@Schema(description = "When; now when absent") OffsetDateTime at,
                       @Size(max = 50) List<@NotBlank String> attendees,
                       @Schema(description = "What the company's head committed to (表态)") @Size(max = 2000) String commitment) {
    }

    @PostMapping
    @Operation(summary = "Schedule an interview", description = "Staff of the estate's street.")
    @ApiResponse(responseCode = "201", description = "Scheduled")
    public ResponseEntity<InterviewView> schedule(Caller caller, @Valid @RequestBody Schedule request) {
        Interview interview = interviews.schedule(caller, request.estateId(), request.scheduledAt(), request.reason(),
                request.at());
        return ResponseEntity.created(URI.create("/api/v1/assessment/interviews/" + interview.id()))
                .body(InterviewView.of(interview, settings.zone()));
    }

    @PostMapping("/{id}/held")
    @Operation(summary = "Record that an interview was held",
            description = "Staff of the estate's street. Publishes InterviewHeld (occurredAt = at). 409 when held already.")
    public InterviewView hold(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Held request) {
        Held held = request == null ? new Held(null, null, null) : request;
        return InterviewView.of(interviews.hold(caller, id, held.at(), held.attendees(), held.commitment()),
                settings.zone());
    }

    @GetMapping
    @Operation(summary = "List interviews", description = "Scoped like rectification orders; earliest first.")
    public PagedModel<InterviewView> list(Caller caller, @RequestParam(required = false) InterviewStatus status,
                                          @RequestParam(required = false) String roundId,
                                          @RequestParam(required = false) String estateId,
                                          @RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(interviews.list(caller, status, roundId, estateId,
                        Paging.of(page, size, Sort.by("scheduledAt", "_id")))
                .map(interview -> InterviewView.of(interview, settings.zone())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An interview")
    public InterviewView get(Caller caller, @PathVariable String id) {
        return InterviewView.of(interviews.get(caller, id), settings.zone());
    }
}
