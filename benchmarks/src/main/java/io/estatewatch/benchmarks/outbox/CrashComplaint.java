package io.estatewatch.benchmarks.outbox;

import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * The aggregate the crash test writes: a complaint that is received, assigned and resolved, one document write per
 * step. {@code emitted} lists the {@code ce_id} of every event the aggregate staged, written in the same document
 * write as the event itself, so it names exactly the events of committed changes.
 */
@Document(CrashComplaint.COLLECTION)
public class CrashComplaint extends OutboxDocument {

    public static final String COLLECTION = "complaints";

    @Id
    private String id;
    private String status;
    private List<String> emitted = new ArrayList<>();

    public CrashComplaint() {
    }

    public CrashComplaint(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<String> getEmitted() {
        return emitted;
    }

    public void setEmitted(List<String> emitted) {
        this.emitted = emitted == null ? new ArrayList<>() : emitted;
    }
}
