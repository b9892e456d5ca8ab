package io.estatewatch.benchmarks.fold;

import io.estatewatch.events.complaint.ComplaintAssigned;
import io.estatewatch.events.complaint.ComplaintCallbackRecorded;
import io.estatewatch.events.complaint.ComplaintReopened;
import io.estatewatch.events.complaint.ComplaintClosed;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.events.complaint.ComplaintResolved;
import io.estatewatch.events.complaint.ComplaintResponded;
import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.ExactFold;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Map;
import java.util.TreeMap;

/**
 * A projection shaped like the reporting service's: one row per complaint, folded with service-kit's
 * {@link ExactFold}, counted with queries. Each row also counts the events applied to it, so that a twice-applied
 * event would show.
 */
public final class ComplaintRows {

    public static final String COLLECTION = "complaint_rows";

    private final ExactFold fold;
    private final MongoTemplate mongo;
    private final String collection;

    public ComplaintRows(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.fold = new ExactFold(mongo);
        this.collection = collection;
    }

    public ComplaintRows(MongoTemplate mongo) {
        this(mongo, COLLECTION);
    }

    /** Applies the event once; true when it changed the row now, false for a repeat (or a type this fold ignores). */
    public boolean apply(EventEnvelope envelope) {
        Update update = update(envelope);
        if (update == null) {
            return false;
        }
        return fold.apply(collection, envelope.subject(), envelope, update.inc("events", 1));
    }

    /** The row change an event makes; null for a type the projection does not use. */
    public static Update update(EventEnvelope envelope) {
        Object event = envelope.event();
        if (event instanceof ComplaintReceived received) {
            return new Update()
                    .set("status", "RECEIVED")
                    .set("category", received.category().name())
                    .set("street", received.street())
                    .set("channel", received.channel().name())
                    .set("maskedPhone", received.maskedPhone())
                    .set("receivedAt", received.occurredAt());
        }
        if (event instanceof ComplaintAssigned assigned) {
            return new Update().set("status", "ASSIGNED").set("assigneeId", assigned.assigneeId());
        }
        if (event instanceof ComplaintResponded) {
            return new Update().set("status", "RESPONDED");
        }
        if (event instanceof ComplaintResolved) {
            return new Update().set("status", "RESOLVED");
        }
        if (event instanceof ComplaintCallbackRecorded callback) {
            return new Update().set("satisfaction", callback.satisfaction().name());
        }
        if (event instanceof ComplaintClosed) {
            return new Update().set("status", "CLOSED");
        }
        if (event instanceof ComplaintReopened) {
            return new Update().set("status", "REOPENED");
        }
        return null;
    }

    public long rows() {
        return mongo.getCollection(collection).countDocuments();
    }

    /** The sum of every row's applied-event count. */
    public long eventsApplied() {
        long total = 0;
        for (Document row : mongo.getCollection(collection).find().projection(new Document("events", 1))) {
            total += ((Number) row.get("events", 0)).longValue();
        }
        return total;
    }

    /** The number of rows per value of a field (a report's breakdown), by a $group query. */
    public Map<String, Long> countBy(String field) {
        Map<String, Long> counts = new TreeMap<>();
        mongo.aggregate(Aggregation.newAggregation(Aggregation.group(field).count().as("n")), collection, Document.class)
                .forEach(group -> counts.put(String.valueOf(group.get("_id")), ((Number) group.get("n")).longValue()));
        return counts;
    }
}
