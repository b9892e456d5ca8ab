package io.estatewatch.filing.store;

import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A stored aggregate: its id, its version (optimistic locking) and the events it has not yet published. */
public abstract class AggregateDocument extends OutboxDocument {

    @Id
    protected String id;

    @Version
    protected Long version;

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }
}
