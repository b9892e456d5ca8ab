package io.estatewatch.complaint.routing;

import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.handling.persistence.ComplaintStore;
import io.estatewatch.complaint.routing.domain.Estate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Dispatches the complaints that named an estate by an id this service did not know yet, once the register's events
 * make it known: a hotline system can push a complaint about a new estate a moment before the register's event about
 * that estate reaches this service. Complaints matched by nothing but their address stay in the triage queue.
 */
@Component
public class LateRouting {

    private static final Logger log = LoggerFactory.getLogger(LateRouting.class);

    private final MongoTemplate mongo;
    private final ComplaintStore store;
    private final EstateDirectory directory;
    private final Clock clock;

    public LateRouting(MongoTemplate mongo, ComplaintStore store, EstateDirectory directory, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Tries again for the estates that complaints still wait for, in case an estate became known between a
     * complaint's look-up and its insert.
     */
    public int retryWaiting(int limit) {
        Query waiting = Query.query(Criteria.where("status").is(ComplaintStatus.RECEIVED.name())
                .and("assigneeId").exists(false).and("estateName").exists(false).and("estateId").exists(true))
                .limit(limit);
        waiting.fields().include("estateId");
        return mongo.find(waiting, ComplaintDocument.class, ComplaintStore.COLLECTION).stream()
                .map(ComplaintDocument::getEstateId).distinct()
                .mapToInt(estateId -> estateKnown(estateId, false)).sum();
    }

    /**
     * Dispatches the complaints waiting for {@code estateId}, if the estate is known now.
     *
     * @param managedOnly only if a company manages it: the register announces an estate and then, a moment later,
     *                    its company; the periodic retry sends complaints about unmanaged estates to the street office
     * @return how many waiting complaints were dispatched
     */
    public int estateKnown(String estateId, boolean managedOnly) {
        Optional<Estate> estate = directory.find(estateId).filter(known -> known.name() != null);
        if (estate.isEmpty() || estate.get().assignee() == null || managedOnly && estate.get().companyId() == null) {
            return 0;
        }
        List<ComplaintDocument> waiting = mongo.find(Query.query(Criteria.where("estateId").is(estateId)
                .and("status").is(ComplaintStatus.RECEIVED.name())
                .and("assigneeId").exists(false)
                .and("estateName").exists(false)), ComplaintDocument.class, ComplaintStore.COLLECTION);
        int routed = 0;
        Estate known = estate.get();
        for (ComplaintDocument doc : waiting) {
            try {
                if (!store.change(doc, complaint -> complaint.routeOnceKnown(known.name(), known.street(),
                        known.assignee(), clock.instant())).isEmpty()) {
                    routed++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.info("Complaint {} changed while being routed to estate {}; left for staff", doc.getNumber(), estateId);
            }
        }
        if (routed > 0) {
            log.info("Routed {} complaints that waited for estate {} to be known", routed, estateId);
        }
        return routed;
    }
}
