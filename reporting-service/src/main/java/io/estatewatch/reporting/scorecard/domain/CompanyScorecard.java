package io.estatewatch.reporting.scorecard.domain;

import io.estatewatch.reporting.assessment.domain.RectificationRow;
import io.estatewatch.reporting.assessment.domain.ScoreRow;
import io.estatewatch.reporting.complaint.domain.ComplaintFigures;
import io.estatewatch.reporting.complaint.domain.JoinedComplaint;
import io.estatewatch.reporting.complaint.domain.RateFormula;
import io.estatewatch.reporting.complaint.domain.Rates;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.filing.domain.FilingRow;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A property company's scorecard (scorecard v1): its complaints and their rates, its estates' assessment scores, its
 * failed rectifications and its filings, joined into one score from 0 to 100 and a grade.
 *
 * <p>Five components, each counted only when the company has facts of that kind in the window, so that a company is
 * not rewarded or punished for what did not happen:
 * <ol>
 * <li>complaint rates, 40 points: 40 × (0.3 response + 0.3 resolution + 0.4 satisfaction), the weights of the rates
 * that exist (no callback: no satisfaction) scaled to 1;</li>
 * <li>deadlines, 10 points: 10 × (1 − overdue ÷ received);</li>
 * <li>assessment, 30 points: 30 × average score ÷ 100;</li>
 * <li>rectifications, 10 points: 10 × (1 − orders failed at a re-inspection ÷ orders issued);</li>
 * <li>filings, 10 points: 10 × approved ÷ decided.</li>
 * </ol>
 * Score = 100 × points earned ÷ points available, one decimal; no component, no score. Grade A from 90, B from 75,
 * C from 60, D below; an estate of the company under 60 in the window caps the grade at C.
 */
