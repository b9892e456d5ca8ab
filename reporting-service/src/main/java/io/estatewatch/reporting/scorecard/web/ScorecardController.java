package io.estatewatch.reporting.scorecard.web;

import io.estatewatch.reporting.Access;
import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.scorecard.domain.CompanyScorecard;
import io.estatewatch.reporting.time.domain.Window;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Property-company scorecards (scorecard v1): district staff see every company, a company user its own. */
@RestController
public class ScorecardController {

    private final Reports reports;

    public ScorecardController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/scorecards")
    public Scorecards scorecards(Caller caller, @ParameterObject ReportQuery query) {
        return cards(Access.scorecardScope(caller, null, query.district()), query);
    }

    @GetMapping("/api/v1/reports/scorecards/{companyId}")
    public CompanyScorecard scorecard(Caller caller, @PathVariable String companyId, @ParameterObject ReportQuery query) {
        Scope scope = Access.scorecardScope(caller, companyId, query.district()).withCompany(companyId);
        return cards(scope, query).companies().stream().findFirst()
                .orElseThrow(() -> ResourceNotFoundException.of("Company", companyId));
    }

    private Scorecards cards(Scope scope, @ParameterObject ReportQuery query) {
        RateFormula rates = RateFormula.of(query.formula());
        Window window = reports.window(query);
        Facts facts = reports.facts(window);
        return new Scorecards(window.from().toString(), window.to().toString(),
                window.asOfGiven() ? window.asOfInZone().toString() : null, CompanyScorecard.VERSION,
                rates.version(), CompanyScorecard.all(facts, window, scope, rates));
    }

    public record Scorecards(String from, String to, String asOf, String version, String formula,
                             List<CompanyScorecard> companies) {
    }
}
