package io.estatewatch.reporting.assessment.domain;

import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.time.domain.Window;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Civilised-city supervision figures of a window. Each fact counts in the period it happened: a score when the estate
 * was first scored in its round, an exposure when it was exposed, an interview when held, an order when issued, a
 * verification or failure when the re-inspection found it, an inspection, a disorder case when opened, a check when
 * recorded. Totals, steps and closures count as they stood at {@code asOf}.
 */
public final class AssessmentFigures {

    /** The buckets of the score distribution, from the lowest. */
    public static final List<String> BUCKETS = List.of("<60", "60-69", "70-79", "80-89", "90-100");

    private AssessmentFigures() {
    }

    public static Totals totals(Facts facts, Window window, Scope scope) {
        Register register = facts.register();
        Instant asOf = window.asOf();
        List<RoundRow> opened = facts.rounds().stream()
                .filter(r -> scope.district(r.districtId()) && window.counts(r.openedAt())).toList();
        List<RoundRow> published = facts.rounds().stream()
                .filter(r -> scope.district(r.districtId()) && window.counts(r.publishedAt()))
                .sorted(Comparator.comparing(RoundRow::publishedAt)).toList();
        long scored = 0;
        long below = 0;
        List<String> belowEstates = new ArrayList<>();
        long exposed = 0;
        List<String> exposedEstates = new ArrayList<>();
        for (ScoreRow score : facts.scores()) {
            if (!scoreInScope(score, register, asOf, scope)) {
                continue;
            }
            if (score.firstScoredAt().filter(window::counts).isPresent()) {
                scored++;
                Optional<ScoreRow.Version> version = score.at(asOf);
                if (version.isPresent() && ScoreRow.below(version.get().total())) {
                    below++;
                    belowEstates.add(score.estateId());
                }
            }
            if (window.counts(score.exposedAt())) {
                exposed++;
                exposedEstates.add(score.estateId());
            }
        }
        long interviews = facts.interviews().stream()
                .filter(i -> window.counts(i.heldAt()) && scope.district(i.districtId())
                        && scope.company(i.companyId())
                        && scope.street(i.street() != null ? i.street()
                        : register.streetOf(i.estateId(), asOf).orElse(null)))
                .count();
        long ordered = 0;
        long verified = 0;
        long failed = 0;
        for (RectificationRow order : facts.rectifications()) {
            if (!scope.district(order.districtId()) || !scope.company(order.companyId())
                    || !scope.street(register.streetOf(order.estateId(), asOf).orElse(null))) {
                continue;
            }
            if (window.counts(order.orderedAt())) {
                ordered++;
            }
            if (window.counts(order.verifiedAt())) {
                verified++;
            }
            if (order.failures().stream().anyMatch(window::counts)) {
                failed++;
            }
        }
        long inspections = 0;
        Set<String> inspectedEstates = new LinkedHashSet<>();
        Map<String, FireLaneRow> latestPerEstate = new LinkedHashMap<>();
        for (FireLaneRow inspection : facts.fireLanes()) {
            if (!window.counts(inspection.inspectedAt()) || !located(inspection.districtId(), inspection.estateId(),
                    register, window, scope)) {
                continue;
            }
            inspections++;
            inspectedEstates.add(inspection.estateId());
            latestPerEstate.merge(inspection.estateId(), inspection,
                    (a, b) -> b.inspectedAt().isAfter(a.inspectedAt()) ? b : a);
        }
        long gaps = latestPerEstate.values().stream().filter(FireLaneRow::gap).count();
        long quality = latestPerEstate.values().stream().filter(FireLaneRow::qualityProblem).count();
        Map<String, Long> byType = new TreeMap<>();
        Map<DisorderStep, Long> byStep = new EnumMap<>(DisorderStep.class);
        Map<DisorderStep, Long> reachedStep = new EnumMap<>(DisorderStep.class);
        for (DisorderStep step : DisorderStep.values()) {
            byStep.put(step, 0L);
            reachedStep.put(step, 0L);
        }
        long cases = 0;
        long casesClosed = 0;
        for (DisorderCaseRow disorder : facts.disorderCases()) {
            if (disorder.openedAt().filter(window::counts).isEmpty()
                    || !located(disorder.districtId(), disorder.estateId(), register, window, scope)) {
                continue;
            }
            cases++;
            byType.merge(disorder.disorderType() == null ? "UNKNOWN" : disorder.disorderType(), 1L, Long::sum);
            disorder.stepAt(asOf).ifPresent(step -> byStep.merge(step, 1L, Long::sum));
            for (DisorderStep step : DisorderStep.values()) {
                if (disorder.reached(step, asOf)) {
                    reachedStep.merge(step, 1L, Long::sum);
                }
            }
            if (disorder.closedBy(asOf)) {
                casesClosed++;
            }
        }
        Set<String> checkedEstates = new LinkedHashSet<>();
        long checks = 0;
        for (EpidemicCheckRow check : facts.epidemicChecks()) {
            if (window.counts(check.checkedAt()) && located(check.districtId(), check.estateId(), register, window,
                    scope)) {
                checks++;
                checkedEstates.add(check.estateId());
            }
        }
        return new Totals(opened.size(), published.stream().map(RoundRow::name).toList(), scored, below,
                belowEstates, exposed, exposedEstates, interviews, ordered, verified, failed, inspections,
                inspectedEstates.size(), gaps, quality, cases, casesClosed, byType, byStep, reachedStep,
                checks, checkedEstates.size());
    }

