package io.estatewatch.servicekit.consume;

import com.mongodb.client.result.UpdateResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Folds an event into a MongoDB document exactly once, without transactions.
 *
 * <p>The document remembers, per source aggregate, the sequence number of the last event of that aggregate it
 * applied ({@code _applied.<subject>}); the update and that mark are one guarded single-document write that matches
 * only while the mark is lower than the event's sequence. A redelivered record, a replay from offset 0 and an outbox
 * re-publication after a crash all carry a sequence already applied, so they change nothing. One aggregate's events
 * share a key and so a partition: they arrive in order, which makes "lower than" the right guard.
 */
public class ExactFold {

    static final String APPLIED = "_applied";

    private final MongoTemplate mongo;

    public ExactFold(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Applies {@code update} to document {@code id} of {@code collection} (creating it if needed) unless this event,
     * or a later one of the same aggregate, was applied to it before.
     *
     * @return true when the update was applied now
     */
    public boolean apply(String collection, Object id, EventEnvelope envelope, Update update) {
        String mark = APPLIED + "." + fieldName(envelope.subject());
        Query guarded = Query.query(Criteria.where("_id").is(id).and(mark).not().gte(envelope.sequence()));
        update.set(mark, envelope.sequence());
        try {
            UpdateResult result = mongo.upsert(guarded, update, collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists and its mark is at or past this sequence: the upsert tried to insert a twin.
            return false;
        }
    }

    /** Whether this document has already applied the event (or a later one of its aggregate). */
    public boolean applied(String collection, Object id, EventEnvelope envelope) {
        String mark = APPLIED + "." + fieldName(envelope.subject());
        return mongo.exists(Query.query(Criteria.where("_id").is(id).and(mark).gte(envelope.sequence())), collection);
    }

    /** Field names may not contain dots or start with a dollar sign; aggregate ids are ids, not paths. */
    static String fieldName(String subject) {
        return subject.replace('.', '_').replace('$', '_');
    }
}
