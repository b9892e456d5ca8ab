package io.estatewatch.complaint.routing;

import io.estatewatch.complaint.routing.domain.AddressMatcher;
import io.estatewatch.complaint.routing.domain.Estate;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * This service's own copy of the estate register (name, aliases, street, current company), folded from the register's
 * events by {@link RegisterEventsFold}; the filing service is never called. Address matching reads a snapshot of all
 * estates that is at most {@link #SNAPSHOT_AGE} old (a district has some hundred estates).
 */
@Component
public class EstateDirectory {

    static final String COLLECTION = "estates";
    static final String COMPANIES = "companies";
    static final Duration SNAPSHOT_AGE = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private volatile Snapshot snapshot;

    public EstateDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The estate a complaint speaks of: the one with {@code estateId}, else the one its {@code address} names; empty
     * when neither is known (the complaint goes to the triage queue).
     */
    public Optional<Estate> locate(String estateId, String address) {
        if (estateId != null && !estateId.isBlank()) {
            Optional<Estate> byId = find(estateId);
            if (byId.isPresent()) {
                return byId;
            }
        }
        return AddressMatcher.match(address, all());
    }

    public Optional<Estate> find(String estateId) {
        return Optional.ofNullable(mongo.findById(estateId, Document.class, COLLECTION))
                .filter(doc -> doc.get("name") != null || doc.get("companyId") != null || doc.get("street") != null)
                .map(EstateDirectory::estate);
    }

    /** The registered name of a property company, if the register announced it. */
    public Optional<String> companyName(String companyId) {
        return Optional.ofNullable(mongo.findById(companyId, Document.class, COMPANIES))
                .map(doc -> doc.getString("name"));
    }

    /** Every estate, from a snapshot at most {@link #SNAPSHOT_AGE} old. */
    public List<Estate> all() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current == null || now - current.loadedAtNanos() > SNAPSHOT_AGE.toNanos()) {
            List<Estate> estates = mongo.find(new Query(Criteria.where("name").exists(true)), Document.class, COLLECTION)
                    .stream().map(EstateDirectory::estate).toList();
            current = new Snapshot(estates, now);
            snapshot = current;
        }
        return current.estates();
    }

    /** Drops the snapshot after this replica folded a change. */
    void changed() {
        snapshot = null;
    }

    private static Estate estate(Document doc) {
        return new Estate(doc.get("_id").toString(), doc.getString("name"), doc.getList("aliases", String.class),
                doc.getString("street"), doc.getString("address"), doc.getString("companyId"));
    }

    private record Snapshot(List<Estate> estates, long loadedAtNanos) {
    }
}
