package io.estatewatch.assessment.checklist.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.checklist.ChecklistService;
import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.web.ChecklistRequests.NewChecklist;
import io.estatewatch.assessment.checklist.web.ChecklistRequests.NextVersion;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/checklists")
@Tag(name = "Checklists", description = "Versioned assessment checklists: weighted items in sections, 100 points in all")
public class ChecklistController {

    private static final String CHECKLISTS = "/api/v1/assessment/checklists/";

    private final ChecklistService checklists;
    private final ServiceSettings settings;

    public ChecklistController(ChecklistService checklists, ServiceSettings settings) {
        this.checklists = checklists;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Define a new checklist (version 1)",
            description = "District admins and officers. Item maxima must add up to 100; item codes are unique; "
                    + "deduction rules are worth more than 0 and at most their item's maximum. 409 when the code exists.")
    @ApiResponse(responseCode = "201", description = "Defined")
    public ResponseEntity<ChecklistResponse> create(Caller caller, @Valid @RequestBody NewChecklist request) {
        Checklist checklist = checklists.create(caller, request.code(), request.title(),
                ChecklistRequests.sections(request.sections()));
        return created(checklist);
    }

    @PostMapping("/{code}/versions")
    @Operation(summary = "Edit a checklist: make its next version",
            description = "District admins and officers. Rounds opened with an earlier version keep it.")
    @ApiResponse(responseCode = "201", description = "The new version")
    public ResponseEntity<ChecklistResponse> revise(Caller caller, @PathVariable String code,
                                                    @Valid @RequestBody NextVersion request) {
        return created(checklists.revise(caller, code, request.title(), ChecklistRequests.sections(request.sections())));
    }

    @GetMapping
    @Operation(summary = "The latest version of every checklist")
    public List<ChecklistResponse> list(Caller caller) {
        return checklists.latestOfEach(caller).stream().map(this::response).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The latest version of a checklist")
    public ChecklistResponse latest(Caller caller, @PathVariable String code) {
        return response(checklists.latest(caller, code));
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "One version of a checklist")
    public ChecklistResponse version(Caller caller, @PathVariable String code, @PathVariable @Min(1) int version) {
        return response(checklists.version(caller, code, version));
    }

    private ResponseEntity<ChecklistResponse> created(Checklist checklist) {
        return ResponseEntity.created(URI.create(CHECKLISTS + checklist.code() + "/versions/" + checklist.version()))
                .body(response(checklist));
    }

    private ChecklistResponse response(Checklist checklist) {
        return ChecklistResponse.of(checklist, settings.zone());
    }
}
