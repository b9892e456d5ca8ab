package io.estatewatch.assessment.round;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.checklist.ChecklistService;
import io.estatewatch.assessment.checklist.domain.Checklist;
import io.estatewatch.assessment.checklist.domain.ChecklistItem;
import io.estatewatch.assessment.checklist.domain.ItemScore;
import io.estatewatch.assessment.followup.domain.Interview;
import io.estatewatch.assessment.followup.domain.OrderItem;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.assessment.followup.domain.RectificationOrder;
import io.estatewatch.assessment.followup.persistence.InterviewDocument;
import io.estatewatch.assessment.followup.persistence.RectificationDocument;
import io.estatewatch.assessment.round.domain.AssessmentRound;
import io.estatewatch.assessment.round.domain.FollowUp;
import io.estatewatch.assessment.round.domain.Scorecard;
import io.estatewatch.assessment.round.persistence.RoundDocument;
import io.estatewatch.assessment.shared.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Issues the rectification order and schedules the interview of every estate that scored below its round's threshold.
 *
 * <p>Scoring writes the round (with its events and the estate's pending follow-up) in one document write; the order
 * and the interview are other aggregates, written after it. Their ids were fixed in the scorecard, so writing them is
 * idempotent; the estate leaves the pending list only once both exist. A crash in between leaves it pending, and
 * {@link #issueAllPending()} issues it again later: nothing is lost, nothing is issued twice.
 */
@Component
public class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final AggregateStore store;
    private final ChecklistService checklists;
    private final String districtId;

    public FollowUps(AggregateStore store, ChecklistService checklists, ServiceSettings settings) {
        this.store = store;
        this.checklists = checklists;
        this.districtId = settings.districtId();
    }

    /** Issues what the round still owes; failures are logged and left for the next retry. */
    public void issuePending(AssessmentRound round) {
        for (String estateId : round.pendingFollowUps()) {
            round.scorecard(estateId).ifPresent(card -> {
                try {
                    issue(round, card);
                } catch (RuntimeException e) {
                    log.warn("Follow-up of estate {} in round {} not issued yet; it will be retried: {}", estateId,
                            round.id(), e.toString());
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "${estatewatch.assessment.follow-up-retry:10s}",
            initialDelayString = "${estatewatch.assessment.follow-up-retry:10s}")
    public void issueAllPending() {
        store.findAll(RoundDocument.class, Criteria.where(RoundDocument.PENDING_FOLLOW_UPS + ".0").exists(true),
                        Sort.by("_id"))
                .forEach(doc -> issuePending(doc.toDomain()));
    }

    private void issue(AssessmentRound round, Scorecard card) {
        FollowUp followUp = card.followUp();
        EstateParties parties = EstateParties.of(card.estate());
        Checklist checklist = checklists.byId(round.plan().checklistId());
        List<OrderItem> items = card.items().stream().filter(ItemScore::failed)
                .map(item -> new OrderItem(item.code(), checklist.item(item.code()).map(ChecklistItem::title).orElse(null),
                        item.score(), item.maximum(), false))
                .toList();
        RectificationOrder order = RectificationOrder.issue(followUp.orderId(), districtId, round.id(), parties, items,
                card.scoredAt(), followUp.rectificationDueAt());
        store.insertOnce(RectificationDocument.of(order), order.takeEvents());
        Interview interview = Interview.schedule(followUp.interviewId(), districtId, round.id(), parties,
                "考评 " + round.plan().name() + " 得分 " + card.total() + "，低于 " + round.plan().threshold() + " 分",
                followUp.interviewAt(), card.scoredAt());
        store.insertOnce(InterviewDocument.of(interview), interview.takeEvents());
        store.mongo().updateFirst(Query.query(Criteria.where("_id").is(round.id())),
                new Update().pull(RoundDocument.PENDING_FOLLOW_UPS, card.estate().id()), RoundDocument.class);
    }
}
