package io.estatewatch.assessment.followup.web;

import io.estatewatch.assessment.followup.domain.Interview;
import io.estatewatch.assessment.followup.domain.InterviewStatus;
import io.estatewatch.assessment.followup.domain.OrderItem;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.assessment.followup.domain.RectificationOrder;
import io.estatewatch.assessment.followup.domain.RectificationStatus;
import io.estatewatch.assessment.shared.Times;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Response bodies of the rectification and interview endpoints. */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    public record Order(String id, String roundId, EstateParties estate, RectificationStatus status,
                        OffsetDateTime orderedAt, OffsetDateTime dueAt, int escalations, List<OrderItem> items,
                        List<ReInspectionView> reInspections) {

        static Order of(RectificationOrder order, ZoneId zone) {
            return new Order(order.id(), order.roundId(), order.parties(), order.status(),
                    Times.local(order.orderedAt(), zone), Times.local(order.dueAt(), zone), order.escalations(),
                    order.items(), order.reInspections().stream().map(r -> new ReInspectionView(
                            Times.local(r.at(), zone), r.by(), r.outcome(), r.stillOpen(), r.note(),
                            Times.local(r.newDueAt(), zone))).toList());
        }
    }

    public record ReInspectionView(OffsetDateTime at, String by, RectificationStatus outcome, List<String> stillOpen,
                                   String note, OffsetDateTime newDueAt) {
    }

    public record InterviewView(String id, String roundId, EstateParties estate, String reason, InterviewStatus status,
                                OffsetDateTime scheduledAt, OffsetDateTime heldAt, List<String> attendees,
                                String commitment) {

        static InterviewView of(Interview interview, ZoneId zone) {
            return new InterviewView(interview.id(), interview.roundId(), interview.parties(), interview.reason(),
                    interview.status(), Times.local(interview.scheduledAt(), zone),
                    Times.local(interview.heldAt(), zone), interview.attendees(), interview.commitment());
        }
    }
}
