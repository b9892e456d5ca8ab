package io.estatewatch.renovation.programme.web;

import io.estatewatch.renovation.DistrictSettings;
import io.estatewatch.renovation.programme.ProgrammeService;
import io.estatewatch.renovation.programme.ProgrammeService.Registration;
import io.estatewatch.renovation.programme.domain.Programme;
import io.estatewatch.renovation.web.Paging;
import io.estatewatch.renovation.web.Times;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import java.time.OffsetDateTime;

@RestController
@RequestMapping("/api/v1/renovation/programmes")
@Tag(name = "Renovation programmes", description = "A year's renovation plan and the title of its published document")
public class ProgrammeController {

    private final ProgrammeService programmes;
    private final DistrictSettings district;

    public ProgrammeController(ProgrammeService programmes, DistrictSettings district) {
        this.programmes = programmes;
        this.district = district;
    }

    @Schema(description = "A programme to register")
    public record ProgrammeRequest(
            @Schema(description = "Short code projects name the programme by", example = "2020") @NotBlank String code,
            @Schema(description = "Title of the published plan document", example = "《市区2020年老旧小区改造实施方案》")
            @NotBlank String title) {
    }

    public record ProgrammeResponse(String code, String title, OffsetDateTime registeredAt) {
    }

    @PostMapping
    @Operation(summary = "Register a programme",
            description = "District admins and officers. The same code and title again answer 200 with the programme; "
                    + "the same code with another title is a 409.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "200", description = "Already registered with this title")
    @ApiResponse(responseCode = "409", description = "The code is registered with another title")
    public ResponseEntity<ProgrammeResponse> register(@Parameter(hidden = true) Caller caller, @Valid @RequestBody ProgrammeRequest request) {
        Registration registration = programmes.register(caller, request.code(), request.title());
        ProgrammeResponse body = response(registration.programme());
        return registration.created()
                ? ResponseEntity.created(URI.create("/api/v1/renovation/programmes/" + body.code())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping
    @Operation(summary = "List the programmes", description = "Staff of the district and the streets.")
    public PagedModel<ProgrammeResponse> list(@Parameter(hidden = true) Caller caller,
                                              @RequestParam(defaultValue = "0") @Min(0) int page,
                                              @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(programmes.list(caller, Paging.of(page, size)).map(this::response));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a programme", description = "Staff of the district and the streets.")
    public ProgrammeResponse get(@Parameter(hidden = true) Caller caller, @PathVariable String code) {
        return response(programmes.get(caller, code));
    }

    private ProgrammeResponse response(Programme programme) {
        return new ProgrammeResponse(programme.code(), programme.title(),
                Times.local(programme.registeredAt(), district.zone()));
    }
}
