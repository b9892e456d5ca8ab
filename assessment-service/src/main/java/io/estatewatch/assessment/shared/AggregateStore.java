package io.estatewatch.assessment.shared;

import com.mongodb.client.result.UpdateResult;
import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.events.DomainEvent;
import io.estatewatch.servicekit.outbox.EventOutbox;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import io.estatewatch.servicekit.outbox.OutboxRelay;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Writes aggregate documents together with the events their change caused: one single-document write each (the
 * outbox; the service kit's relay publishes the events). Reads them back within this service's district.
 */
@Component
public class AggregateStore {

    static final String OUTBOX = "outbox";

    private final MongoTemplate mongo;
    private final EventOutbox outbox;
    private final ObjectProvider<OutboxRelay> relay;
    private final String districtId;

    public AggregateStore(MongoTemplate mongo, EventOutbox outbox, ObjectProvider<OutboxRelay> relay,
                      ServiceSettings settings) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.districtId = settings.districtId();
    }

    /** A new aggregate. @throws DuplicateKeyException when its id (or a unique key) is taken */
    public <D extends OutboxDocument> D insert(D document, List<? extends DomainEvent> events) {
        outbox.stage(document, events);
        return mongo.insert(document);
    }

    /**
     * A new aggregate whose id was chosen ahead (see {@code FollowUp}): inserting it again finds it there and changes
     * nothing, so a retried command issues it once.
     *
     * @return whether it was inserted now
     */
    public <D extends OutboxDocument> boolean insertOnce(D document, List<? extends DomainEvent> events) {
        try {
            insert(document, events);
            return true;
        } catch (DuplicateKeyException present) {
            return false;
        }
    }

    /**
     * A changed aggregate, guarded by its {@code @Version}: its state is set and the new events are appended to its
     * outbox in one update. The outbox is not written back whole, so the events the relay published (and removed)
     * since the document was read stay removed instead of being published again.
     *
     * @throws OptimisticLockingFailureException when someone changed it since it was read
     */
    public <D extends OutboxDocument> void save(D document, List<? extends DomainEvent> events) {
        MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext()
                .getRequiredPersistentEntity(document.getClass());
        MongoPersistentProperty versionProperty = entity.getRequiredVersionProperty();
        PersistentPropertyAccessor<D> accessor = entity.getPropertyAccessor(document);
        Long version = (Long) accessor.getProperty(versionProperty);
        int published = document.getOutbox().size();
        outbox.stage(document, events);
        Document written = new Document();
        mongo.getConverter().write(document, written);
        Object id = written.remove("_id");
        List<?> staged = written.getList(OUTBOX, Object.class);
        written.remove(OUTBOX);
        written.remove("_class");
        written.put(versionProperty.getFieldName(), version + 1);
        Update update = new Update();
        written.forEach(update::set);
        List<?> fresh = staged.subList(published, staged.size());
        if (!fresh.isEmpty()) {
            update.push(OUTBOX).each(fresh.toArray());
        }
        String collection = entity.getCollection();
        UpdateResult result = mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and(versionProperty.getFieldName()).is(version)), update,
                collection);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(
                    "The " + collection + " document " + id + " was changed by someone else since it was read.");
        }
        accessor.setProperty(versionProperty, version + 1);
        if (!fresh.isEmpty()) {
            relay.ifAvailable(running -> running.documentSaved(collection, id));
        }
    }

    /** The aggregate of this district with the id. */
    public <D> Optional<D> find(Class<D> type, String id) {
        return Optional.ofNullable(mongo.findOne(inDistrict(Criteria.where("_id").is(id)), type));
    }

    /** Every aggregate of this district the criteria match. */
    public <D> List<D> findAll(Class<D> type, Criteria criteria, org.springframework.data.domain.Sort sort) {
        return mongo.find(inDistrict(criteria).with(sort), type);
    }

    /** One page of the aggregates of this district the criteria match, in the page's order. */
    public <D> Page<D> page(Class<D> type, Criteria criteria, Pageable page) {
        return Paging.find(mongo, inDistrict(criteria), page, type);
    }

    public Query inDistrict(Criteria criteria) {
        return Query.query(new Criteria().andOperator(criteria, Criteria.where("districtId").is(districtId)));
    }

    public MongoTemplate mongo() {
        return mongo;
    }
}
