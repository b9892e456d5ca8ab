package io.estatewatch.assessment.round.persistence;

import io.estatewatch.assessment.round.domain.AssessmentRound;
import io.estatewatch.assessment.round.domain.RoundPlan;
import io.estatewatch.assessment.round.domain.RoundStatus;
import io.estatewatch.assessment.round.domain.Scorecard;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A round as stored: its plan, its scorecards, and the events not yet published. One document, because every event
 * of a round (opened, scored, exposed, published) is numbered in the one sequence of its key, the round id.
 * {@code pendingFollowUps} lists the estates whose order and interview are still to be issued.
 */
@Document("rounds")
public class RoundDocument extends OutboxDocument {

    public static final String PENDING_FOLLOW_UPS = "pendingFollowUps";

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private String name;
    private String checklistId;
    private BigDecimal threshold;
    private List<String> streets = new ArrayList<>();
    private List<String> estateIds = new ArrayList<>();
    private List<String> inspectors = new ArrayList<>();
    private Instant openedAt;
    private Instant closesAt;
    private RoundStatus status;
    private Instant publishedAt;
    private List<Scorecard> scorecards = new ArrayList<>();
    private List<String> pendingFollowUps = new ArrayList<>();

    public static RoundDocument of(AssessmentRound round) {
        RoundDocument doc = new RoundDocument();
        doc.update(round);
        return doc;
    }

    /** Copies the round's state in; the version and the outbox stay as they are. */
    public void update(AssessmentRound round) {
        RoundPlan plan = round.plan();
        id = plan.id();
        districtId = plan.districtId();
        name = plan.name();
        checklistId = plan.checklistId();
        threshold = plan.threshold();
        streets = new ArrayList<>(plan.streets());
        estateIds = new ArrayList<>(plan.estateIds());
        inspectors = new ArrayList<>(plan.inspectors());
        openedAt = plan.openedAt();
        closesAt = plan.closesAt();
        status = round.status();
        publishedAt = round.publishedAt();
        scorecards = new ArrayList<>(round.scorecards());
        pendingFollowUps = new ArrayList<>(round.pendingFollowUps());
    }

    public AssessmentRound toDomain() {
        return AssessmentRound.restore(new RoundPlan(id, districtId, name, checklistId, threshold, streets, estateIds,
                inspectors, openedAt, closesAt), status, publishedAt, scorecards, pendingFollowUps);
    }

    public String getId() {
        return id;
    }
}
