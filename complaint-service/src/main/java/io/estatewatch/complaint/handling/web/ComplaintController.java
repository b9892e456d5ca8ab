package io.estatewatch.complaint.handling.web;

import io.estatewatch.complaint.DistrictSettings;
import io.estatewatch.complaint.handling.HandlingService;
import io.estatewatch.complaint.handling.domain.Assignee;
import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.handling.persistence.ComplaintFilter;
import io.estatewatch.complaint.handling.web.StepRequests.AssignmentRequest;
import io.estatewatch.complaint.handling.web.StepRequests.CallbackRequest;
import io.estatewatch.complaint.handling.web.StepRequests.MergeRequest;
import io.estatewatch.complaint.handling.web.StepRequests.ResolutionRequest;
import io.estatewatch.complaint.handling.web.StepRequests.ResponseRequest;
import io.estatewatch.complaint.handling.web.StepRequests.UrgingRequest;
import io.estatewatch.complaint.web.Times;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaint handling", description = "The mediation lifecycle 受理 → 派单 → 响应 → 办理 → 回访 → 办结: dispatch, "
        + "response, resolution, callback, urging, merging; reading and listing")
public class ComplaintController {

    private static final String CONFLICT = "The step is not allowed in the complaint's current state: the problem names "
            + "currentState and allowedStates";

    private final HandlingService handling;
    private final ComplaintViews views;
    private final DistrictSettings district;

    public ComplaintController(HandlingService handling, ComplaintViews views, DistrictSettings district) {
        this.handling = handling;
        this.views = views;
        this.district = district;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a complaint", description = "District staff: all; a street officer: its streets' and its "
            + "office's; a company user: those dispatched to its company; a hotline system: those of its channels. The "
            + "phone number is shown in the clear to district admins and officers only.")
    @ApiResponse(responseCode = "404", description = "No such complaint, or not visible to the caller")
    public ComplaintView get(Caller caller, @PathVariable String id) {
        return views.of(handling.get(caller, id), caller);
    }

    @GetMapping
    @Operation(summary = "List complaints", description = "Newest receipt first, within the caller's scope. from/to "
            + "take a day (2022-01-01, both inclusive) or a time with offset; they bound receivedAt.")
    public PagedModel<ComplaintView> list(
            Caller caller,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) String estateId,
            @RequestParam(required = false) ComplaintCategory category,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) String assigneeId,
            @Parameter(description = "Received on or after: 2022-01-01 or 2022-01-01T00:00:00+08:00")
            @RequestParam(required = false) String from,
            @Parameter(description = "Received on or before this day, or before this time")
            @RequestParam(required = false) String to,
            @Parameter(description = "true: the triage queue (no assignee yet)")
            @RequestParam(required = false) Boolean unassigned,
            @Parameter(description = "true: only complaints flagged as probable duplicates")
            @RequestParam(required = false) Boolean probableDuplicate,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ZoneId zone = district.zone();
        ComplaintFilter filter = new ComplaintFilter(district.districtId(), channel, status, estateId, category, street,
                assigneeId, Times.from(from, "from", zone), Times.to(to, "to", zone), unassigned, probableDuplicate);
        return new PagedModel<>(handling.list(caller, filter, PageRequest.of(page, size))
                .map(doc -> views.of(doc, caller)));
    }

    @PostMapping("/{id}/assignment")
    @Operation(summary = "Dispatch or re-dispatch (派单)", description = "District staff, or the complaint's street "
            + "officer. To a company (its register id) or a street office (the street's name). Emits ComplaintAssigned; "
            + "the same assignee again changes nothing.")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    public ComplaintView assign(Caller caller, @PathVariable String id, @Valid @RequestBody AssignmentRequest request) {
        return view(handling.assign(caller, id, new Assignee(request.assignee().type(), request.assignee().id()),
                Times.instant(request.at())), caller);
    }

    @PostMapping("/{id}/response")
    @Operation(summary = "Record the assignee's first answer (响应)", description = "The assignee or district staff; "
            + "ASSIGNED → RESPONDED. Emits ComplaintResponded (and ComplaintDeadlineMissed first when late).")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    public ComplaintView respond(Caller caller, @PathVariable String id, @Valid @RequestBody ResponseRequest request) {
        return view(handling.respond(caller, id, request.note(), Times.instant(request.at())), caller);
    }

    @PostMapping("/{id}/resolution")
    @Operation(summary = "Record the handling (办理)", description = "The assignee or district staff; RESPONDED or "
            + "REOPENED → RESOLVED. Emits ComplaintResolved (and ComplaintDeadlineMissed first when late).")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    public ComplaintView resolve(Caller caller, @PathVariable String id, @Valid @RequestBody ResolutionRequest request) {
        return view(handling.resolve(caller, id, request.result(), Times.instant(request.at())), caller);
    }

    @PostMapping("/{id}/callback")
    @Operation(summary = "Record the citizen's callback (回访)", description = "District staff or the street officer; "
            + "RESOLVED → CLOSED (SATISFIED, BASICALLY_SATISFIED: ComplaintCallbackRecorded + ComplaintClosed) or "
            + "REOPENED (DISSATISFIED: ComplaintCallbackRecorded + ComplaintReopened).")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    public ComplaintView callback(Caller caller, @PathVariable String id, @Valid @RequestBody CallbackRequest request) {
        return view(handling.callback(caller, id, request.satisfaction(), Times.instant(request.at())), caller);
    }

    @PostMapping("/{id}/urging")
    @Operation(summary = "Urge the assignee on (催办)", description = "District staff or the street officer, with a note; "
            + "while ASSIGNED, RESPONDED or REOPENED. Emits ComplaintUrged.")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    public ComplaintView urge(Caller caller, @PathVariable String id, @Valid @RequestBody UrgingRequest request) {
        return view(handling.urge(caller, id, request.note(), Times.instant(request.at())), caller);
    }

    @PostMapping("/{id}/merge")
    @Operation(summary = "Merge a duplicate into another complaint", description = "District staff or the street "
            + "officer confirm a (probable) duplicate: the complaint becomes MERGED and the other lists it in "
            + "mergedFrom. Emits ComplaintMerged; merged complaints count once in the rates.")
    @ApiResponse(responseCode = "409", description = CONFLICT)
    public ComplaintView merge(Caller caller, @PathVariable String id, @Valid @RequestBody MergeRequest request) {
        return view(handling.merge(caller, id, request.into(), Times.instant(request.at())), caller);
    }

    private ComplaintView view(ComplaintDocument doc, Caller caller) {
        return views.of(doc, caller);
    }
}
