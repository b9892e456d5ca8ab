package io.estatewatch.renovation.project.persistence;

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
 * Writes projects with their events, each change in one single-document write.
 *
 * <p>A change is written as a guarded update that sets the state and appends the new events to the outbox, instead
 * of saving the whole document: the relay removes published events from the outbox without touching the version, so
 * saving a document read before that removal would put the published events back and publish them twice.
 */
@Component
public class ProjectStore {

    static final String COLLECTION = "projects";
    private static final Set<String> NOT_STATE = Set.of("_id", "version", "outbox");

    private final MongoTemplate mongo;
    private final ProjectRepository repository;
    private final EventOutbox outbox;
    private final ObjectProvider<OutboxRelay> relay;

    public ProjectStore(MongoTemplate mongo, ProjectRepository repository, EventOutbox outbox,
                        ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.repository = repository;
        this.outbox = outbox;
        this.relay = relay;
    }

    public Optional<ProjectDocument> find(String id) {
        return repository.findById(id);
    }

    /** Stores a new project with its first events. */
    public void insert(ProjectDocument doc, List<DomainEvent> events) {
        outbox.stage(doc, events);
        repository.insert(doc);
    }

    /**
     * Writes the document's state and appends {@code events} to its outbox, provided nobody changed it since it was
     * read; otherwise an {@link OptimisticLockingFailureException} (409, read again and retry).
     */
    public void update(ProjectDocument doc, List<DomainEvent> events) {
        long version = doc.getVersion();
        int published = doc.getOutbox().size();
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
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(ProjectDocument.class)
                .forEach(property -> {
                    String field = property.getFieldName();
                    if (!NOT_STATE.contains(field) && !written.containsKey(field)) {
                        update.unset(field);
                    }
                });
        update.set("version", version + 1);
        List<?> staged = written.getList("outbox", Object.class);
        if (staged.size() > published) {
            update.push("outbox").each(staged.subList(published, staged.size()).toArray());
        }
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(doc.getId()).and("version").is(version)), update, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Project " + doc.getId() + " was changed by another request");
        }
        doc.setVersion(version + 1);
        if (!events.isEmpty()) {
            relay.ifAvailable(running -> running.documentSaved(COLLECTION, doc.getId()));
        }
    }
}
