package io.estatewatch.filing.register.web;

import io.estatewatch.events.register.ServiceGrade;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.register.EstateService;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.importing.ImportReport;
import io.estatewatch.filing.register.importing.RegisterImport;
import io.estatewatch.filing.register.persistence.RegisterQueries.EstateFilter;
import io.estatewatch.filing.register.web.RegisterRequests.EstateRequest;
import io.estatewatch.filing.web.Paging;
import io.estatewatch.filing.web.Uploads;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/estates")
@Tag(name = "Estates", description = "Estates (物业小区) of the register: the source of truth other services route by")
public class EstateController {

    private final EstateService estates;
    private final RegisterImport imports;
    private final FilingSettings settings;

    public EstateController(EstateService estates, RegisterImport imports, FilingSettings settings) {
        this.estates = estates;
        this.imports = imports;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Register an estate",
            description = "District admins and officers. A name is registered once per street (409 naming "
                    + "existingEstateId). The company and the service grade are set by approved filings only. "
                    + "Publishes EstateRegistered.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "409", description = "The street already has an estate of that name")
    public ResponseEntity<EstateResponse> register(Caller caller, @RequestBody EstateRequest request) {
        Estate estate = estates.register(caller, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/estates/" + estate.id())).body(response(estate));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct an estate's entry",
            description = "District admins and officers. The body is the whole entry. Publishes EstateUpdated with the "
                    + "whole new entry, or nothing when it is unchanged.")
    public EstateResponse update(Caller caller, @PathVariable String id, @RequestBody EstateRequest request) {
        return response(estates.update(caller, id, request.draft()).estate());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an estate",
            description = "Shows companyId (the managing company, null when unmanaged) and serviceGrade. Staff (a street "
                    + "officer only of its streets) and the managing company's users.")
    public EstateResponse get(Caller caller, @PathVariable String id) {
        return response(estates.get(caller, id));
    }

    @GetMapping
    @Operation(summary = "List estates",
            description = "By street and name. A street officer sees its streets only, a company user the estates its "
                    + "company manages.")
    public PagedModel<EstateResponse> list(
            Caller caller,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) String companyId,
            @RequestParam(required = false) ServiceGrade grade,
            @Parameter(description = "true: only estates no company manages; false: only managed ones")
            @RequestParam(required = false) Boolean unmanaged,
            @Parameter(description = "Part of the name or of an alias") @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        EstateFilter filter = new EstateFilter(settings.districtId(), street, companyId, grade, unmanaged, name);
        return new PagedModel<>(estates.list(caller, filter, Paging.of(page, size)).map(this::response));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import estates from a spreadsheet",
            description = "District admins and officers. The part 'file' is an XLSX/XLS workbook (sheet 'estates' or "
                    + "'小区', else the first) or a CSV file (UTF-8 or GB18030) whose first row names the columns: name "
                    + "(小区名称), aliases (别名, separated by 、), street (街道), community (社区), address (地址), "
                    + "buildings (楼栋数), households (户数), floorAreaM2 (建筑面积), builtYear (建成年份), "
                    + "closedManagement (封闭管理: 是/否). Rows are matched by street and name: a new estate is "
                    + "registered, a changed one updated, the same one left alone, so importing the same file again "
                    + "changes nothing. The report lists each row's outcome and the problems of rejected rows.")
    public ImportReport importEstates(Caller caller, @RequestPart("file") MultipartFile file) {
        return imports.importEstates(caller, Uploads.bytes(file));
    }

    private EstateResponse response(Estate estate) {
        return EstateResponse.of(estate, settings.zone());
    }
}
