package io.estatewatch.reporting.summary.web;

import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.summary.domain.Summary;
import io.estatewatch.servicekit.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/summary}: the figures of api.md, exactly in its shape. */
@RestController
public class SummaryController {

    private final Reports reports;

    public SummaryController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/summary")
    public Summary summary(Caller caller, @ParameterObject ReportQuery query) {
        return reports.figures(caller, query).summary();
    }
}
