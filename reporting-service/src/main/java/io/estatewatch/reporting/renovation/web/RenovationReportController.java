package io.estatewatch.reporting.renovation.web;

import io.estatewatch.reporting.Access;
import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.renovation.domain.ProjectRow;
import io.estatewatch.reporting.renovation.domain.RenovationFigures;
import io.estatewatch.reporting.summary.domain.Numbers;
import io.estatewatch.reporting.time.domain.Window;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.events.renovation.Milestone;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renovation progress: the projects planned in the period, their milestones, funding, and which are late. */
@RestController
public class RenovationReportController {

    private final Reports reports;

    public RenovationReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/renovation")
    public RenovationReport renovation(Caller caller, @ParameterObject ReportQuery query) {
        Scope scope = Access.reportScope(caller, query.street(), query.district());
        Window window = reports.window(query);
        Facts facts = reports.facts(window);
        List<ProjectRow> planned = RenovationFigures.planned(facts.projects(), facts.register(), window, scope);
        RenovationFigures.Totals t = RenovationFigures.totals(planned, window);
        Map<String, Long> byType = new LinkedHashMap<>();
        t.byType().forEach((type, n) -> byType.put(type.name(), n));
        Map<String, Long> reached = new LinkedHashMap<>();
        t.reachedByMilestone().forEach((m, n) -> reached.put(m.name(), n));
        Map<String, Number> funding = new LinkedHashMap<>();
        t.funding().forEach((source, amount) -> funding.put(source.name(), Numbers.plain(amount)));
        Totals totals = new Totals(t.projects(), t.estates(), Numbers.plain(t.floorAreaM2()), t.households(),
                t.centralSubsidyProjects(), t.lateProjects(), byType, reached, funding);
        List<Project> projects = planned.stream().map(p -> project(p, facts.register(), window)).toList();
        return new RenovationReport(window.from().toString(), window.to().toString(),
                window.asOfGiven() ? window.asOfInZone().toString() : null, totals, projects);
    }

    private static Project project(ProjectRow p, Register register, Window window) {
        Instant asOf = window.asOf();
        List<Estate> estates = p.estateIds().stream().map(id -> new Estate(id,
                register.estateName(id, asOf).orElse(null), register.streetOf(id, asOf).orElse(null))).toList();
        List<MilestoneView> milestones = p.reachedBy(asOf).stream().map(m -> new MilestoneView(
                m.milestone() == null ? null : m.milestone().name(),
                m.milestone() == null ? null : m.milestone().labelZh(), m.at(), m.plannedAt(), m.late())).toList();
        Milestone furthest = p.furthest(asOf).orElse(null);
        BigDecimal progress = furthest == null ? BigDecimal.ZERO
                : BigDecimal.valueOf(furthest.ordinal() + 1).divide(BigDecimal.valueOf(Milestone.values().length), 4,
                RoundingMode.HALF_UP);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        p.funding().stream().filter(f -> window.stood(f.at()) && f.source() != null && f.amount() != null)
                .forEach(f -> sums.merge(f.source().name(), f.amount(), BigDecimal::add));
        Map<String, Number> funding = new LinkedHashMap<>();
        sums.forEach((source, amount) -> funding.put(source, Numbers.plain(amount)));
        return new Project(p.id(), p.programme(), p.programmeTitle(), estates, p.type() == null ? null
                : p.type().name(), Numbers.plain(BigDecimal.valueOf(p.floorAreaM2())), p.households(),
                p.centralSubsidy(), p.plannedAt(), milestones, furthest == null ? null : furthest.name(),
                Numbers.plain(progress), p.lateBy(asOf), funding);
    }

    public record RenovationReport(String from, String to, String asOf, Totals totals, List<Project> projects) {
    }

    public record Totals(long projects, long estates, Number floorAreaM2, long households,
                         long centralSubsidyProjects, long lateProjects, Map<String, Long> byType,
                         Map<String, Long> reachedByMilestone, Map<String, Number> funding) {
    }

    public record Project(String id, String programme, String programmeTitle, List<Estate> estates, String type,
                          Number floorAreaM2, int households, boolean centralSubsidy, Instant plannedAt,
                          List<MilestoneView> milestones, String furthestMilestone, Number progress, boolean late,
                          Map<String, Number> funding) {
    }

    public record Estate(String id, String name, String street) {
    }

    public record MilestoneView(String milestone, String label, Instant at, Instant plannedAt, boolean late) {
    }
}
