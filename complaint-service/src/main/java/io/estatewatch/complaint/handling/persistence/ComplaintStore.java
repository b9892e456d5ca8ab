package io.estatewatch.complaint.handling.persistence;

import com.mongodb.client.result.UpdateResult;
import io.estatewatch.complaint.handling.domain.Complaint;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.servicekit.outbox.EventOutbox;
import io.estatewatch.servicekit.outbox.OutboxRelay;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes complaints with their events, every change one single-document write.
 *
 * <p>A change is a guarded update (matching the version read) that sets the state and pushes only the new events onto
 * the outbox: the relay removes published events without touching the version, so writing the whole document back
 * would bring published events back. The merge links are left to their own idempotent updates.
 */
@Component
public class ComplaintStore implements InitializingBean {

    public static final String COLLECTION = "complaints";
    private static final Set<String> NOT_STATE = Set.of("_id", "version", "outbox", "mergedFrom", "mergeLinked", "_class");

    private final MongoTemplate mongo;
    private final EventOutbox outbox;
    private final ObjectProvider<OutboxRelay> relay;
    private final Clock clock;

    public ComplaintStore(MongoTemplate mongo, EventOutbox outbox, ObjectProvider<OutboxRelay> relay, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.clock = clock;
    }

    /** The indexes exist before the first request: the natural key's uniqueness is what makes retried pushes safe. */
    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("naturalKey", Sort.Direction.ASC).unique().named("natural_key"));
        indexes.createIndex(new Index("receivedAt", Sort.Direction.DESC).named("received_at"));
        indexes.createIndex(new Index("phoneHash", Sort.Direction.ASC).on("estateId", Sort.Direction.ASC)
                .on("category", Sort.Direction.ASC).named("duplicates"));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("changedAt", Sort.Direction.ASC).named("watch"));
    }

    public Optional<ComplaintDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ComplaintDocument.class, COLLECTION));
    }

    public Optional<ComplaintDocument> findByNaturalKey(String naturalKey) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("naturalKey").is(naturalKey)),
                ComplaintDocument.class, COLLECTION));
    }

    /**
     * Stores a new complaint with its first events.
     *
     * @throws org.springframework.dao.DuplicateKeyException when its natural key is taken
     */
    public void insert(ComplaintDocument doc, List<DomainEvent> events) {
        outbox.stage(doc, events);
        doc.setChangedAt(clock.instant());
        mongo.insert(doc, COLLECTION);
        published(doc.getId(), events);
    }

    /**
     * Applies {@code change} to the complaint {@code doc} holds and writes the new state with the events it emitted;
     * writes nothing when it emitted none.
     *
     * @return the events written
     * @throws OptimisticLockingFailureException when the complaint was changed since {@code doc} was read
     */
    public List<DomainEvent> change(ComplaintDocument doc, Consumer<Complaint> change) {
        Complaint complaint = doc.toDomain();
        change.accept(complaint);
        List<DomainEvent> events = complaint.takeEvents();
        if (!events.isEmpty()) {
            doc.update(complaint);
            update(doc, events);
        }
        return events;
    }

    /**
     * Writes the document's state and appends {@code events} to its outbox, provided nobody changed it since it was
     * read; otherwise an {@link OptimisticLockingFailureException} (409: read again and retry).
     */
    public void update(ComplaintDocument doc, List<DomainEvent> events) {
        long version = doc.getVersion();
        int before = doc.getOutbox().size();
        outbox.stage(doc, events);
        doc.setChangedAt(clock.instant());
        Document written = new Document();
        mongo.getConverter().write(doc, written);
        Update update = new Update();
        written.forEach((field, value) -> {
            if (!NOT_STATE.contains(field)) {
                update.set(field, value);
            }
        });
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(ComplaintDocument.class)
                .forEach(property -> {
                    // The converter leaves out null fields: a field that became null is cleared, not kept.
                    if (!NOT_STATE.contains(property.getFieldName()) && !written.containsKey(property.getFieldName())) {
                        update.unset(property.getFieldName());
                    }
                });
        List<?> staged = written.getList("outbox", Object.class);
        if (staged.size() > before) {
            update.push("outbox").each(staged.subList(before, staged.size()).toArray());
        }
        update.set("version", version + 1);
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(doc.getId()).and("version").is(version)), update, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Complaint " + doc.getId() + " was changed by another request");
        }
        doc.setVersion(version + 1);
        published(doc.getId(), events);
    }

    /** Records on {@code targetId} that {@code sourceId} was merged into it; repeating it changes nothing. */
    public void linkMerged(String targetId, String sourceId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(targetId)), new Update().addToSet("mergedFrom", sourceId),
                COLLECTION);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(sourceId)), new Update().set("mergeLinked", true),
                COLLECTION);
    }

    private void published(String id, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            relay.ifAvailable(running -> running.documentSaved(COLLECTION, id));
        }
    }
}
