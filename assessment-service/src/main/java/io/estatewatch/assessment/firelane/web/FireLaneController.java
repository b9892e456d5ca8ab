package io.estatewatch.assessment.firelane.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.firelane.FireLaneService;
import io.estatewatch.assessment.firelane.FireLaneService.Gap;
import io.estatewatch.assessment.firelane.FireLaneService.Inspect;
import io.estatewatch.assessment.firelane.domain.FireLaneInspection;
import io.estatewatch.assessment.firelane.domain.LaneFeature;
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
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/fire-lanes")
@Tag(name = "Fire lanes", description = "Fire-lane inspections (消防车通道): markings, signs and boards present and "
        + "to standard; the estates still missing them")
public class FireLaneController {

    private final FireLaneService fireLanes;
    private final ServiceSettings settings;

    public FireLaneController(FireLaneService fireLanes, ServiceSettings settings) {
        this.fireLanes = fireLanes;
        this.settings = settings;
    }

    public record Feature(@NotNull Boolean present, @NotNull Boolean toStandard) {

        LaneFeature toDomain() {
            return new LaneFeature(present, toStandard);
        }
    }

    @Schema(description = "What the inspector found")
    public record InspectRequest(@NotBlank String estateId,
                                 @Schema(description = "标线") @NotNull @Valid Feature markings,
                                 @Schema(description = "标志") @NotNull @Valid Feature signs,
                                 @Schema(description = "标识") @NotNull @Valid Feature boards,
                                 @Size(max = 50) List<@NotBlank @Size(max = 500) String> qualityIssues,
                                 @Size(max = 2000) String note,
                                 @Schema(description = "When; now when absent") OffsetDateTime at) {
    }

    public record InspectionView(String id, EstateParties estate, LaneFeature markings, LaneFeature signs,
                                 LaneFeature boards, List<String> gaps, List<String> qualityIssues, String note,
                                 String inspector, OffsetDateTime at) {

        static InspectionView of(FireLaneInspection inspection, ZoneId zone) {
            return new InspectionView(inspection.id(), inspection.estate(), inspection.markings(), inspection.signs(),
                    inspection.boards(), inspection.gaps(), inspection.qualityIssues(), inspection.note(),
                    inspection.inspector(), Times.local(inspection.at(), zone));
        }
    }

    /** @param missing MARKINGS, SIGNS, BOARDS still missing or below standard */
    public record GapView(String estateId, String estateName, String street, String companyId, List<String> missing,
                          String latestInspectionId, OffsetDateTime latestInspectedAt) {

        static GapView of(Gap gap, ZoneId zone) {
            return new GapView(gap.estate().id(), gap.estate().name(), gap.estate().street(), gap.estate().companyId(),
                    gap.missing(), gap.latest() == null ? null : gap.latest().id(),
                    gap.latest() == null ? null : Times.local(gap.latest().at(), zone));
        }
    }

    @PostMapping("/inspections")
    @Operation(summary = "Record a fire-lane inspection",
            description = "Staff of the estate's street. Publishes FireLaneInspected (occurredAt = at).")
    @ApiResponse(responseCode = "201", description = "Recorded")
    public ResponseEntity<InspectionView> inspect(Caller caller, @Valid @RequestBody InspectRequest request) {
        FireLaneInspection inspection = fireLanes.inspect(caller, new Inspect(request.estateId(),
                request.markings().toDomain(), request.signs().toDomain(), request.boards().toDomain(),
                request.qualityIssues(), request.note(), request.at()));
        return ResponseEntity.created(URI.create("/api/v1/assessment/fire-lanes/inspections/" + inspection.id()))
                .body(InspectionView.of(inspection, settings.zone()));
    }

    @GetMapping("/inspections")
    @Operation(summary = "List inspections", description = "Scoped to the caller's estates; latest first. "
            + "`from`/`to` are days in the district's zone, both included.")
    public PagedModel<InspectionView> list(Caller caller, @RequestParam(required = false) String estateId,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period period = Period.of(from, to, settings.zone());
        return new PagedModel<>(fireLanes.list(caller, estateId, period.start(), period.end(),
                        Paging.of(page, size))
                .map(inspection -> InspectionView.of(inspection, settings.zone())));
    }

    @GetMapping("/inspections/{id}")
    @Operation(summary = "An inspection")
    public InspectionView get(Caller caller, @PathVariable String id) {
        return InspectionView.of(fireLanes.get(caller, id), settings.zone());
    }

    @GetMapping("/gaps")
    @Operation(summary = "Estates whose fire lanes still miss markings, signs or boards",
            description = "By their latest inspection; `includeUninspected=true` adds the estates never inspected.")
    public List<GapView> gaps(Caller caller, @RequestParam(defaultValue = "false") boolean includeUninspected) {
        return fireLanes.gaps(caller, includeUninspected).stream().map(gap -> GapView.of(gap, settings.zone())).toList();
    }
}
