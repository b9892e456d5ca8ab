package io.estatewatch.assessment.epidemic.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.ServiceSettings.SupplyItem;
import io.estatewatch.assessment.epidemic.SupplyService;
import io.estatewatch.assessment.epidemic.domain.SupplyDistribution;
import io.estatewatch.assessment.epidemic.domain.SupplyTotal;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.assessment.shared.Period;
import io.estatewatch.assessment.shared.Times;
import io.estatewatch.events.assessment.SupplyUnit;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/supplies")
@Tag(name = "Supplies", description = "The epidemic supplies ledger: masks, disinfectant, gloves… handed to companies")
public class SupplyController {

    private final SupplyService supplies;
    private final ServiceSettings settings;

    public SupplyController(SupplyService supplies, ServiceSettings settings) {
        this.supplies = supplies;
        this.settings = settings;
    }

    public record Distribute(@Schema(description = "The receiving property company") @NotBlank String companyId,
                             @Schema(example = "MASK") @NotBlank String item,
                             @Schema(example = "5000") @NotNull BigDecimal quantity,
                             @Schema(example = "PIECE") @NotNull SupplyUnit unit,
                             @Size(max = 2000) String note,
                             @Schema(description = "When; now when absent") OffsetDateTime at) {
    }

    public record EntryView(String id, String companyId, String item, String itemLabel, BigDecimal quantity,
                            SupplyUnit unit, String unitLabel, String note, String by, OffsetDateTime at) {
    }

    public record TotalView(String item, String itemLabel, SupplyUnit unit, String unitLabel, BigDecimal quantity,
                            int distributions) {
    }

    /** @param from the first day, or null; @param to the last day, or null */
    public record Totals(LocalDate from, LocalDate to, List<TotalView> totals) {
    }

    public record ItemView(String code, String label, SupplyUnit unit, String unitLabel) {
    }

    @PostMapping
    @Operation(summary = "Record supplies handed to a property company",
            description = "District admins and officers. The item must be configured and counted in its unit "
                    + "(MASK PIECE, DISINFECTANT JIN, GLOVES PAIR); the company must be in the register. "
                    + "Publishes SuppliesDistributed (occurredAt = at).")
    @ApiResponse(responseCode = "201", description = "Recorded")
    public ResponseEntity<EntryView> distribute(Caller caller, @Valid @RequestBody Distribute request) {
        SupplyDistribution entry = supplies.distribute(caller, request.companyId(), request.item(), request.quantity(),
                request.unit(), request.note(), request.at());
        return ResponseEntity.created(URI.create("/api/v1/assessment/supplies?companyId=" + entry.companyId()))
                .body(view(entry));
    }

    @GetMapping
    @Operation(summary = "The ledger", description = "District staff see every entry, company users their company's; "
            + "latest first; `from`/`to` days in the district's zone, both included.")
    public PagedModel<EntryView> list(Caller caller, @RequestParam(required = false) String companyId,
                                      @RequestParam(required = false) String item,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Period period = Period.of(from, to, settings.zone());
        return new PagedModel<>(supplies.list(caller, companyId, item, period.start(), period.end(),
                Paging.of(page, size)).map(this::view));
    }

    @GetMapping("/totals")
    @Operation(summary = "Totals per item and unit for a period",
            description = "By the entries' `at`, e.g. 2022-01-01..2022-06-30: MASK 5000 PIECE, DISINFECTANT 1000 JIN, "
                    + "GLOVES 200 PAIR.")
    public Totals totals(Caller caller, @RequestParam(required = false) String companyId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.of(from, to, settings.zone());
        return new Totals(from, to, supplies.totals(caller, companyId, period.start(), period.end()).stream()
                .map(this::view).toList());
    }

    @GetMapping("/items")
    @Operation(summary = "The configured supply items, their labels and units")
    public List<ItemView> items(Caller caller) {
        return supplies.items().entrySet().stream().map(e -> new ItemView(e.getKey(), e.getValue().label(),
                e.getValue().unit(), e.getValue().unit().labelZh())).toList();
    }

    private EntryView view(SupplyDistribution entry) {
        return new EntryView(entry.id(), entry.companyId(), entry.item(), label(entry.item()), entry.quantity(),
                entry.unit(), entry.unit().labelZh(), entry.note(), entry.by(), Times.local(entry.at(), settings.zone()));
    }

    private TotalView view(SupplyTotal total) {
        return new TotalView(total.item(), label(total.item()), total.unit(), total.unit().labelZh(), total.quantity(),
                total.distributions());
    }

    private String label(String item) {
        SupplyItem known = supplies.items().get(item);
        return known == null ? item : known.label();
    }
}
