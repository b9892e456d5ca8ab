package io.estatewatch.filing.store;

import com.mongodb.client.result.UpdateResult;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.servicekit.outbox.EventOutbox;
import io.estatewatch.servicekit.outbox.OutboxRelay;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes aggregates with the events they publish, each change in one single-document write.
 *
 * <p>A change is a guarded update that sets the state and appends the new events to the outbox, never a save of the
 * whole document: the relay removes published events from the outbox without touching the version, so saving a
 * document read before that removal would put the published events back and publish them twice.
 */
@Component
public class AggregateStore {

    private static final Set<String> NOT_STATE = Set.of("_id", "version", "outbox");

    private final MongoTemplate mongo;
    private final EventOutbox outbox;
    private final ObjectProvider<OutboxRelay> relay;

    public AggregateStore(MongoTemplate mongo, EventOutbox outbox, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
    }

    public <D extends AggregateDocument> Optional<D> find(String id, Class<D> type) {
        return Optional.ofNullable(mongo.findById(id, type));
    }

    /** Stores a new aggregate with its first events; a unique index may refuse it (409 already-exists). */
    public void insert(AggregateDocument doc, List<DomainEvent> events) {
        outbox.stage(doc, events);
        mongo.insert(doc);
    }

    /**
     * Writes the document's state and appends {@code events} to its outbox, provided nobody changed it since it was
     * read; otherwise an {@link OptimisticLockingFailureException} (409, read again and retry).
     */
    public void update(AggregateDocument doc, List<DomainEvent> events) {
        if (!update(doc, events, null)) {
            throw new OptimisticLockingFailureException(
                    doc.getClass().getSimpleName() + " " + doc.getId() + " was changed by another request");
        }
    }

    /**
     * Like {@link #update(AggregateDocument, List)} with a further condition on the stored document.
     *
     * @return false, writing nothing, when the version or the condition did not match
     */
    public boolean update(AggregateDocument doc, List<DomainEvent> events, Criteria condition) {
        String collection = mongo.getCollectionName(doc.getClass());
        long version = doc.getVersion();
        int pending = doc.getOutbox().size();
        outbox.stage(doc, events);
        Document written = new Document();
        mongo.getConverter().write(doc, written);
        Update update = new Update();
        written.forEach((field, value) -> {
            if (!NOT_STATE.contains(field)) {
                update.set(field, value);
            }
        });
        // The converter leaves null fields out; they must be cleared, not kept.
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(doc.getClass()).forEach(property -> {
            String field = property.getFieldName();
            if (!NOT_STATE.contains(field) && !written.containsKey(field)) {
                update.unset(field);
            }
        });
        update.set("version", version + 1);
        List<?> staged = written.getList("outbox", Object.class);
        if (staged.size() > pending) {
            update.push("outbox").each(staged.subList(pending, staged.size()).toArray());
        }
        Criteria guard = Criteria.where("_id").is(doc.getId()).and("version").is(version);
        Query query = Query.query(condition == null ? guard : new Criteria().andOperator(guard, condition));
        UpdateResult result = mongo.updateFirst(query, update, collection);
        if (result.getMatchedCount() == 0) {
            return false;
        }
        doc.version = version + 1;
        if (!events.isEmpty()) {
            relay.ifAvailable(running -> running.documentSaved(collection, doc.getId()));
        }
        return true;
    }
}
