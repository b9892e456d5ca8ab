package io.estatewatch.filing.review.persistence;

import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.filing.review.domain.FilingStatus;
import io.estatewatch.filing.store.AggregateStore;
import io.estatewatch.servicekit.error.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes filings with their events, each change one single-document write. */
@Component
public class FilingStore {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final DetailsCodec codec;

    public FilingStore(AggregateStore store, MongoTemplate mongo, DetailsCodec codec) {
        this.store = store;
        this.mongo = mongo;
        this.codec = codec;
    }

    /** A filing read for a change: the document keeps the version the change is guarded by. */
    public record Loaded(FilingDocument document, Filing filing) {
    }

    public Optional<Loaded> find(String id, String districtId) {
        return store.find(id, FilingDocument.class)
                .filter(doc -> doc.getDistrictId().equals(districtId))
                .map(doc -> new Loaded(doc, doc.toDomain(codec)));
    }

    public Filing toDomain(FilingDocument doc) {
        return doc.toDomain(codec);
    }

    /** Stores a new filing with its submission event. */
    public void insert(Filing filing) {
        try {
            store.insert(FilingDocument.of(filing, codec), filing.takeEvents());
        } catch (DuplicateKeyException contractInReview) {
            throw anotherContractInReview(filing.facts().estateId());
        }
    }

    /**
     * Writes a changed filing with its new events, guarded by the version it was read with; an approval with a
     * register change is marked pending in the same write.
     */
    public void update(Loaded loaded) {
        FilingDocument doc = loaded.document();
        Filing filing = loaded.filing();
        boolean approvedNow = filing.status() == FilingStatus.APPROVED && doc.status != FilingStatus.APPROVED;
        doc.update(filing, codec);
        if (approvedNow && filing.registerChange().isPresent()) {
            doc.registerChangePending();
        }
        try {
            store.update(doc, filing.takeEvents());
        } catch (DuplicateKeyException contractInReview) {
            throw anotherContractInReview(filing.facts().estateId());
        }
    }

    /** Approved filings whose register change is still to be applied, oldest first. */
    public List<FilingDocument> pendingRegisterChanges(int limit) {
        Query query = Query.query(Criteria.where("registerChangePending").is(true)).limit(limit);
        query.with(org.springframework.data.domain.Sort.by("approvedAt"));
        return mongo.find(query, FilingDocument.class);
    }

    /** Clears the pending mark once the estate took the change. */
    public void registerChangeApplied(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("registerChangePending").is(true)),
                new Update().set("registerChangePending", false), FilingDocument.class);
    }

    private static ConflictException anotherContractInReview(String estateId) {
        return new ConflictException("Estate " + estateId + " already has a preliminary contract filing in review.",
                Map.of("rule", "ACTIVE_CONTRACT"));
    }
}
