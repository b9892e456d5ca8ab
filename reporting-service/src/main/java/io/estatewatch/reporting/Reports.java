package io.estatewatch.reporting;

import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.facts.FactsStore;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.summary.domain.Figures;
import io.estatewatch.reporting.time.domain.ReportParameters;
import io.estatewatch.reporting.time.domain.Window;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;

/** The application service every report goes through: reads the window, loads the facts, computes the figures. */
@Component
public class Reports {

    private final FactsStore facts;
    private final ZoneId zone;
    private final Clock clock;

    public Reports(FactsStore facts, @Value("${estatewatch.zone:Asia/Shanghai}") String zone) {
        this.facts = facts;
        this.zone = ZoneId.of(zone);
        this.clock = Clock.systemUTC();
    }

    public Window window(String from, String to, String asOf) {
        return ReportParameters.window(from, to, asOf, zone, clock);
    }

    public Window window(ReportQuery query) {
        return window(query.from(), query.to(), query.asOf());
    }

    /** The figures a staff report shows, scoped to what the caller may see. */
    public Figures figures(Caller caller, ReportQuery query) {
        Scope scope = Access.reportScope(caller, query.street(), query.district());
        RateFormula.of(query.formula());
        return figures(window(query), scope, query.formula());
    }

    public Facts facts(Window window) {
        return facts.load(window);
    }

    public Figures figures(Window window, Scope scope, String formula) {
        RateFormula rates = RateFormula.of(formula);
        return Figures.of(facts(window), window, scope, rates);
    }

    public ZoneId zone() {
        return zone;
    }
}
