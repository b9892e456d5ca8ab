package io.estatewatch.reporting.filing.web;

import io.estatewatch.reporting.Access;
import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.filing.domain.FilingFigures;
import io.estatewatch.reporting.time.domain.Window;
import io.estatewatch.servicekit.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Filings per type: submitted, returned, approved (completed), rejected, and the average review time. */
@RestController
public class FilingReportController {

    private final Reports reports;

    public FilingReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/filings")
    public FilingReport filings(Caller caller, @ParameterObject ReportQuery query) {
        Scope scope = Access.reportScope(caller, query.street(), query.district());
        Window window = reports.window(query);
        Facts facts = reports.facts(window);
        Map<String, PerType> byType = new LinkedHashMap<>();
        FilingFigures.perType(facts.filings(), facts.register(), window, scope).forEach((type, f) ->
                byType.put(type.name(), new PerType(type.labelZh(), f.submitted(), f.returned(), f.approved(),
                        f.rejected(), f.averageReviewDays())));
        return new FilingReport(window.from().toString(), window.to().toString(),
                window.asOfGiven() ? window.asOfInZone().toString() : null, byType);
    }

    public record FilingReport(String from, String to, String asOf, Map<String, PerType> byType) {
    }

    public record PerType(String label, long submitted, long returned, long approved, long rejected,
                          BigDecimal averageReviewDays) {
    }

}
