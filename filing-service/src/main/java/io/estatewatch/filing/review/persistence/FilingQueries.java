package io.estatewatch.filing.review.persistence;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.filing.review.domain.FilingStatus;
import io.estatewatch.filing.review.domain.PriorFiling;
import io.estatewatch.filing.store.Pages;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The filings' listings, counts and the other filings of an estate that the cross-filing rules look at. */
@Component
public class FilingQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.asc("_id"));

    private final MongoTemplate mongo;

    public FilingQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Creates the indexes; existing ones are left alone. */
    public void ensureIndexes() {
        var indexes = mongo.indexOps(FilingDocument.class);
        indexes.createIndex(new Index().on("contractUnderReview", Sort.Direction.ASC).unique().sparse()
                .named("one_contract_in_review_per_estate"));
        indexes.createIndex(new Index().on("estateId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("districtId", Sort.Direction.ASC).on("submittedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("districtId", Sort.Direction.ASC).on("approvedAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("reviewDueAt", Sort.Direction.ASC));
    }

    /** The other filings of an estate, as the cross-filing rules see them. */
    public List<PriorFiling> ofEstate(String districtId, String estateId, String except) {
        Query query = Query.query(Criteria.where("districtId").is(districtId).and("estateId").is(estateId));
        query.fields().include("type", "status", "submittedAt");
        return mongo.find(query, Document.class, FilingDocument.COLLECTION).stream()
                .filter(doc -> !doc.get("_id").toString().equals(except))
                .map(doc -> new PriorFiling(doc.get("_id").toString(), FilingType.valueOf(doc.getString("type")),
                        FilingStatus.valueOf(doc.getString("status")), doc.getDate("submittedAt").toInstant()))
                .toList();
    }

    /**
     * What a listing asks for; null fields do not filter.
     *
     * @param from    start of the period (inclusive) on {@code submittedAt}, or on {@code decidedAt} with {@code byDecision}
     * @param to      end of the period (exclusive)
     * @param overdue true: only filings waiting for a decision past their deadline (as of {@code now}); false: only
     *                those that are not
     */
    public record FilingFilter(String districtId, FilingType type, FilingStatus status, String estateId,
                               String companyId, Instant from, Instant to, boolean byDecision, Boolean overdue,
                               Instant now) {
    }

    /** Filings matching the filter within the caller's scope, newest submission first. */
    public Page<FilingDocument> find(FilingFilter filter, Criteria scope, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("districtId").is(filter.districtId()));
        if (filter.type() != null) {
            all.add(Criteria.where("type").is(filter.type()));
        }
        if (filter.status() != null) {
            all.add(Criteria.where("status").is(filter.status()));
        }
        if (filter.estateId() != null) {
            all.add(Criteria.where("estateId").is(filter.estateId()));
        }
        if (filter.companyId() != null) {
            all.add(Criteria.where("companyId").is(filter.companyId()));
        }
        String periodField = filter.byDecision() ? "decidedAt" : "submittedAt";
        if (filter.from() != null) {
            all.add(Criteria.where(periodField).gte(filter.from()));
        }
        if (filter.to() != null) {
            all.add(Criteria.where(periodField).lt(filter.to()));
        }
        if (filter.overdue() != null) {
            Criteria overdue = Criteria.where("status").is(FilingStatus.SUBMITTED).and("reviewDueAt").lte(filter.now());
            all.add(filter.overdue() ? overdue : new Criteria().norOperator(overdue));
        }
        all.add(scope);
        return Pages.find(mongo, FilingDocument.class, all, NEWEST_FIRST, page);
    }

    /** Filings per type whose {@code field} lies in [from, to), within the scope. */
    public Map<FilingType, Long> countByType(String districtId, String field, Instant from, Instant to,
                                             Criteria scope) {
        Criteria match = Criteria.where("districtId").is(districtId).and(field).gte(from).lt(to);
        return countByType(scope == null ? match : new Criteria().andOperator(match, scope));
    }

    /** Filings per type in review now, and those of them past their deadline, within the scope. */
    public Map<FilingType, Long> countInReview(String districtId, Instant overdueAsOf, Criteria scope) {
        Criteria match = Criteria.where("districtId").is(districtId);
        match = overdueAsOf == null
                ? match.and("status").in(FilingStatus.SUBMITTED, FilingStatus.RETURNED)
                : match.and("status").is(FilingStatus.SUBMITTED).and("reviewDueAt").lte(overdueAsOf);
        return countByType(scope == null ? match : new Criteria().andOperator(match, scope));
    }

    private Map<FilingType, Long> countByType(Criteria match) {
        Map<FilingType, Long> counts = new EnumMap<>(FilingType.class);
        for (FilingType type : FilingType.values()) {
            counts.put(type, 0L);
        }
        TypedAggregation<FilingDocument> aggregation = Aggregation.newAggregation(FilingDocument.class,
                Aggregation.match(match), Aggregation.group("type").count().as("count"));
        for (Document group : mongo.aggregate(aggregation, Document.class)) {
            counts.put(FilingType.valueOf(group.getString("_id")), ((Number) group.get("count")).longValue());
        }
        return counts;
    }
}
