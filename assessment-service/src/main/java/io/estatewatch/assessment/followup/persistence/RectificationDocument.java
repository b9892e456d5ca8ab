package io.estatewatch.assessment.followup.persistence;

import io.estatewatch.assessment.followup.domain.OrderItem;
import io.estatewatch.assessment.shared.domain.EstateParties;
import io.estatewatch.assessment.followup.domain.ReInspection;
import io.estatewatch.assessment.followup.domain.RectificationOrder;
import io.estatewatch.assessment.followup.domain.RectificationStatus;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectification order as stored, with its unpublished events. Spring Data reads and writes the fields directly.
 */
@Document("rectifications")
public class RectificationDocument extends OutboxDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private String roundId;
    private EstateParties estate;
    private Instant orderedAt;
    private List<OrderItem> items = new ArrayList<>();
    private Instant dueAt;
    private RectificationStatus status;
    private int escalations;
    private List<ReInspection> reInspections = new ArrayList<>();

    public static RectificationDocument of(RectificationOrder order) {
        RectificationDocument doc = new RectificationDocument();
        doc.update(order);
        return doc;
    }

    public void update(RectificationOrder order) {
        id = order.id();
        districtId = order.districtId();
        roundId = order.roundId();
        estate = order.parties();
        orderedAt = order.orderedAt();
        items = new ArrayList<>(order.items());
        dueAt = order.dueAt();
        status = order.status();
        escalations = order.escalations();
        reInspections = new ArrayList<>(order.reInspections());
    }

    public RectificationOrder toDomain() {
        return RectificationOrder.restore(id, districtId, roundId, estate, orderedAt, items, dueAt, status, escalations,
                reInspections);
    }
}
