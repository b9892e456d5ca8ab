package io.estatewatch.assessment.followup;

import io.estatewatch.assessment.Access;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.followup.domain.RectificationOrder;
import io.estatewatch.assessment.followup.domain.RectificationOrder.Findings;
import io.estatewatch.assessment.followup.domain.RectificationStatus;
import io.estatewatch.assessment.followup.persistence.RectificationDocument;
import io.estatewatch.assessment.shared.AggregateStore;
import io.estatewatch.assessment.shared.EstateScope;
import io.estatewatch.assessment.shared.Filter;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import java.time.Clock;

/** Rectification orders: their re-inspections (回头看) and the listings that follow them up. */
@Service
public class RectificationService {

    private final AggregateStore store;
    private final ServiceSettings settings;
    private final Clock clock;

    public RectificationService(AggregateStore store, ServiceSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a re-inspection; staff of the estate's street. */
    public RectificationOrder reInspect(Caller caller, String id, Findings findings) {
        RectificationDocument doc = load(id);
        RectificationOrder order = doc.toDomain();
        Access.requireStaffFor(caller, order.parties().street());
        order.reInspect(findings, settings.assessment().extensionAfterFailure());
        doc.update(order);
        store.save(doc, order.takeEvents());
        return order;
    }

    public RectificationOrder get(Caller caller, String id) {
        Access.requireEstateParty(caller);
        RectificationOrder order = load(id).toDomain();
        if (!Access.mayTouch(caller, order.parties().street(), order.parties().companyId())) {
            throw ResourceNotFoundException.of("Rectification order", id);
        }
        return order;
    }

    /**
     * The orders the caller may see.
     *
     * @param overdue true for the open orders (ORDERED or ESCALATED) past their deadline now
     */
    public Page<RectificationOrder> list(Caller caller, RectificationStatus status, String roundId, String estateId,
                                         boolean overdue, Pageable page) {
        Access.requireEstateParty(caller);
        Filter filter = Filter.scopedTo(caller).eq("status", status).eq("roundId", roundId)
                .eq(EstateScope.ESTATE_ID, estateId);
        if (overdue) {
            filter.and(Criteria.where("status").ne(RectificationStatus.VERIFIED))
                    .and(Criteria.where("dueAt").lt(clock.instant()));
        }
        return store.page(RectificationDocument.class, filter.criteria(), page)
                .map(RectificationDocument::toDomain);
    }

    private RectificationDocument load(String id) {
        return store.find(RectificationDocument.class, id)
                .orElseThrow(() -> ResourceNotFoundException.of("Rectification order", id));
    }
}
