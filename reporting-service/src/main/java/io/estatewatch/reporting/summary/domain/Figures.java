package io.estatewatch.reporting.summary.domain;

import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.reporting.assessment.domain.AssessmentFigures;
import io.estatewatch.reporting.assessment.domain.SupplyTotals;
import io.estatewatch.reporting.complaint.domain.ComplaintFigures;
import io.estatewatch.reporting.complaint.domain.JoinedComplaint;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.filing.domain.FilingFigures;
import io.estatewatch.reporting.renovation.domain.ProjectRow;
import io.estatewatch.reporting.renovation.domain.RenovationFigures;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a window, computed once from the facts: the summary JSON, the work summary's sentences and the
 * dashboard all read these.
 */
public record Figures(Window window, Scope scope, RateFormula formula, List<JoinedComplaint> complaintsCounted,
                      ComplaintFigures.Totals complaints, Map<FilingType, FilingFigures.PerType> filings,
                      List<ProjectRow> projectsPlanned, RenovationFigures.Totals renovation,
                      AssessmentFigures.Totals assessment, Map<String, Map<SupplyUnit, BigDecimal>> supplies,
                      Map<RecipientType, Long> outreach, Facts facts) {

    public static Figures of(Facts facts, Window window, Scope scope, RateFormula formula) {
        List<JoinedComplaint> counted = ComplaintFigures.inWindow(facts.complaints(), facts.register(), window, scope);
        List<ProjectRow> planned = RenovationFigures.planned(facts.projects(), facts.register(), window, scope);
        return new Figures(window, scope, formula, counted, ComplaintFigures.totals(counted, window, formula),
                FilingFigures.perType(facts.filings(), facts.register(), window, scope), planned,
                RenovationFigures.totals(planned, window), AssessmentFigures.totals(facts, window, scope),
                SupplyTotals.perItemAndUnit(facts.supplies(), window, scope),
                SupplyTotals.outreach(facts.outreach(), window, scope), facts);
    }

    /** The api.md summary of these figures. */
    public Summary summary() {
        Map<String, Long> byChannel = new LinkedHashMap<>();
        complaints.byChannel().forEach((channel, n) -> byChannel.put(channel.name(), n));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        complaints.byCategory().forEach((category, n) -> byCategory.put(category.name(), n));
        Map<String, Long> completed = new LinkedHashMap<>();
        Map<String, Long> submitted = new LinkedHashMap<>();
        filings.forEach((type, f) -> {
            completed.put(type.name(), f.approved());
            submitted.put(type.name(), f.submitted());
        });
        Map<String, Number> suppliesPerItem = new LinkedHashMap<>();
        SupplyTotals.perItem(supplies).forEach((item, quantity) -> suppliesPerItem.put(item, Numbers.plain(quantity)));
        return new Summary(
                new Summary.Period(window.from().toString(), window.to().toString()),
                new Summary.Complaints(complaints.total(), byChannel, byCategory,
                        new Summary.Rates(complaints.rates().response(), complaints.rates().resolution(),
                                complaints.rates().satisfaction()),
                        complaints.overdue()),
                new Summary.Filings(completed, submitted),
                new Summary.Renovation(renovation.projects(), Numbers.plain(renovation.floorAreaM2()),
                        renovation.households(), renovation.centralSubsidyProjects()),
                new Summary.Assessment(assessment.estatesScored(), assessment.below60(), assessment.interviews(),
                        assessment.rectificationsOrdered(), assessment.rectificationsVerified()),
                suppliesPerItem,
                new Summary.Outreach(SupplyTotals.copies(outreach)),
                formula.version(),
                window.asOfGiven() ? window.asOfInZone().toString() : null);
    }
}
