package io.estatewatch.renovation.project.web;

import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.renovation.DistrictSettings;
import io.estatewatch.renovation.programme.ProgrammeService;
import io.estatewatch.renovation.programme.domain.Programme;
import io.estatewatch.renovation.project.ProjectService;
import io.estatewatch.renovation.project.ProjectService.Outcome;
import io.estatewatch.renovation.project.ProjectService.Plan;
import io.estatewatch.renovation.project.domain.NoticePeriod;
import io.estatewatch.renovation.project.domain.RenovationProject;
import io.estatewatch.renovation.project.web.ProjectRequests.FundingRequest;
import io.estatewatch.renovation.project.web.ProjectRequests.MilestoneRequest;
import io.estatewatch.renovation.project.web.ProjectRequests.PlanRequest;
import io.estatewatch.renovation.web.Paging;
import io.estatewatch.renovation.web.Times;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/renovation")
@Tag(name = "Renovation projects", description = "Old-estate renovation projects (老旧小区改造): planning, funding, "
        + "milestones in order, planned days and lateness")
public class ProjectController {

    private static final String PROJECTS = "/api/v1/renovation/projects/";

    private final ProjectService projects;
    private final ProgrammeService programmes;
    private final DistrictSettings district;
    private final Clock clock;

    public ProjectController(ProjectService projects, ProgrammeService programmes, DistrictSettings district,
                             Clock clock) {
        this.projects = projects;
        this.programmes = programmes;
        this.district = district;
        this.clock = clock;
    }

    @PostMapping("/projects")
    @Operation(summary = "Plan a project",
            description = "District admins and officers. The programme must be registered. Publishes "
                    + "RenovationProjectPlanned with occurredAt = plannedAt.")
    @ApiResponse(responseCode = "201", description = "Planned")
    public ResponseEntity<ProjectResponse> plan(@Parameter(hidden = true) Caller caller, @Valid @RequestBody PlanRequest request) {
        RenovationProject project = projects.plan(caller, new Plan(request.programme(), request.estateIds(),
                request.type(), request.floorAreaM2(), request.households(), request.buildings(), request.budget(),
                request.centralSubsidy(), Times.instant(request.plannedAt()), request.schedule()));
        return ResponseEntity.created(URI.create(PROJECTS + project.facts().id())).body(response(project));
    }

    @PostMapping("/projects/{id}/milestones")
    @Operation(summary = "Record the milestone a project reached",
            description = "District admins and officers. Milestones are reached in order: PLAN_ISSUED, PUBLIC_NOTICE "
                    + "(with publicNotice), PRICE_CAP_AUDIT_SUBMITTED, PRICE_CAP_APPROVED, TENDERED, "
                    + "CONSTRUCTION_STARTED, COMPLETED, ACCEPTED. Publishes RenovationMilestoneReached.")
    @ApiResponse(responseCode = "201", description = "Reached")
    @ApiResponse(responseCode = "200", description = "Already reached with the same data; nothing changed")
    @ApiResponse(responseCode = "409", description = "Out of order: the problem names currentState and expectedMilestone")
    public ResponseEntity<ProjectResponse> reachMilestone(@Parameter(hidden = true) Caller caller, @PathVariable String id,
                                                          @Valid @RequestBody MilestoneRequest request) {
        NoticePeriod notice = request.publicNotice() == null ? null
                : new NoticePeriod(request.publicNotice().from(), request.publicNotice().to());
        Outcome outcome = projects.reachMilestone(caller, id, request.milestone(), Times.instant(request.at()), notice);
        return ResponseEntity.status(outcome.published() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(response(outcome.project()));
    }

    @PostMapping("/projects/{id}/funding")
    @Operation(summary = "Allocate money from one source",
            description = "District admins and officers. The total may not exceed the budget; CENTRAL_SUBSIDY only "
                    + "for projects planned with it. Publishes RenovationFundingAllocated.")
    @ApiResponse(responseCode = "201", description = "Allocated")
    @ApiResponse(responseCode = "409", description = "Above the budget (the problem says what remains), or central "
            + "subsidy for a project without it")
    public ResponseEntity<ProjectResponse> allocate(@Parameter(hidden = true) Caller caller, @PathVariable String id,
                                                    @Valid @RequestBody FundingRequest request) {
        Outcome outcome = projects.allocate(caller, id, request.source(), request.amount(), Times.instant(request.at()));
        return ResponseEntity.status(HttpStatus.CREATED).body(response(outcome.project()));
    }

    @PatchMapping("/projects/{id}/schedule")
    @Operation(summary = "Plan the day of some milestones",
            description = "District admins and officers. Body: {\"PUBLIC_NOTICE\":\"2020-05-15\", …}; milestones not "
                    + "named keep their day. Days may not go backwards along the milestone order; a reached milestone "
                    + "keeps its day.")
    public ProjectResponse schedule(@Parameter(hidden = true) Caller caller, @PathVariable String id,
                                    @RequestBody Map<Milestone, LocalDate> schedule) {
        return response(projects.schedule(caller, id, schedule).project());
    }

    @GetMapping("/projects/{id}")
    @Operation(summary = "Read a project", description = "Staff; a street officer only of its streets' estates.")
    public ProjectResponse get(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        return response(projects.get(caller, id));
    }

    @GetMapping("/projects")
    @Operation(summary = "List projects", description = "Staff; a street officer sees its streets' estates only. "
            + "Newest plan first.")
    public PagedModel<ProjectResponse> list(
            @Parameter(hidden = true) Caller caller,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) RenovationType type,
            @Parameter(description = "Current milestone, or PLANNED")
            @RequestParam(required = false) @Pattern(regexp = STATES, message = "must be PLANNED or a milestone") String state,
            @RequestParam(required = false) String estateId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(projects.list(caller, programme, type, state, estateId, Paging.of(page, size))
                .map(this::response));
    }

    @GetMapping("/projects/late")
    @Operation(summary = "List the projects behind schedule",
            description = "Projects with a milestone still open after its planned day, the longest overdue first. "
                    + "Staff; a street officer sees its streets' estates only.")
    public PagedModel<ProjectResponse> late(
            @Parameter(hidden = true) Caller caller,
            @Parameter(description = "As of when; default now") @RequestParam(required = false) OffsetDateTime asOf,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(projects.behindSchedule(caller, Times.instant(asOf), Paging.of(page, size))
                .map(project -> ProjectResponse.of(project, asOf == null ? clock.instant() : asOf.toInstant(),
                        district.zone())));
    }

    @GetMapping("/programmes/{code}/totals")
    @Operation(summary = "The figures of a programme",
            description = "Projects, estates, floor area, households, central-subsidy projects, budget and funding of "
                    + "the programme's projects the caller may see.")
    public ProgrammeTotals totals(@Parameter(hidden = true) Caller caller, @PathVariable String code) {
        Programme programme = programmes.get(caller, code);
        return ProgrammeTotals.of(programme.code(), programme.title(), projects.ofProgramme(caller, programme));
    }

    private ProjectResponse response(RenovationProject project) {
        return ProjectResponse.of(project, clock.instant(), district.zone());
    }

    private static final String STATES = "PLANNED|PLAN_ISSUED|PUBLIC_NOTICE|PRICE_CAP_AUDIT_SUBMITTED|PRICE_CAP_APPROVED"
            + "|TENDERED|CONSTRUCTION_STARTED|COMPLETED|ACCEPTED";
}
