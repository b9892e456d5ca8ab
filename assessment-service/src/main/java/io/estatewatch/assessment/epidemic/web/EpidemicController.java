package io.estatewatch.assessment.epidemic.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.epidemic.EpidemicCheckService;
import io.estatewatch.assessment.epidemic.EpidemicCheckService.Status;
import io.estatewatch.assessment.epidemic.domain.EpidemicCheck;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Period;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.assessment.shared.domain.EstateParties;
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
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/epidemic-checks")
@Tag(name = "Epidemic checks", description = "Daily epidemic-prevention checks (疫情防控): closed management and "
        + "disinfection of estates")
public class EpidemicController {

    private final EpidemicCheckService checks;
    private final ServiceSettings settings;

    public EpidemicController(EpidemicCheckService checks, ServiceSettings settings) {
        this.checks = checks;
        this.settings = settings;
    }

    public record Check(@NotBlank String estateId,
                        @Schema(description = "Under closed management (封闭管理)") @NotNull Boolean closedManagement,
                        @Schema(description = "Disinfected that day (消杀)") @NotNull Boolean disinfected,
                        @Size(max = 2000) String note,
                        @Schema(description = "When; now when absent. One check per estate and day.") OffsetDateTime at) {
    }

    public record CheckView(String id, EstateParties estate, String day, boolean closedManagement,
                            boolean disinfected, String note, String by, OffsetDateTime at) {

        static CheckView of(EpidemicCheck check, ZoneId zone) {
            return new CheckView(check.id(), check.estate(), check.day(), check.closedManagement(),
                    check.disinfected(), check.note(), check.by(), Times.local(check.at(), zone));
        }
    }

    /** @param latest the estate's latest check, or null when never checked */
    public record StatusView(String estateId, String estateName, String street, String companyId, CheckView latest) {
    }

    @PostMapping
    @Operation(summary = "Record an estate's check of the day",
            description = "Staff of the estate's street and users of its company. Publishes EpidemicCheckRecorded. "
                    + "409 when the estate was checked that day already.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    public ResponseEntity<CheckView> record(Caller caller, @Valid @RequestBody Check request) {
        EpidemicCheck check = checks.record(caller, request.estateId(), request.closedManagement(),
                request.disinfected(), request.note(), request.at());
        return ResponseEntity.created(URI.create("/api/v1/assessment/epidemic-checks?estateId=" + request.estateId()))
                .body(CheckView.of(check, settings.zone()));
    }

    @GetMapping
    @Operation(summary = "List checks", description = "Scoped to the caller's estates; latest first; days both included.")
    public PagedModel<CheckView> list(Caller caller, @RequestParam(required = false) String estateId,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period.of(from, to, settings.zone());
        return new PagedModel<>(checks.list(caller, estateId, from, to,
                        Paging.of(page, size))
                .map(check -> CheckView.of(check, settings.zone())));
    }

    @GetMapping("/status")
    @Operation(summary = "Every estate's closed-management and disinfection status by its latest check")
    public List<StatusView> status(Caller caller) {
        return checks.status(caller).stream().map(this::view).toList();
    }

    private StatusView view(Status status) {
        return new StatusView(status.estate().id(), status.estate().name(), status.estate().street(),
                status.estate().companyId(),
                status.latest() == null ? null : CheckView.of(status.latest(), settings.zone()));
    }
}
