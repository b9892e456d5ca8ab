package io.estatewatch.filing.register.web;

import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.register.CompanyService;
import io.estatewatch.filing.register.domain.PropertyCompany;
import io.estatewatch.filing.register.importing.ImportReport;
import io.estatewatch.filing.register.importing.RegisterImport;
import io.estatewatch.filing.register.web.RegisterRequests.CompanyRequest;
import io.estatewatch.filing.web.Paging;
import io.estatewatch.filing.web.Uploads;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.net.URI;

@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies", description = "Property-service companies (物业服务企业) of the register")
public class CompanyController {

    private final CompanyService companies;
    private final RegisterImport imports;
    private final FilingSettings settings;

    public CompanyController(CompanyService companies, RegisterImport imports, FilingSettings settings) {
        this.companies = companies;
        this.imports = imports;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Register a company",
            description = "District admins and officers. The credit code is checked against GB 32100 (a wrong one is a "
                    + "400 that says why) and registered once (409 naming existingCompanyId). Publishes "
                    + "PropertyCompanyRegistered.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "409", description = "The credit code is already registered")
    public ResponseEntity<CompanyResponse> register(Caller caller, @RequestBody CompanyRequest request) {
        PropertyCompany company = companies.register(caller, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + company.id())).body(response(company));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a company", description = "Staff; a company user only its own company.")
    public CompanyResponse get(Caller caller, @PathVariable String id) {
        return response(companies.get(caller, id));
    }

    @GetMapping
    @Operation(summary = "List companies", description = "By name. Staff; a company user sees its own company only.")
    public PagedModel<CompanyResponse> list(
            Caller caller,
            @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(companies.list(caller, name, Paging.of(page, size)).map(this::response));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import companies from a spreadsheet",
            description = "District admins and officers. The part 'file' is an XLSX/XLS workbook (sheet 'companies' or "
                    + "'企业', else the first) or a CSV file (UTF-8 or GB18030) whose first row names the columns: name "
                    + "(企业名称), creditCode (统一社会信用代码), contactName (联系人), contactPhone (联系电话), "
                    + "qualificationNotes (资质). Rows are matched by credit code: importing the same file again "
                    + "changes nothing. The report lists each row's outcome and the problems of rejected rows.")
    public ImportReport importCompanies(Caller caller, @RequestPart("file") MultipartFile file) {
        return imports.importCompanies(caller, Uploads.bytes(file));
    }

    private CompanyResponse response(PropertyCompany company) {
        return CompanyResponse.of(company, settings.zone());
    }
}
