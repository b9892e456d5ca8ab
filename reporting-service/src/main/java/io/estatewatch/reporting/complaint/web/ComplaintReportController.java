package io.estatewatch.reporting.complaint.web;

import io.estatewatch.reporting.Access;
import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.complaint.domain.ComplaintFigures;
import io.estatewatch.reporting.complaint.domain.Dimension;
import io.estatewatch.reporting.complaint.domain.JoinedComplaint;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.complaint.domain.Rates;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.time.domain.Granularity;
import io.estatewatch.reporting.time.domain.ReportParameters;
import io.estatewatch.reporting.time.domain.Window;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Complaint breakdowns and the three rates: cut by period (day, month, quarter, half, year, or the whole period) and
 * any of channel, category, street, estate and company.
 */
@RestController
public class ComplaintReportController {

    private final Reports reports;

    public ComplaintReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/complaints")
    public Breakdown complaints(Caller caller, @ParameterObject ReportQuery query,
                                @RequestParam(required = false) String granularity,
                                @RequestParam(required = false) String groupBy) {
        Granularity cut = ReportParameters.granularity(granularity);
        return breakdown(caller, query, cut, dimensions(groupBy));
    }

    /** The rates per {@code level}: district (default), street, estate or company. */
    @GetMapping("/api/v1/reports/rates")
    public Breakdown rates(Caller caller, @ParameterObject ReportQuery query,
                           @RequestParam(required = false) String level,
                           @RequestParam(required = false) String granularity) {
        Granularity cut = granularity == null || granularity.isBlank() ? Granularity.PERIOD
                : ReportParameters.granularity(granularity);
        List<Dimension> dimensions = switch (level == null || level.isBlank() ? "district" : level.trim()) {
            case "district" -> List.of();
            case "street" -> List.of(Dimension.STREET);
            case "estate" -> List.of(Dimension.ESTATE);
            case "company" -> List.of(Dimension.COMPANY);
            default -> throw InvalidInputException.of("level", "must be one of district, street, estate, company");
        };
        return breakdown(caller, query, cut, dimensions);
    }

    private Breakdown breakdown(Caller caller, @ParameterObject ReportQuery query, Granularity cut, List<Dimension> dimensions) {
        Scope scope = Access.reportScope(caller, query.street(), query.district());
        RateFormula formula = RateFormula.of(query.formula());
        Window window = reports.window(query);
        Facts facts = reports.facts(window);
        Register register = facts.register();
        List<JoinedComplaint> counted = ComplaintFigures.inWindow(facts.complaints(), register, window, scope);
        List<Map<String, Object>> groups = new ArrayList<>();
        for (ComplaintFigures.Group group : ComplaintFigures.breakdown(counted, window, cut, dimensions, formula)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("period", group.period());
            group.values().forEach((dimension, value) -> {
                row.put(dimension.code(), value);
                label(dimension, value, register, window).ifPresent(l -> row.put(dimension.code() + "Label", l));
            });
            ComplaintFigures.Totals t = group.totals();
            row.put("received", t.total());
            row.put("closed", t.closed());
            row.put("overdue", t.overdue());
            row.put("merged", t.merged());
            row.put("urged", t.urged());
            row.put("rates", RatesView.of(t.rates()));
            groups.add(row);
        }
        return new Breakdown(new Period(window.from().toString(), window.to().toString()), cut.code(),
                dimensions.stream().map(Dimension::code).toList(), formula.version(),
                window.asOfGiven() ? window.asOfInZone().toString() : null, groups);
    }

    private static java.util.Optional<String> label(Dimension dimension, String value, Register register,
                                                    Window window) {
        if (Dimension.UNKNOWN.equals(value)) {
            return java.util.Optional.empty();
        }
        return switch (dimension) {
            case CHANNEL -> java.util.Optional.of(
                    io.estatewatch.events.complaint.Channel.valueOf(value).labelZh());
            case CATEGORY -> java.util.Optional.of(
                    io.estatewatch.events.complaint.ComplaintCategory.valueOf(value).labelZh());
            case ESTATE -> register.estateName(value, window.asOf());
            case COMPANY -> register.companyName(value);
            case STREET -> java.util.Optional.empty();
        };
    }

    static List<Dimension> dimensions(String groupBy) {
        List<Dimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        for (String part : groupBy.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            Dimension dimension = ReportParameters.code("groupBy", part, Dimension.class);
            if (!dimensions.contains(dimension)) {
                dimensions.add(dimension);
            }
        }
        return dimensions;
    }

    public record Period(String from, String to) {
    }

    public record Breakdown(Period period, String granularity, List<String> groupBy, String formula, String asOf,
                            List<Map<String, Object>> groups) {
    }

    /** The rates and the counts they come from. */
    public record RatesView(Double response, Double resolution, Double satisfaction, long considered,
                            long responded, long resolved, long rated, long satisfied) {

        static RatesView of(Rates rates) {
            return new RatesView(rates.response(), rates.resolution(), rates.satisfaction(), rates.considered(),
                    rates.responded(), rates.resolved(), rates.rated(), rates.satisfied());
        }
    }
}
