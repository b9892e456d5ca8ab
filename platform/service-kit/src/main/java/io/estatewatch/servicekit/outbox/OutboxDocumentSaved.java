package io.estatewatch.servicekit.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Hands every saved aggregate document with pending events straight to the relay. */
class OutboxDocumentSaved extends AbstractMongoEventListener<OutboxDocument> {

    private final OutboxRelay relay;

    OutboxDocumentSaved(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxDocument> event) {
        if (!event.getSource().getOutbox().isEmpty()) {
            relay.documentSaved(event.getCollectionName(), event.getDocument().get("_id"));
        }
    }
}
