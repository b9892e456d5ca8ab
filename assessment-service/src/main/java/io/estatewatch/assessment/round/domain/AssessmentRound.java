package io.estatewatch.assessment.round.domain;

import io.estatewatch.assessment.shared.domain.Aggregate;
import io.estatewatch.events.assessment.AssessmentResultsPublished;
import io.estatewatch.events.assessment.AssessmentRoundOpened;
import io.estatewatch.events.assessment.EstateExposed;
import io.estatewatch.events.assessment.EstateScored;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A civilised-city assessment round (考评): estates scored against one checklist version, each once; those below the
 * threshold exposed and followed up; the results published when the round is done.
 */
public final class AssessmentRound extends Aggregate {

    private final RoundPlan plan;
    private RoundStatus status;
    private Instant publishedAt;
    private final Map<String, Scorecard> scorecards;
    /** Estates whose order and interview are still to be issued (see {@link FollowUp}). */
    private final Set<String> pendingFollowUps;

    private AssessmentRound(RoundPlan plan, RoundStatus status, Instant publishedAt, Collection<Scorecard> scorecards,
                            Collection<String> pendingFollowUps) {
        this.plan = plan;
        this.status = status;
        this.publishedAt = publishedAt;
        this.scorecards = new LinkedHashMap<>();
        scorecards.forEach(card -> this.scorecards.put(card.estate().id(), card));
        this.pendingFollowUps = new LinkedHashSet<>(pendingFollowUps);
    }

    public static AssessmentRound open(RoundPlan plan) {
        if (plan.estateIds().isEmpty()) {
            throw InvalidInputException.of("estateIds", "must name at least one estate");
        }
        if (plan.closesAt() != null && !plan.closesAt().isAfter(plan.openedAt())) {
            throw InvalidInputException.of("closesAt", "must be after openedAt");
        }
        if (plan.threshold().signum() <= 0 || plan.threshold().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw InvalidInputException.of("threshold", "must be more than 0 and at most 100");
        }
        AssessmentRound round = new AssessmentRound(plan, RoundStatus.OPEN, null, List.of(), List.of());
        round.record(new AssessmentRoundOpened(plan.districtId(), plan.id(), plan.name(), plan.checklistId(),
                plan.estateIds(), plan.openedAt()));
        return round;
    }

    public static AssessmentRound restore(RoundPlan plan, RoundStatus status, Instant publishedAt,
                                          Collection<Scorecard> scorecards, Collection<String> pendingFollowUps) {
        return new AssessmentRound(plan, status, publishedAt, scorecards, pendingFollowUps);
    }

    /**
     * Records an estate's scores. Below the threshold the estate is exposed and its follow-ups become pending.
     *
     * @throws ConflictException     when the round is published or the estate was scored already
     * @throws InvalidInputException when the estate is not in the round or the scoring predates the round
     */
    public Scorecard score(Scoring scoring) {
        String estateId = scoring.estate().id();
        if (status != RoundStatus.OPEN) {
            throw new ConflictException("Round '" + plan.name() + "' is published; it takes no more scores.",
                    Map.of("currentState", status.name()));
        }
        if (!plan.estateIds().contains(estateId)) {
            throw InvalidInputException.of("estateId", "is not in round " + plan.name());
        }
        if (scorecards.containsKey(estateId)) {
            throw new ConflictException("Estate '" + estateId + "' was scored in round '" + plan.name() + "' already.",
                    Map.of("currentState", "SCORED", "total", scorecards.get(estateId).total()));
        }
        if (scoring.at().isBefore(plan.openedAt())) {
            throw InvalidInputException.of("at", "is before the round opened");
        }
        if (!scoring.followUp().rectificationDueAt().isAfter(scoring.at())) {
            throw InvalidInputException.of("rectificationDueAt", "must be after the scoring");
        }
        if (scoring.followUp().interviewAt().isBefore(scoring.at())) {
            throw InvalidInputException.of("interviewAt", "must not be before the scoring");
        }
        BigDecimal total = scoring.sheet().total();
        boolean below = total.compareTo(plan.threshold()) < 0;
        Scorecard card = new Scorecard(scoring.estate(), scoring.sheet().items(), total,
                scoring.sheet().failedItems(), scoring.at(), scoring.by(), below ? scoring.mediaNote() : null,
                below ? scoring.followUp() : null);
        scorecards.put(estateId, card);
        record(new EstateScored(plan.districtId(), plan.id(), estateId, card.estate().street(),
                card.estate().companyId(), total, card.failedItems(), scoring.at()));
        if (below) {
            pendingFollowUps.add(estateId);
            record(new EstateExposed(plan.districtId(), plan.id(), estateId, total, card.mediaNote(),
                    scoring.at()));
        }
        return card;
    }

    /**
     * Makes the results public.
     *
     * @throws ConflictException when published already, or when no estate has been scored
     */
    public void publish(Instant at) {
        if (status == RoundStatus.PUBLISHED) {
            throw new ConflictException("Round '" + plan.name() + "' is published already.",
                    Map.of("currentState", status.name()));
        }
        if (scorecards.isEmpty()) {
            throw new ConflictException("Round '" + plan.name() + "' has no scores to publish.",
                    Map.of("currentState", status.name()));
        }
        if (at.isBefore(plan.openedAt())) {
            throw InvalidInputException.of("at", "is before the round opened");
        }
        status = RoundStatus.PUBLISHED;
        publishedAt = at;
        record(new AssessmentResultsPublished(plan.districtId(), plan.id(), plan.name(), at));
    }

    /** The scored estates ranked by total, highest first, within their street and across the district. */
    public List<Standing> ranking() {
        Comparator<Scorecard> order = Comparator.comparing(Scorecard::total).reversed()
                .thenComparing(card -> nullToEmpty(card.estate().name()))
                .thenComparing(card -> card.estate().id());
        List<Scorecard> ranked = scorecards.values().stream().sorted(order).toList();
        Map<String, Integer> districtRanks = ranks(ranked);
        Map<String, List<Scorecard>> byStreet = ranked.stream().collect(Collectors.groupingBy(
                card -> nullToEmpty(card.estate().street()), LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> streetRanks = new LinkedHashMap<>();
        byStreet.values().forEach(cards -> streetRanks.putAll(ranks(cards)));
        return ranked.stream()
                .sorted(Comparator.comparing((Scorecard card) -> nullToEmpty(card.estate().street())).thenComparing(order))
                .map(card -> new Standing(card, streetRanks.get(card.estate().id()),
                        districtRanks.get(card.estate().id()), card.total().compareTo(plan.threshold()) < 0))
                .toList();
    }

    /** Competition ranks of cards sorted highest first: equal totals share a rank. */
    private static Map<String, Integer> ranks(List<Scorecard> sorted) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard card = sorted.get(i);
            boolean tie = i > 0 && sorted.get(i - 1).total().compareTo(card.total()) == 0;
            ranks.put(card.estate().id(), tie ? ranks.get(sorted.get(i - 1).estate().id()) : i + 1);
        }
        return ranks;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }


    public RoundPlan plan() {
        return plan;
    }

    public String id() {
        return plan.id();
    }

    public RoundStatus status() {
        return status;
    }

    public boolean published() {
        return status == RoundStatus.PUBLISHED;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<Scorecard> scorecards() {
        return List.copyOf(scorecards.values());
    }

    public Optional<Scorecard> scorecard(String estateId) {
        return Optional.ofNullable(scorecards.get(estateId));
    }

    public Set<String> pendingFollowUps() {
        return Set.copyOf(pendingFollowUps);
    }

}
