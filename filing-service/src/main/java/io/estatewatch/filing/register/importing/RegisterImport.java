package io.estatewatch.filing.register.importing;

import io.estatewatch.filing.Access;
import io.estatewatch.filing.FilingSettings;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.CompanyService;
import io.estatewatch.filing.register.EstateService;
import io.estatewatch.filing.register.domain.CompanyEntry;
import io.estatewatch.filing.register.domain.EstateEntry;
import io.estatewatch.filing.register.importing.ImportReport.Outcome;
import io.estatewatch.filing.register.importing.ImportReport.RowResult;
import io.estatewatch.filing.register.importing.SpreadsheetRows.Sheet;
import io.estatewatch.filing.register.importing.SpreadsheetRows.SheetRow;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports the companies and estates of a spreadsheet the section keeps, row by row, through the same rules and events
 * as the API: rows are matched to the register by their natural key (a company's credit code, an estate's street and
 * name), so importing the same file again changes nothing.
 */
@Service
public class RegisterImport {

    private final CompanyService companies;
    private final EstateService estates;
    private final FilingSettings settings;
    private final Clock clock;

    public RegisterImport(CompanyService companies, EstateService estates, FilingSettings settings, Clock clock) {
        this.companies = companies;
        this.estates = estates;
        this.settings = settings;
        this.clock = clock;
    }

    public ImportReport importCompanies(Caller caller, byte[] file) {
        Access.requireDistrictStaff(caller);
        Sheet sheet = SpreadsheetRows.read(file, List.of("companies", "企业", "物业企业", "物业服务企业"));
        Columns.COMPANIES.requireColumns(sheet.header());
        List<RowResult> results = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Map<String, String> fields = Columns.COMPANIES.fields(sheet.header(), row.cells());
            CompanyEntry.Draft draft = new CompanyEntry.Draft(fields.get("name"), fields.get("creditCode"),
                    fields.get("contactName"), fields.get("contactPhone"), fields.get("qualificationNotes"));
            results.add(importRow(row, fields.get("name"), () -> {
                CompanyService.Registration done = companies.importEntry(caller, CompanyEntry.of(draft));
                return new RowResult(row.number(), done.outcome() == CompanyService.Outcome.REGISTERED
                        ? Outcome.REGISTERED : Outcome.UNCHANGED, done.company().id(), done.company().entry().name(),
                        List.of(), null);
            }));
        }
        return ImportReport.of(Columns.COMPANIES.ignored(sheet.header()), results);
    }

    public ImportReport importEstates(Caller caller, byte[] file) {
        Access.requireDistrictStaff(caller);
        Sheet sheet = SpreadsheetRows.read(file, List.of("estates", "小区", "物业小区", "住宅小区"));
        Columns.ESTATES.requireColumns(sheet.header());
        int thisYear = LocalDate.now(clock.withZone(settings.zone())).getYear();
        List<RowResult> results = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Map<String, String> fields = Columns.ESTATES.fields(sheet.header(), row.cells());
            results.add(importRow(row, fields.get("name"), () -> {
                Problems cells = Problems.of();
                EstateEntry.Draft draft = new EstateEntry.Draft(fields.get("name"), Columns.list(fields.get("aliases")),
                        fields.get("street"), fields.get("community"), fields.get("address"),
                        Columns.wholeNumber(cells, "buildings", fields.get("buildings")),
                        Columns.wholeNumber(cells, "households", fields.get("households")),
                        Columns.number(cells, "floorAreaM2", fields.get("floorAreaM2")),
                        Columns.wholeNumber(cells, "builtYear", fields.get("builtYear")),
                        Columns.yesNo(cells, "closedManagement", fields.get("closedManagement")));
                cells.throwIfAny("The row");
                EstateService.Written done = estates.importEntry(caller, EstateEntry.of(draft, thisYear));
                return new RowResult(row.number(), Outcome.valueOf(done.outcome().name()), done.estate().id(),
                        done.estate().entry().name(), List.of(), null);
            }));
        }
        return ImportReport.of(Columns.ESTATES.ignored(sheet.header()), results);
    }

    private interface RowImport {
        RowResult run();
    }

    private static RowResult importRow(SheetRow row, String name, RowImport work) {
        try {
            return work.run();
        } catch (InvalidInputException invalid) {
            return new RowResult(row.number(), Outcome.REJECTED, null, name, invalid.problems(), invalid.getMessage());
        } catch (ConflictException conflict) {
            return new RowResult(row.number(), Outcome.REJECTED, null, name, List.of(), conflict.getMessage());
        }
    }
}
