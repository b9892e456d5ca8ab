package io.estatewatch.assessment.outreach.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.outreach.OutreachService;
import io.estatewatch.assessment.outreach.domain.RegulationDistribution;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Period;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.Map;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/outreach")
@Tag(name = "Regulation outreach", description = "Copies of the property-management regulation handed out (宣贯)")
public class OutreachController {

    private final OutreachService outreach;
    private final ServiceSettings settings;

    public OutreachController(OutreachService outreach, ServiceSettings settings) {
        this.outreach = outreach;
        this.settings = settings;
    }

    public record Distribute(@Schema(example = "COMPANY") @NotNull RecipientType recipientType,
                             @Schema(example = "40") @NotNull @Min(1) @Max(100_000) Integer copies,
                             @Schema(description = "Who received them (a street, a company, an estate's owners)")
                             @Size(max = 200) String recipient,
                             @Size(max = 2000) String note,
                             @Schema(description = "When; now when absent") OffsetDateTime at) {
    }

    public record DistributionView(String id, RecipientType recipientType, String recipientTypeLabel, String recipient,
                                   int copies, String note, String by, OffsetDateTime at) {
    }

    public record Totals(LocalDate from, LocalDate to, int regulationCopies, Map<RecipientType, Integer> byRecipientType) {
    }

    @PostMapping
    @Operation(summary = "Record copies of the regulation handed out",
            description = "District admins and officers. Publishes RegulationCopiesDistributed (occurredAt = at).")
    @ApiResponse(responseCode = "201", description = "Recorded")
    public ResponseEntity<DistributionView> distribute(Caller caller, @Valid @RequestBody Distribute request) {
        RegulationDistribution distribution = outreach.distribute(caller, request.recipientType(), request.recipient(),
                request.copies(), request.note(), request.at());
        return ResponseEntity.created(URI.create("/api/v1/assessment/outreach")).body(view(distribution));
    }

    @GetMapping
    @Operation(summary = "List handouts", description = "Latest first; `from`/`to` days, both included.")
    public PagedModel<DistributionView> list(Caller caller, @RequestParam(required = false) RecipientType recipientType,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(defaultValue = "0") @Min(0) int page,
                                             @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period period = Period.of(from, to, settings.zone());
        return new PagedModel<>(outreach.list(caller, recipientType, period.start(), period.end(),
                Paging.of(page, size)).map(this::view));
    }

    @GetMapping("/totals")
    @Operation(summary = "Copies handed out in a period, in all and per recipient type")
    public Totals totals(Caller caller,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.of(from, to, settings.zone());
        Map<RecipientType, Integer> copies = outreach.copies(caller, period.start(), period.end());
        return new Totals(from, to, copies.values().stream().mapToInt(Integer::intValue).sum(), copies);
    }

    private DistributionView view(RegulationDistribution distribution) {
        return new DistributionView(distribution.id(), distribution.recipientType(),
                distribution.recipientType().labelZh(), distribution.recipient(), distribution.copies(),
                distribution.note(), distribution.by(), Times.local(distribution.at(), settings.zone()));
    }
}
