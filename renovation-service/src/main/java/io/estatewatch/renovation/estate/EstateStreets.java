package io.estatewatch.renovation.estate;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The street of each estate, folded from the register's events ({@link RegisterEventsFold}): what scopes a street
 * officer to the projects of its own streets. An estate the register has not yet told us about belongs to no street.
 */
@Component
public class EstateStreets {

    static final String COLLECTION = "estates";

    private final MongoTemplate mongo;

    public EstateStreets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The ids of the estates in any of {@code streets}. */
    public Set<String> estatesIn(Collection<String> streets) {
        Query query = Query.query(Criteria.where("street").in(streets));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(doc -> doc.get("_id").toString())
                .collect(Collectors.toSet());
    }

    /** Whether any of {@code estateIds} lies in one of {@code streets}. */
    public boolean anyIn(Collection<String> estateIds, Collection<String> streets) {
        return mongo.exists(Query.query(Criteria.where("_id").in(estateIds).and("street").in(streets)), COLLECTION);
    }
}
