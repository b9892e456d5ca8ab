package io.estatewatch.complaint.handling;

import io.estatewatch.complaint.DistrictSettings;
import io.estatewatch.complaint.handling.domain.Assignee;
import io.estatewatch.complaint.handling.domain.Complaint;
import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.complaint.handling.persistence.ComplaintDocument;
import io.estatewatch.complaint.handling.persistence.ComplaintFilter;
import io.estatewatch.complaint.handling.persistence.ComplaintQueries;
import io.estatewatch.complaint.handling.persistence.ComplaintStore;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.ResourceNotFoundException;
import io.estatewatch.servicekit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The mediation of complaints after intake: dispatch, response, resolution, callback, urging and merging, each one
 * document write of the new state with its events; and the reads, limited to what the caller may see.
 */
@Service
public class HandlingService {

    private static final Logger log = LoggerFactory.getLogger(HandlingService.class);

    private final ComplaintStore store;
    private final ComplaintQueries queries;
    private final DistrictSettings district;
    private final Clock clock;

    public HandlingService(ComplaintStore store, ComplaintQueries queries, DistrictSettings district, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.district = district;
        this.clock = clock;
    }

    public ComplaintDocument get(Caller caller, String id) {
        ComplaintAccess.requireReader(caller);
        return visible(caller, id);
    }

    public Page<ComplaintDocument> list(Caller caller, ComplaintFilter filter, Pageable page) {
        ComplaintAccess.requireReader(caller);
        return queries.page(filter, ComplaintAccess.scope(caller), page);
    }

    public ComplaintDocument assign(Caller caller, String id, Assignee to, Instant at) {
        return change(caller, id, ComplaintAccess::requireDispatcher,
                (complaint, now) -> complaint.assign(to, at, caller.username(), now));
    }

    public ComplaintDocument respond(Caller caller, String id, String note, Instant at) {
        return change(caller, id, ComplaintAccess::requireHandler,
                (complaint, now) -> complaint.respond(note, at, caller.username(), now));
    }

    public ComplaintDocument resolve(Caller caller, String id, String result, Instant at) {
        return change(caller, id, ComplaintAccess::requireHandler,
                (complaint, now) -> complaint.resolve(result, at, caller.username(), now));
    }

    public ComplaintDocument callback(Caller caller, String id, Satisfaction satisfaction, Instant at) {
        return change(caller, id, ComplaintAccess::requireDispatcher,
                (complaint, now) -> complaint.callback(satisfaction, at, caller.username(), now));
    }

    public ComplaintDocument urge(Caller caller, String id, String note, Instant at) {
        return change(caller, id, ComplaintAccess::requireDispatcher,
                (complaint, now) -> complaint.urge(note, at, caller.username(), now));
    }

    /**
     * Confirms {@code id} as a duplicate of {@code into}: the merged complaint changes (with its event) first; the
     * surviving one then lists it, an idempotent update that the deadline watch repeats for any merge whose second
     * write was lost (see {@link #linkMerges}).
     */
    public ComplaintDocument merge(Caller caller, String id, String into, Instant at) {
        ComplaintAccess.requireReader(caller);
        if (into != null && !into.isBlank() && !into.equals(id)) {
            ComplaintDocument target = visible(caller, into);
            if (target.getStatus() == ComplaintStatus.MERGED) {
                throw new ConflictException("Complaint " + target.getNumber() + " was itself merged into another; merge "
                        + "into that one.", Map.of("currentState", ComplaintStatus.MERGED.name(),
                        "mergedInto", target.getMergedInto()));
            }
        }
        ComplaintDocument merged = change(caller, id, ComplaintAccess::requireDispatcher,
                (complaint, now) -> complaint.mergeInto(into, at, caller.username(), now));
        store.linkMerged(into, id);
        return store.find(id).orElse(merged);
    }

    /** Completes merges whose surviving complaint does not list the merged one yet. */
    public int linkMerges(int limit) {
        List<ComplaintDocument> unlinked = queries.unlinkedMerges(limit);
        unlinked.forEach(doc -> store.linkMerged(doc.getMergedInto(), doc.getId()));
        if (!unlinked.isEmpty()) {
            log.info("Linked {} merged complaints to the complaints they were merged into", unlinked.size());
        }
        return unlinked.size();
    }

    private ComplaintDocument visible(Caller caller, String id) {
        return store.find(id)
                .filter(doc -> doc.getDistrictId().equals(district.districtId()))
                .filter(doc -> ComplaintAccess.maySee(caller, doc))
                .orElseThrow(() -> ResourceNotFoundException.of("Complaint", id));
    }

    private ComplaintDocument change(Caller caller, String id, BiConsumer<Caller, ComplaintDocument> permission,
                                     BiConsumer<Complaint, Instant> step) {
        ComplaintAccess.requireReader(caller);
        ComplaintDocument doc = visible(caller, id);
        permission.accept(caller, doc);
        Instant now = clock.instant();
        store.change(doc, complaint -> step.accept(complaint, now));
        return doc;
    }
}
