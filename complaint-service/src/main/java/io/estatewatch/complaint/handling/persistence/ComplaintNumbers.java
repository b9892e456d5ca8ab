package io.estatewatch.complaint.handling.persistence;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out complaint numbers, TS-&lt;year&gt;-&lt;six digits&gt;, counted per year of receipt: one atomic increment of
 * a counter document each. A push that turns out to be a retry leaves a gap, never a twin.
 */
@Component
public class ComplaintNumbers {

    static final String COLLECTION = "complaint_numbers";

    private final MongoTemplate mongo;

    public ComplaintNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String next(String districtId, int year) {
        Document counter;
        try {
            counter = increment(districtId, year);
        } catch (DuplicateKeyException firstOfTheYearRace) {
            // Two first numbers of a year at once: both upserts inserted, one lost; the counter exists now.
            counter = increment(districtId, year);
        }
        long last = ((Number) counter.get("last")).longValue();
        return "TS-%d-%06d".formatted(year, last);
    }

    private Document increment(String districtId, int year) {
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(districtId + ":" + year)),
                new Update().inc("last", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
    }
}
