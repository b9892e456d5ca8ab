package io.estatewatch.filing.review.web;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.review.FilingService;
import io.estatewatch.filing.review.FilingService.Submission;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.domain.FilingStatus;
import io.estatewatch.filing.review.persistence.FilingQueries.FilingFilter;
import io.estatewatch.filing.review.web.FilingRequests.DecisionRequest;
import io.estatewatch.filing.review.web.FilingRequests.ResubmitRequest;
import io.estatewatch.filing.review.web.FilingRequests.SubmitRequest;
import io.estatewatch.filing.web.Paging;
import io.estatewatch.filing.web.Times;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/filings")
@Tag(name = "Filings", description = "The six regulatory filings (备案与审批) and their review")
public class FilingController {

    private final FilingService filings;
    private final DetailsReader details;
    private final FilingSettings settings;

    public FilingController(FilingService filings, DetailsReader details, FilingSettings settings) {
        this.filings = filings;
        this.details = details;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Submit a filing",
            description = "District admins and officers, or a company user in its company's name. The details are "
                    + "those of the type. Cross-filing rules (409 naming the rule): a NEGOTIATED_SELECTION needs an "
                    + "earlier PRE_TENDER filing of the estate (PRE_TENDER_REQUIRED); a PRELIMINARY_CONTRACT on an "
                    + "estate with one in force or in review is refused (ACTIVE_CONTRACT); a PROJECT_EXIT needs the "
                    + "estate to be managed by the company (NOT_MANAGED_BY_COMPANY). Publishes FilingSubmitted with "
                    + "occurredAt = submittedAt. Takes an Idempotency-Key.")
    @ApiResponse(responseCode = "201", description = "Submitted; the review deadline is set")
    @ApiResponse(responseCode = "409", description = "A cross-filing rule is broken")
    public ResponseEntity<FilingResponse> submit(Caller caller, @RequestBody SubmitRequest request) {
        if (request.type() == null) {
            throw InvalidInputException.of("type", "is required");
        }
        Filing filing = filings.submit(caller, new Submission(request.type(), request.estateId(), request.companyId(),
                Times.instant(request.submittedAt()), details.read(request.type(), request.details())));
        return ResponseEntity.created(URI.create("/api/v1/filings/" + filing.id())).body(response(filing));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide on a submitted filing",
            description = "District admins and officers. RETURNED (补正) lists the missingItems and gives a reason; "
                    + "REJECTED gives a reason; APPROVED is checked against the register again and changes it: a "
                    + "NEGOTIATED_SELECTION or PRELIMINARY_CONTRACT puts the company on the estate "
                    + "(EstateManagementAssigned), a PROJECT_EXIT takes it off (EstateManagementEnded; records and funds "
                    + "must be handed over), a SERVICE_GRADE sets the grade (EstateServiceGradeSet). Publishes "
                    + "FilingApproved, FilingRejected or FilingReturned with occurredAt = at. A filing that is not "
                    + "SUBMITTED is a 409 naming currentState.")
    @ApiResponse(responseCode = "409", description = "Not SUBMITTED (currentState), or a cross-filing rule (rule)")
    public FilingResponse decide(Caller caller, @PathVariable String id, @RequestBody DecisionRequest request) {
        return response(filings.decide(caller, id, request.decision(), request.reason(), request.missingItems(),
                Times.instant(request.at())));
    }

    @PostMapping("/{id}/resubmission")
    @Operation(summary = "Resubmit a returned filing",
            description = "The applicant (a district admin or officer, or the filing's company) with the missing "
                    + "material: corrected details replace the old ones, absent details keep them. The review deadline "
                    + "starts again. Publishes FilingResubmitted. A filing that is not RETURNED is a 409 naming "
                    + "currentState.")
    public FilingResponse resubmit(Caller caller, @PathVariable String id, @RequestBody ResubmitRequest request) {
        return response(filings.resubmit(caller, id,
                type -> request.details() == null || request.details().isNull() ? null : details.read(type, request.details()),
                Times.instant(request.at())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a filing",
            description = "Staff (a street officer only of its streets' estates) and the filing's company.")
    public FilingResponse get(Caller caller, @PathVariable String id) {
        return response(filings.get(caller, id));
    }

    @GetMapping
    @Operation(summary = "List filings",
            description = "Newest submission first. The period (from, to: days, both inclusive, in the district's "
                    + "zone) applies to the submission, or with periodOf=DECISION to the approval or rejection. A "
                    + "street officer sees its streets' estates only, a company user its company's filings.")
    public PagedModel<FilingResponse> list(
            Caller caller,
            @RequestParam(required = false) FilingType type,
            @RequestParam(required = false) FilingStatus status,
            @RequestParam(required = false) String estateId,
            @RequestParam(required = false) String companyId,
            @Parameter(description = "First day of the period") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "Last day of the period") @RequestParam(required = false) LocalDate to,
            @Parameter(description = "What the period applies to") @RequestParam(defaultValue = "SUBMISSION") PeriodOf periodOf,
            @Parameter(description = "true: only filings waiting for a decision past their review deadline")
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        requireOrdered(from, to);
        FilingFilter filter = new FilingFilter(settings.districtId(), type, status, estateId, companyId, start(from),
                end(to), periodOf == PeriodOf.DECISION, overdue, filings.now());
        return new PagedModel<>(filings.list(caller, filter, Paging.of(page, size)).map(this::response));
    }

    /** What the period of a listing applies to. */
    public enum PeriodOf { SUBMISSION, DECISION }

    @GetMapping("/counts")
    @Operation(summary = "Count filings per type",
            description = "Submitted, completed (approved: the decision's time) and rejected in the period (days, both "
                    + "inclusive, in the district's zone); in review and overdue now. Scoped like the listing.")
    public CountsResponse counts(Caller caller, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        requireOrdered(from, to);
        return CountsResponse.of(from, to, filings.counts(caller, start(from), end(to)));
    }

    private FilingResponse response(Filing filing) {
        return FilingResponse.of(filing, filings.now(), settings.zone());
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(settings.zone()).toInstant();
    }

    private Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "must not be before from");
        }
    }
}
