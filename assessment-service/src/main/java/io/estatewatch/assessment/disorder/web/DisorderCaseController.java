package io.estatewatch.assessment.disorder.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.disorder.DisorderCaseService;
import io.estatewatch.assessment.disorder.domain.DisorderCase;
import io.estatewatch.assessment.disorder.domain.DisorderCaseStatus;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Period;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.events.assessment.DisorderStep;
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
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/v1/assessment")
@Tag(name = "Disorder cases", description = "The ten disorders (十乱): cases from the company's persuasion up to a "
        + "towing request, each step dated, until closed")
public class DisorderCaseController {

    private final DisorderCaseService cases;
    private final ServiceSettings settings;

    public DisorderCaseController(DisorderCaseService cases, ServiceSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    public record Open(@NotBlank String estateId,
                       @Schema(description = "A configured disorder type", example = "PARKING") @NotBlank String disorderType,
                       @Size(max = 2000) String description, @Size(max = 500) String location,
                       @Schema(description = "What the company did to persuade") @Size(max = 2000) String note,
                       @Schema(description = "When the case was opened; now when absent") OffsetDateTime at) {
    }

    public record Escalate(@Schema(description = "The step reached; the next one when absent") DisorderStep step,
                           @Size(max = 2000) String note,
                           @Schema(description = "When; now when absent") OffsetDateTime at) {
    }

    public record Close(@Size(max = 2000) String note, @Schema(description = "When; now when absent") OffsetDateTime at) {
    }

    public record Label(String code, String label) {
    }

    public record Catalogue(List<Label> disorderTypes, List<Label> steps) {
    }

    public record StepView(DisorderStep step, String label, OffsetDateTime at, String by, String note) {
    }

    public record CaseView(String id, EstateParties estate, String disorderType, String disorderLabel,
                           String description, String location, DisorderCaseStatus status, DisorderStep step,
                           List<StepView> steps, OffsetDateTime closedAt, String closingNote) {
    }

    @GetMapping("/disorder-types")
    @Operation(summary = "The disorder types and the steps of a case, with their labels")
    public Catalogue catalogue(Caller caller) {
        return new Catalogue(cases.types().entrySet().stream().map(e -> new Label(e.getKey(), e.getValue())).toList(),
                Arrays.stream(DisorderStep.values()).map(step -> new Label(step.name(), step.labelZh())).toList());
    }

    @PostMapping("/disorder-cases")
    @Operation(summary = "Open a disorder case at its first step (物业劝阻)",
            description = "District staff, staff of the estate's street, users of its company. "
                    + "Publishes DisorderCaseOpened (occurredAt = at).")
    @ApiResponse(responseCode = "201", description = "Opened")
    public ResponseEntity<CaseView> open(Caller caller, @Valid @RequestBody Open request) {
        DisorderCase disorder = cases.open(caller, request.estateId(), request.disorderType(), request.description(),
                request.location(), request.note(), request.at());
        return ResponseEntity.created(URI.create("/api/v1/assessment/disorder-cases/" + disorder.id()))
                .body(view(disorder));
    }

    @PostMapping("/disorder-cases/{id}/escalation")
    @Operation(summary = "Move a case up to its next step (or a later one)",
            description = "Publishes DisorderCaseEscalated. 409 when closed or at the last step; 400 for a step "
                    + "not above the current one.")
    public CaseView escalate(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Escalate request) {
        Escalate escalate = request == null ? new Escalate(null, null, null) : request;
        return view(cases.escalate(caller, id, escalate.step(), escalate.note(), escalate.at()));
    }

    @PostMapping("/disorder-cases/{id}/closure")
    @Operation(summary = "Close a case: the disorder is cleared",
            description = "Publishes DisorderCaseClosed with the step that cleared it. 409 when closed already.")
    public CaseView close(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Close request) {
        Close close = request == null ? new Close(null, null) : request;
        return view(cases.close(caller, id, close.note(), close.at()));
    }

    @GetMapping("/disorder-cases/{id}")
    @Operation(summary = "A disorder case with its steps")
    public CaseView get(Caller caller, @PathVariable String id) {
        return view(cases.get(caller, id));
    }

    @GetMapping("/disorder-cases")
    @Operation(summary = "List disorder cases", description = "Scoped to the caller's estates; newest first. "
            + "`from`/`to`: days of opening in the district's zone, both included.")
    public PagedModel<CaseView> list(Caller caller, @RequestParam(required = false) String disorderType,
                                     @RequestParam(required = false) DisorderStep step,
                                     @RequestParam(required = false) DisorderCaseStatus status,
                                     @RequestParam(required = false) String estateId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period period = Period.of(from, to, settings.zone());
        return new PagedModel<>(cases.list(caller, disorderType, step, status, estateId, period.start(), period.end(),
                Paging.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt"))).map(this::view));
    }

    private CaseView view(DisorderCase disorder) {
        ZoneId zone = settings.zone();
        return new CaseView(disorder.id(), disorder.estate(), disorder.disorderType(),
                cases.types().get(disorder.disorderType()), disorder.description(), disorder.location(),
                disorder.status(), disorder.step(),
                disorder.steps().stream().map(taken -> new StepView(taken.step(), taken.step().labelZh(),
                        Times.local(taken.at(), zone), taken.by(), taken.note())).toList(),
                Times.local(disorder.closedAt(), zone), disorder.closingNote());
    }
}
