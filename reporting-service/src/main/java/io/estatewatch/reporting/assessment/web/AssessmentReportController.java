package io.estatewatch.reporting.assessment.web;

import io.estatewatch.reporting.Access;
import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.assessment.domain.AssessmentFigures;
import io.estatewatch.reporting.assessment.domain.SupplyTotals;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.summary.domain.Numbers;
import io.estatewatch.reporting.time.domain.Window;
import io.estatewatch.servicekit.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Civilised-city supervision: each round's distribution and ranking and its estates under 60; interviews,
 * rectifications, fire lanes, disorder cases by type and step; epidemic checks, supplies per item and unit, outreach.
 */
@RestController
public class AssessmentReportController {

    private final Reports reports;

    public AssessmentReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/assessment")
    public AssessmentReport assessment(Caller caller, @ParameterObject ReportQuery query) {
        Scope scope = Access.reportScope(caller, query.street(), query.district());
        Window window = reports.window(query);
        Facts facts = reports.facts(window);
        Map<String, Map<String, Number>> supplies = new LinkedHashMap<>();
        SupplyTotals.perItemAndUnit(facts.supplies(), window, scope).forEach((item, units) -> {
            Map<String, Number> perUnit = new LinkedHashMap<>();
            units.forEach((unit, quantity) -> perUnit.put(unit == null ? "UNKNOWN" : unit.name(),
                    Numbers.plain(quantity)));
            supplies.put(item, perUnit);
        });
        Map<String, Long> outreach = new LinkedHashMap<>();
        SupplyTotals.outreach(facts.outreach(), window, scope).forEach((type, n) -> outreach.put(type.name(), n));
        return new AssessmentReport(window.from().toString(), window.to().toString(),
                window.asOfGiven() ? window.asOfInZone().toString() : null,
                AssessmentFigures.totals(facts, window, scope), AssessmentFigures.rounds(facts, window, scope),
                supplies, outreach);
    }

    public record AssessmentReport(String from, String to, String asOf, AssessmentFigures.Totals totals,
                                   List<AssessmentFigures.RoundReport> rounds,
                                   Map<String, Map<String, Number>> supplies, Map<String, Long> outreach) {
    }
}
