package io.estatewatch.assessment.shared.persistence;

import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A recorded fact that never changes (an inspection, a check, a handover) stored as {@code fact} with the event it
 * published waiting in the outbox. Queries address its fields as {@code fact.<field>}.
 */
public abstract class FactDocument<T> extends OutboxDocument {

    public static final String FACT = "fact.";

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private T fact;

    protected FactDocument() {
    }

    protected FactDocument(String id, String districtId, T fact) {
        this.id = id;
        this.districtId = districtId;
        this.fact = fact;
    }

    public T fact() {
        return fact;
    }
}