    /** The report of each round that was opened, scored or published in the window. */
    public static List<RoundReport> rounds(Facts facts, Window window, Scope scope) {
        Register register = facts.register();
        Instant asOf = window.asOf();
        Map<String, List<ScoreRow>> scoresByRound = new LinkedHashMap<>();
        for (ScoreRow score : facts.scores()) {
            if (scoreInScope(score, register, asOf, scope) && score.at(asOf).isPresent()) {
                scoresByRound.computeIfAbsent(score.roundId(), k -> new ArrayList<>()).add(score);
            }
        }
        List<RoundReport> reports = new ArrayList<>();
        for (RoundRow round : facts.rounds()) {
            List<ScoreRow> scores = scoresByRound.getOrDefault(round.id(), List.of());
            boolean relevant = window.counts(round.openedAt()) || window.counts(round.publishedAt())
                    || scores.stream().anyMatch(s -> s.firstScoredAt().filter(window::counts).isPresent());
            if (!relevant || !scope.district(round.districtId())) {
                continue;
            }
            reports.add(report(round, scores, register, asOf));
        }
        reports.sort(Comparator.comparing(RoundReport::openedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RoundReport::roundId));
        return reports;
    }

    static RoundReport report(RoundRow round, List<ScoreRow> scores, Register register, Instant asOf) {
        List<Ranked> ranking = new ArrayList<>();
        for (ScoreRow score : scores) {
            BigDecimal total = score.at(asOf).orElseThrow().total();
            ranking.add(new Ranked(0, score.estateId(), register.estateName(score.estateId(), asOf).orElse(null),
                    score.street() != null ? score.street() : register.streetOf(score.estateId(), asOf).orElse(null),
                    score.companyId(), total, score.exposedBy(asOf)));
        }
        ranking.sort(Comparator.comparing(Ranked::total, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Ranked::estateId));
        List<Ranked> ranked = new ArrayList<>(ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            Ranked r = ranking.get(i);
            int rank = i > 0 && equal(ranked.get(i - 1).total(), r.total()) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(rank, r.estateId(), r.estateName(), r.street(), r.companyId(), r.total(),
                    r.exposed()));
        }
        Map<String, Long> distribution = new LinkedHashMap<>();
        BUCKETS.forEach(b -> distribution.put(b, 0L));
        BigDecimal sum = BigDecimal.ZERO;
        for (Ranked r : ranked) {
            distribution.merge(bucket(r.total()), 1L, Long::sum);
            sum = sum.add(r.total());
        }
        BigDecimal average = ranked.isEmpty() ? null
                : sum.divide(BigDecimal.valueOf(ranked.size()), 2, RoundingMode.HALF_UP);
        return new RoundReport(round.id(), round.name(), round.openedAt(), round.publishedBy(asOf)
                ? round.publishedAt() : null, ranked.size(), average, distribution, ranked,
                ranked.stream().filter(r -> ScoreRow.below(r.total())).toList());
    }

    static String bucket(BigDecimal total) {
        int value = total.setScale(0, RoundingMode.FLOOR).intValue();
        if (value < 60) {
            return "<60";
        }
        if (value >= 90) {
            return "90-100";
        }
        int low = value / 10 * 10;
        return low + "-" + (low + 9);
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static boolean scoreInScope(ScoreRow score, Register register, Instant asOf, Scope scope) {
        if (!scope.district(score.districtId()) || !scope.company(score.companyId())) {
            return false;
        }
        String street = score.street() != null ? score.street() : register.streetOf(score.estateId(), asOf).orElse(null);
        return scope.street(street);
    }

    private static boolean located(String districtId, String estateId, Register register, Window window, Scope scope) {
        if (!scope.district(districtId)) {
            return false;
        }
        if (scope.companyId() != null
                && !scope.company(register.companyOf(estateId, window.asOf()).orElse(null))) {
            return false;
        }
        return scope.street(register.streetOf(estateId, window.asOf()).orElse(null));
    }

    /**
     * @param roundsOpened          rounds opened in the period
     * @param roundsPublished       names of the rounds whose results were made public in the period, in that order
     * @param estatesScored         estates scored in the period (one per round and estate)
     * @param below60               of those, whose total stood under 60
     * @param exposed               estates exposed on local media in the period
     * @param rectificationsFailed  orders a re-inspection failed in the period
     * @param fireLaneGaps          inspected estates whose latest inspection found a marking, sign or board missing
     * @param fireLaneQualityIssues inspected estates whose latest inspection found them not to standard
     * @param disorderByStep        the step each case stood at
     * @param disorderReachedStep   how many cases had reached each step
     */
    public record Totals(long roundsOpened, List<String> roundsPublished, long estatesScored, long below60,
                         List<String> below60Estates, long exposed, List<String> exposedEstates, long interviews,
                         long rectificationsOrdered, long rectificationsVerified, long rectificationsFailed,
                         long fireLaneInspections, long fireLaneEstates, long fireLaneGaps,
                         long fireLaneQualityIssues, long disorderCases, long disorderCasesClosed,
                         Map<String, Long> disorderByType, Map<DisorderStep, Long> disorderByStep,
                         Map<DisorderStep, Long> disorderReachedStep, long epidemicChecks,
                         long epidemicEstates) {
    }

    public record RoundReport(String roundId, String name, Instant openedAt, Instant publishedAt, long estatesScored,
                              BigDecimal average, Map<String, Long> distribution, List<Ranked> ranking,
                              List<Ranked> below60) {
    }

    public record Ranked(int rank, String estateId, String estateName, String street, String companyId,
                         BigDecimal total, boolean exposed) {
    }
}