public record CompanyScorecard(String companyId, String companyName, BigDecimal score, String grade,
                               List<Component> components, long complaints, Rates rates, long overdue,
                               long estatesScored, BigDecimal averageScore, long below60,
                               long rectificationsOrdered, long rectificationsFailed, long filingsApproved,
                               long filingsRejected, long filingsReturned) {

    public static final String VERSION = "scorecard-v1";

    /** One part of the score. */
    public record Component(String name, BigDecimal earned, int available) {
    }

    /** The scorecards of every company that has facts in the window (or of {@code scope}'s company only). */
    public static List<CompanyScorecard> all(Facts facts, Window window, Scope scope, RateFormula formula) {
        Set<String> companies = new LinkedHashSet<>();
        facts.register().companies().forEach(c -> companies.add(c.id()));
        List<JoinedComplaint> complaints = ComplaintFigures.inWindow(facts.complaints(), facts.register(), window,
                scope.withCompany(null));
        complaints.forEach(c -> add(companies, c.companyId()));
        facts.scores().forEach(s -> add(companies, s.companyId()));
        facts.rectifications().forEach(r -> add(companies, r.companyId()));
        facts.filings().forEach(f -> add(companies, f.companyId()));
        List<CompanyScorecard> cards = new ArrayList<>();
        for (String company : companies) {
            if (!scope.company(company)) {
                continue;
            }
            CompanyScorecard card = of(company, facts, complaints, window, scope, formula);
            if (card.hasFacts() || facts.register().companyName(company).isPresent()) {
                cards.add(card);
            }
        }
        cards.sort(Comparator.comparing(CompanyScorecard::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CompanyScorecard::companyId));
        return cards;
    }

    static CompanyScorecard of(String company, Facts facts, List<JoinedComplaint> allComplaints, Window window,
                               Scope scope, RateFormula formula) {
        Register register = facts.register();
        Instant asOf = window.asOf();
        List<JoinedComplaint> own = allComplaints.stream().filter(c -> company.equals(c.companyId())).toList();
        ComplaintFigures.Totals totals = ComplaintFigures.totals(own, window, formula);
        List<Component> components = new ArrayList<>();
        Rates rates = totals.rates();
        if (rates.considered() > 0) {
            double weighted = 0;
            double weights = 0;
            if (rates.response() != null) {
                weighted += 0.3 * rates.response();
                weights += 0.3;
            }
            if (rates.resolution() != null) {
                weighted += 0.3 * rates.resolution();
                weights += 0.3;
            }
            if (rates.satisfaction() != null) {
                weighted += 0.4 * rates.satisfaction();
                weights += 0.4;
            }
            components.add(new Component("complaintRates", points(40 * weighted / weights), 40));
        }
        if (totals.total() > 0) {
            components.add(new Component("deadlines",
                    points(10 * (1 - (double) totals.overdue() / totals.total())), 10));
        }
        long scored = 0;
        long below = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (ScoreRow score : facts.scores()) {
            String owner = score.companyId() != null ? score.companyId()
                    : score.firstScoredAt().flatMap(at -> register.companyOf(score.estateId(), at)).orElse(null);
            if (!company.equals(owner) || !scope.district(score.districtId())
                    || score.firstScoredAt().filter(window::counts).isEmpty()) {
                continue;
            }
            Optional<ScoreRow.Version> version = score.at(asOf);
            if (version.isEmpty() || version.get().total() == null) {
                continue;
            }
            scored++;
            sum = sum.add(version.get().total());
            if (ScoreRow.below(version.get().total())) {
                below++;
            }
        }
        BigDecimal average = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        if (average != null) {
            components.add(new Component("assessment",
                    points(30 * Math.min(100, average.doubleValue()) / 100), 30));
        }
        long ordered = 0;
        long failed = 0;
        for (RectificationRow order : facts.rectifications()) {
            if (company.equals(order.companyId()) && scope.district(order.districtId())
                    && window.counts(order.orderedAt())) {
                ordered++;
                if (order.failedBy(asOf)) {
                    failed++;
                }
            }
        }
        if (ordered > 0) {
            components.add(new Component("rectifications", points(10 * (1 - (double) failed / ordered)), 10));
        }
        long approved = 0;
        long rejected = 0;
        long returned = 0;
        for (FilingRow filing : facts.filings()) {
            if (!company.equals(filing.companyId()) || !scope.district(filing.districtId())) {
                continue;
            }
            returned += filing.returns().stream().filter(window::counts).count();
            if (filing.decision() != null && window.counts(filing.decidedAt())) {
                if (filing.approved()) {
                    approved++;
                } else {
                    rejected++;
                }
            }
        }
        if (approved + rejected > 0) {
            components.add(new Component("filings", points(10.0 * approved / (approved + rejected)), 10));
        }
        BigDecimal earned = components.stream().map(Component::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
        int available = components.stream().mapToInt(Component::available).sum();
        BigDecimal score = available == 0 ? null
                : earned.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(available), 1,
                RoundingMode.HALF_UP);
        return new CompanyScorecard(company, register.companyName(company).orElse(null), score,
                grade(score, below > 0), List.copyOf(components), totals.total(), rates, totals.overdue(), scored,
                average, below, ordered, failed, approved, rejected, returned);
    }

    /** A from 90, B from 75, C from 60, D below; an estate under 60 caps the grade at C; no score, no grade. */
    public static String grade(BigDecimal score, boolean estateBelow60) {
        if (score == null) {
            return null;
        }
        String grade = score.compareTo(BigDecimal.valueOf(90)) >= 0 ? "A"
                : score.compareTo(BigDecimal.valueOf(75)) >= 0 ? "B"
                : score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "C" : "D";
        if (estateBelow60 && (grade.equals("A") || grade.equals("B"))) {
            return "C";
        }
        return grade;
    }

    private boolean hasFacts() {
        return score != null || complaints > 0 || filingsReturned > 0;
    }

    private static BigDecimal points(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static void add(Set<String> companies, String company) {
        if (company != null) {
            companies.add(company);
        }
    }

}
