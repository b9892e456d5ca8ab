package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Complaint;
import io.estatewatch.local.demo.DistrictPlan.FireLaneCheck;
import io.estatewatch.local.demo.DistrictPlan.Filing;
import io.estatewatch.local.demo.DistrictPlan.ReInspection;
import io.estatewatch.local.demo.DistrictPlan.RenovationProject;
import io.estatewatch.local.demo.DistrictPlan.Score;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a loaded plan must make the platform's summary show for the plan's period, counted from the plan by the
 * summary's own rules (api.md): a complaint in the period of its receipt, a filing completed in the period of its
 * approval, a renovation project in the period it was planned, supplies and copies by their date.
 */
public record PlanFigures(
        int estates,
        int complaints,
        Map<String, Integer> complaintsByChannel,
        Map<String, Integer> complaintsByCategory,
        Map<String, Integer> complaintsByFinalStatus,
        Map<String, Integer> filingsCompleted,
        Map<String, Integer> filingsSubmitted,
        int renovationProjects,
        long renovationFloorAreaM2,
        int renovationHouseholds,
        int centralSubsidyProjects,
        int estatesScored,
        int below60,
        int interviewsHeld,
        int rectificationsOrdered,
        int rectificationsVerified,
        int rectificationsFailed,
        int fireLaneEstates,
        int fireLaneInspections,
        int disorderCases,
        int disorderCasesClosed,
        int epidemicEstates,
        Map<String, Integer> supplies,
        int regulationCopies) {

    static PlanFigures of(DistrictPlan plan) {
        Map<String, Integer> byChannel = zeros(DemoFigures.CHANNELS);
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        int complaints = 0;
        for (Complaint c : plan.complaints()) {
            if (plan.inPeriod(c.receivedAt())) {
                complaints++;
                byChannel.merge(c.channel(), 1, Integer::sum);
                byCategory.merge(c.category(), 1, Integer::sum);
                byStatus.merge(c.finalStatus(), 1, Integer::sum);
            }
        }
        Map<String, Integer> completed = zeros(DemoFigures.FILING_TYPES);
        Map<String, Integer> submitted = zeros(DemoFigures.FILING_TYPES);
        for (Filing f : plan.filings()) {
            if (plan.inPeriod(f.submittedAt())) {
                submitted.merge(f.type(), 1, Integer::sum);
            }
            if (f.approval().filter(a -> plan.inPeriod(a.at())).isPresent()) {
                completed.merge(f.type(), 1, Integer::sum);
            }
        }
        List<RenovationProject> projects = plan.renovation().projects().stream()
                .filter(p -> plan.inPeriod(p.plannedAt())).toList();
        List<Score> scores = plan.assessment().scores().stream().filter(s -> plan.inPeriod(s.at())).toList();
        BigDecimal threshold = plan.assessment().round().threshold();
        int below = (int) scores.stream().filter(s -> s.total().compareTo(threshold) < 0).count();
        int held = (int) plan.assessment().interviews().stream().filter(i -> plan.inPeriod(i.heldAt())).count();
        List<ReInspection> reInspections = plan.assessment().rectifications().stream()
                .flatMap(r -> r.reInspections().stream()).filter(r -> plan.inPeriod(r.at())).toList();
        List<FireLaneCheck> lanes = plan.fireLaneChecks().stream().filter(l -> plan.inPeriod(l.at())).toList();
        Map<String, Integer> supplies = new LinkedHashMap<>();
        plan.supplies().stream().filter(s -> plan.inPeriod(s.at()))
                .forEach(s -> supplies.merge(s.item(), s.quantity(), Integer::sum));
        return new PlanFigures(
                plan.estates().size(),
                complaints, byChannel, byCategory, byStatus, completed, submitted,
                projects.size(),
                Math.round(projects.stream().mapToDouble(RenovationProject::floorAreaM2).sum()),
                projects.stream().mapToInt(RenovationProject::households).sum(),
                (int) projects.stream().filter(RenovationProject::centralSubsidy).count(),
                scores.size(), below, held, below,
                (int) reInspections.stream().filter(r -> r.outcome().equals("VERIFIED")).count(),
                (int) reInspections.stream().filter(r -> r.outcome().equals("FAILED")).count(),
                (int) lanes.stream().map(FireLaneCheck::estateKey).distinct().count(),
                lanes.size(),
                (int) plan.disorderCases().stream().filter(d -> plan.inPeriod(d.steps().get(0).at())).count(),
                (int) plan.disorderCases().stream().filter(d -> d.closedAt() != null && plan.inPeriod(d.closedAt())).count(),
                (int) plan.epidemicChecks().stream().filter(e -> plan.inPeriod(e.at())).map(e -> e.estateKey())
                        .distinct().count(),
                supplies,
                plan.outreach().stream().filter(o -> plan.inPeriod(o.at())).mapToInt(o -> o.copies()).sum());
    }

    private static Map<String, Integer> zeros(List<String> keys) {
        Map<String, Integer> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0));
        return map;
    }

    /** The figures as the summary's sections would name them, one line each, for the console and the docs. */
    public List<String> lines() {
        return List.of(
                "estates            " + estates,
                "complaints         " + complaints + " " + complaintsByChannel,
                "filings completed  " + filingsCompleted,
                "filings submitted  " + filingsSubmitted,
                "renovation         " + renovationProjects + " projects, " + renovationFloorAreaM2 + " m², "
                        + renovationHouseholds + " households, " + centralSubsidyProjects + " with the central subsidy",
                "assessment         " + estatesScored + " scored, " + below60 + " under 60, " + interviewsHeld
                        + " interviews, " + rectificationsOrdered + " rectifications (" + rectificationsVerified
                        + " verified, " + rectificationsFailed + " failed re-inspections)",
                "fire lanes         " + fireLaneInspections + " inspections of " + fireLaneEstates + " estates",
                "disorder cases     " + disorderCases + " (" + disorderCasesClosed + " closed)",
                "epidemic checks    " + epidemicEstates + " estates",
                "supplies           " + supplies,
                "regulation copies  " + regulationCopies);
    }
}
