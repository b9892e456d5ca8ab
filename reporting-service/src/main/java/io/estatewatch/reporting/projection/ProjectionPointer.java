package io.estatewatch.reporting.projection;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which generation of the row collections is current: one document that every query reads for the collection names
 * and that a rebuild switches with one single-document write. The fold of this instance keeps the current generation
 * in memory; the rebuild that switches it updates both.
 */
@Component
public class ProjectionPointer {

    static final String COLLECTION = "projection_pointer";
    static final String ID = "projections";

    private final MongoTemplate mongo;
    private final AtomicLong generation = new AtomicLong();

    public ProjectionPointer(MongoTemplate mongo) {
        this.mongo = mongo;
        Document pointer = mongo.findAndModify(Query.query(Criteria.where("_id").is(ID)),
                new Update().setOnInsert("generation", 1L).setOnInsert("switchedAt", new Date()),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        generation.set(((Number) pointer.get("generation")).longValue());
        ensureIndexes(generation.get());
    }

    /** The generation this instance folds into. */
    public long current() {
        return generation.get();
    }

    /** The generation readers should read now, as the pointer document says. */
    public long forReading() {
        Document pointer = mongo.findById(ID, Document.class, COLLECTION);
        return pointer == null ? generation.get() : ((Number) pointer.get("generation")).longValue();
    }

    /** Makes {@code next} current for readers and for the fold, in one write. */
    public void switchTo(long next) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(ID)),
                new Update().set("generation", next).set("switchedAt", Date.from(Instant.now())), COLLECTION);
        generation.set(next);
    }

    /** The indexes the reports' queries use, on one generation's collections. */
    public void ensureIndexes(long gen) {
        mongo.indexOps(Projection.COMPLAINTS.collection(gen)).createIndex(new Index("receivedAt", Sort.Direction.ASC));
        mongo.indexOps(Projection.EPIDEMIC_CHECKS.collection(gen))
                .createIndex(new Index("checkedAt", Sort.Direction.ASC));
    }

    /** Drops one generation's collections. */
    public void drop(long gen) {
        for (Projection projection : Projection.values()) {
            if (mongo.collectionExists(projection.collection(gen))) {
                mongo.dropCollection(projection.collection(gen));
            }
        }
    }
}
