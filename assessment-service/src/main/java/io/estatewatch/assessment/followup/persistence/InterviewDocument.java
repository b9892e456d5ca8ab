package io.estatewatch.assessment.followup.persistence;

import io.estatewatch.assessment.followup.domain.Interview;
import io.estatewatch.assessment.followup.domain.InterviewStatus;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An interview as stored, with its unpublished events. */
@Document("interviews")
public class InterviewDocument extends OutboxDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private String roundId;
    private EstateParties estate;
    private String reason;
    private Instant scheduledAt;
    private Instant createdAt;
    private InterviewStatus status;
    private Instant heldAt;
    private List<String> attendees = new ArrayList<>();
    private String commitment;

    public static InterviewDocument of(Interview interview) {
        InterviewDocument doc = new InterviewDocument();
        doc.update(interview);
        return doc;
    }

    public void update(Interview interview) {
        id = interview.id();
        districtId = interview.districtId();
        roundId = interview.roundId();
        estate = interview.parties();
        reason = interview.reason();
        scheduledAt = interview.scheduledAt();
        createdAt = interview.createdAt();
        status = interview.status();
        heldAt = interview.heldAt();
        attendees = new ArrayList<>(interview.attendees());
        commitment = interview.commitment();
    }

    public Interview toDomain() {
        return Interview.restore(id, districtId, roundId, estate, reason, scheduledAt, createdAt, status, heldAt,
                attendees, commitment);
    }
}
