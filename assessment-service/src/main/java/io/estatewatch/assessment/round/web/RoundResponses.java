package io.estatewatch.assessment.round.web;

import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.ChecklistItem;
import io.estatewatch.assessment.checklist.domain.ItemMark;
import io.estatewatch.assessment.checklist.domain.ItemScore;
import io.estatewatch.assessment.round.RoundService.Results;
import io.estatewatch.assessment.round.domain.AssessmentRound;
import io.estatewatch.assessment.round.domain.RoundPlan;
import io.estatewatch.assessment.round.domain.RoundStatus;
import io.estatewatch.assessment.round.domain.Scorecard;
import io.estatewatch.assessment.round.domain.Standing;
import io.estatewatch.assessment.shared.Times;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Response bodies of the round endpoints. */
public final class RoundResponses {

    private RoundResponses() {
    }

    public record Round(String id, String name, RoundStatus status, String checklistVersion, BigDecimal threshold,
                        List<String> streets, List<String> estateIds, List<String> inspectors, OffsetDateTime openedAt,
                        OffsetDateTime closesAt, OffsetDateTime publishedAt, int scored, int exposed) {

        static Round of(AssessmentRound round, ZoneId zone) {
            RoundPlan plan = round.plan();
            return new Round(plan.id(), plan.name(), round.status(), plan.checklistId(), plan.threshold(),
                    plan.streets(), plan.estateIds(), plan.inspectors(), Times.local(plan.openedAt(), zone),
                    Times.local(plan.closesAt(), zone), Times.local(round.publishedAt(), zone),
                    round.scorecards().size(), (int) round.scorecards().stream().filter(Scorecard::exposed).count());
        }
    }

    /** What a scoring recorded: the computed total first. */
    public record Scored(BigDecimal total, String roundId, String estateId, List<String> failedItems, boolean exposed,
                         String mediaNote, String rectificationOrderId, String interviewId) {

        static Scored of(String roundId, Scorecard card) {
            return new Scored(card.total(), roundId, card.estate().id(), card.failedItems(), card.exposed(),
                    card.mediaNote(), card.exposed() ? card.followUp().orderId() : null,
                    card.exposed() ? card.followUp().interviewId() : null);
        }
    }

    public record ScorecardView(String roundId, String estateId, String estateName, String street, String community,
                                String companyId, BigDecimal total, List<String> failedItems, OffsetDateTime scoredAt,
                                String scoredBy, boolean exposed, String mediaNote, String rectificationOrderId,
                                String interviewId, List<ItemView> items) {

        static ScorecardView of(String roundId, Scorecard card, Checklist checklist, ZoneId zone) {
            return new ScorecardView(roundId, card.estate().id(), card.estate().name(), card.estate().street(),
                    card.estate().community(), card.estate().companyId(), card.total(), card.failedItems(),
                    Times.local(card.scoredAt(), zone), card.scoredBy(), card.exposed(), card.mediaNote(),
                    card.exposed() ? card.followUp().orderId() : null,
                    card.exposed() ? card.followUp().interviewId() : null,
                    card.items().stream().map(item -> ItemView.of(item, checklist, zone)).toList());
        }
    }

    public record ItemView(String code, String title, BigDecimal score, BigDecimal maximum, boolean failed,
                           List<ItemMark.Deduction> deductions, String note, List<PhotoView> photos) {

        static ItemView of(ItemScore item, Checklist checklist, ZoneId zone) {
            return new ItemView(item.code(), checklist.item(item.code()).map(ChecklistItem::title).orElse(null),
                    item.score(), item.maximum(), item.failed(), item.deductions(), item.note(),
                    item.photos().stream().map(photo -> new PhotoView(photo.name(), photo.contentType(),
                            photo.sizeBytes(), Times.local(photo.takenAt(), zone), photo.uri())).toList());
        }
    }

    public record PhotoView(String name, String contentType, Long sizeBytes, OffsetDateTime takenAt, String uri) {
    }

    /** The ranked results, street by street. */
    public record ResultsView(String roundId, String name, RoundStatus status, OffsetDateTime publishedAt,
                              String checklistVersion, BigDecimal threshold, int scored, int belowThreshold,
                              List<StreetResults> streets) {

        static ResultsView of(Results results, ZoneId zone) {
            Map<String, List<EstateResult>> byStreet = new LinkedHashMap<>();
            for (Standing standing : results.standings()) {
                byStreet.computeIfAbsent(standing.scorecard().estate().street(), street -> new ArrayList<>())
                        .add(EstateResult.of(standing, results.companyNames()));
            }
            AssessmentRound round = results.round();
            return new ResultsView(round.id(), round.plan().name(), round.status(),
                    Times.local(round.publishedAt(), zone), round.plan().checklistId(), round.plan().threshold(),
                    results.standings().size(),
                    (int) results.standings().stream().filter(Standing::belowThreshold).count(),
                    byStreet.entrySet().stream().map(e -> new StreetResults(e.getKey(), e.getValue())).toList());
        }
    }

    public record StreetResults(String street, List<EstateResult> estates) {
    }

    public record EstateResult(int streetRank, int districtRank, String estateId, String estateName, String community,
                               String companyId, String companyName, BigDecimal total, boolean belowThreshold) {

        static EstateResult of(Standing standing, Map<String, String> companyNames) {
            Scorecard card = standing.scorecard();
            return new EstateResult(standing.streetRank(), standing.districtRank(), card.estate().id(),
                    card.estate().name(), card.estate().community(), card.estate().companyId(),
                    companyNames.get(card.estate().companyId()), card.total(), standing.belowThreshold());
        }
    }
}
