package io.estatewatch.complaint.handling.persistence;

import io.estatewatch.complaint.handling.domain.ComplaintStatus;
import io.estatewatch.events.complaint.ComplaintCategory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reads that span complaints: listings, duplicate candidates, the deadline watch's work. */
@Component
public class ComplaintQueries {

    private static final List<String> OPEN = ComplaintStatus.OPEN.stream().map(Enum::name).toList();

    private final MongoTemplate mongo;

    public ComplaintQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A page of the complaints matching {@code filter} within {@code scope} (null: no limit), newest receipt first.
     */
    public Page<ComplaintDocument> page(ComplaintFilter filter, Criteria scope, Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("districtId").is(filter.districtId()));
        if (filter.channel() != null) {
            all.add(Criteria.where("channel").is(filter.channel().name()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.estateId() != null) {
            all.add(Criteria.where("estateId").is(filter.estateId()));
        }
        if (filter.category() != null) {
            all.add(Criteria.where("category").is(filter.category().name()));
        }
        if (filter.street() != null) {
            all.add(Criteria.where("street").is(filter.street()));
        }
        if (filter.assigneeId() != null) {
            all.add(Criteria.where("assigneeId").is(filter.assigneeId()));
        }
        if (filter.from() != null) {
            all.add(Criteria.where("receivedAt").gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(Criteria.where("receivedAt").lt(filter.to()));
        }
        if (Boolean.TRUE.equals(filter.unassigned())) {
            all.add(Criteria.where("assigneeId").exists(false));
        }
        if (Boolean.TRUE.equals(filter.probableDuplicate())) {
            all.add(Criteria.where("probableDuplicateOf").exists(true));
        }
        if (scope != null) {
            all.add(scope);
        }
        Query query = new Query(new Criteria().andOperator(all.toArray(Criteria[]::new)));
        long total = mongo.count(query, ComplaintDocument.class, ComplaintStore.COLLECTION);
        query.with(pageable).with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.asc("_id")));
        return new PageImpl<>(mongo.find(query, ComplaintDocument.class, ComplaintStore.COLLECTION), pageable, total);
    }

    /** Open complaints with the same keyed phone hash, estate and category received between {@code from} and {@code to}. */
    public List<ComplaintDocument> duplicateCandidates(String districtId, String phoneHash, String estateId,
                                                       ComplaintCategory category, Instant from, Instant to) {
        Query query = Query.query(Criteria.where("districtId").is(districtId)
                        .and("phoneHash").is(phoneHash)
                        .and("estateId").is(estateId)
                        .and("category").is(category.name())
                        .and("status").in(OPEN)
                        .and("receivedAt").gte(from).lte(to))
                .with(Sort.by(Sort.Order.asc("receivedAt"), Sort.Order.asc("_id")))
                .limit(20);
        return mongo.find(query, ComplaintDocument.class, ComplaintStore.COLLECTION);
    }

    /**
     * Open complaints with a deadline passed by {@code now} and its step not done nor marked, left alone since before
     * {@code settledBefore}; at most {@code limit}, the longest overdue first.
     */
    public List<ComplaintDocument> overdue(Instant now, Instant settledBefore, int limit) {
        Criteria response = Criteria.where("respondedAt").is(null).and("responseMissed").is(false)
                .and("responseDueAt").lte(now);
        Criteria resolution = Criteria.where("resolvedAt").is(null).and("resolutionMissed").is(false)
                .and("resolutionDueAt").lte(now);
        Query query = Query.query(new Criteria().andOperator(
                        Criteria.where("status").in(OPEN),
                        Criteria.where("changedAt").lt(settledBefore),
                        new Criteria().orOperator(response, resolution)))
                .with(Sort.by(Sort.Order.asc("responseDueAt"), Sort.Order.asc("_id")))
                .limit(limit);
        return mongo.find(query, ComplaintDocument.class, ComplaintStore.COLLECTION);
    }

    /** Merged complaints whose surviving complaint does not yet list them. */
    public List<ComplaintDocument> unlinkedMerges(int limit) {
        Query query = Query.query(Criteria.where("status").is(ComplaintStatus.MERGED.name()).and("mergeLinked").ne(true))
                .limit(limit);
        query.fields().include("_id", "mergedInto");
        return mongo.find(query, ComplaintDocument.class, ComplaintStore.COLLECTION);
    }
}
