package io.estatewatch.servicekit.web;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOptions;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.util.function.SingletonSupplier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The first response to each idempotency key, in the MongoDB collection {@value #COLLECTION}: one document per
 * key + method + path, claimed by an insert (the unique {@code _id} decides who is first), completed or released by
 * conditional single-document updates. No transactions are needed, so it works on mongo-java-server as on a replica
 * set. A TTL index on {@code createdAt} removes entries after the configured time; entries past it are also
 * ignored on read, since MongoDB's TTL monitor runs only once a minute, and purged every few minutes, since
 * mongo-java-server accepts the TTL index but does not act on it.
 */
class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";
    static final String TTL_INDEX = "createdAt_ttl";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final int ATTEMPTS = 4;
    private static final Duration INDEX_RETRY = Duration.ofMinutes(1);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private final Supplier<MongoTemplate> mongoSupplier;
    private final Duration ttl;
    private final Duration inProgressTimeout;
    private final Clock clock;
    private volatile Instant nextIndexAttempt = Instant.MIN;
    private volatile boolean indexed;
    private volatile Instant nextPurge = Instant.MIN;

    IdempotencyStore(MongoTemplate mongo, Duration ttl, Duration inProgressTimeout, Clock clock) {
        this(() -> mongo, ttl, inProgressTimeout, clock);
    }

    /**
     * With the template looked up on first use: the filter that uses this store is created with the web server,
     * before the rest of the context, and must not pull MongoDB's client forward with it (it would be built before
     * late properties such as a test's {@code spring.mongodb.uri} are known).
     */
    IdempotencyStore(Supplier<MongoTemplate> mongo, Duration ttl, Duration inProgressTimeout, Clock clock) {
        this.mongoSupplier = SingletonSupplier.of(mongo);
        this.ttl = ttl;
        this.inProgressTimeout = inProgressTimeout;
        this.clock = clock;
    }

    /** Result of {@link #begin}: go ahead, replay, or refuse. */
    sealed interface Claim permits Acquired, Replay, Mismatch, InProgress {
    }

    /** This request is the first (or takes over a stale one): run it, then {@link #complete} or {@link #release}. */
    record Acquired(String id, String owner) implements Claim {
    }

    /** The first request completed: answer with its response. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }

    /** The first request with this key is still running. */
    record InProgress() implements Claim {
    }

    record StoredResponse(int status, String contentType, byte[] body, String location) {
    }

    Claim begin(String id, String key, String method, String path, String fingerprint) {
        ensureIndexes();
        purgeExpired();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            String owner = UUID.randomUUID().toString();
            try {
                mongo().insert(new Document("_id", id)
                        .append("key", key)
                        .append("method", method)
                        .append("path", path)
                        .append("fingerprint", fingerprint)
                        .append("state", IN_PROGRESS)
                        .append("owner", owner)
                        .append("createdAt", Date.from(now))
                        .append("lockedAt", Date.from(now)), COLLECTION);
                return new Acquired(id, owner);
            } catch (DuplicateKeyException taken) {
                Document existing = mongo().findById(id, Document.class, COLLECTION);
                if (existing == null) {
                    continue; // removed in between: try again
                }
                Date createdAt = existing.getDate("createdAt");
                if (createdAt == null || createdAt.toInstant().isBefore(now.minus(ttl))) {
                    mongo().remove(Query.query(where("_id").is(id).and("owner").is(existing.getString("owner"))), COLLECTION);
                    continue; // expired but not yet reaped by the TTL monitor
                }
                if (!fingerprint.equals(existing.getString("fingerprint"))) {
                    return new Mismatch();
                }
                if (COMPLETED.equals(existing.getString("state"))) {
                    return new Replay(stored(existing));
                }
                Date lockedAt = existing.getDate("lockedAt");
                if (lockedAt != null && lockedAt.toInstant().isBefore(now.minus(inProgressTimeout))) {
                    // The first request died without completing or releasing: take its claim over, exactly once.
                    Document takenOver = mongo().findAndModify(
                            Query.query(where("_id").is(id).and("state").is(IN_PROGRESS).and("owner").is(existing.getString("owner"))),
                            new Update().set("owner", owner).set("lockedAt", Date.from(now)),
                            FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
                    if (takenOver != null) {
                        log.warn("Idempotency key {} was in progress since {}; taking it over", id, lockedAt.toInstant());
                        return new Acquired(id, owner);
                    }
                    continue;
                }
                return new InProgress();
            }
        }
        return new InProgress();
    }

    /** Stores the response of an acquired claim; false if the claim was lost (taken over or expired). */
    boolean complete(Acquired claim, StoredResponse response) {
        Update update = new Update()
                .set("state", COMPLETED)
                .set("status", response.status())
                .set("body", new Binary(response.body()))
                .set("completedAt", Date.from(clock.instant()))
                .unset("lockedAt");
        if (response.contentType() != null) {
            update.set("contentType", response.contentType());
        }
        if (response.location() != null) {
            update.set("location", response.location());
        }
        return mongo().updateFirst(owned(claim), update, COLLECTION).getMatchedCount() == 1;
    }

    /** Forgets an acquired claim, so that a retry runs the request again. */
    void release(Acquired claim) {
        mongo().remove(owned(claim), COLLECTION);
    }

    private MongoTemplate mongo() {
        return mongoSupplier.get();
    }

    private static Query owned(Acquired claim) {
        return Query.query(where("_id").is(claim.id()).and("owner").is(claim.owner()).and("state").is(IN_PROGRESS));
    }

    private static StoredResponse stored(Document document) {
        Object body = document.get("body");
        byte[] bytes = body instanceof Binary binary ? binary.getData() : body instanceof byte[] raw ? raw : new byte[0];
        return new StoredResponse(document.getInteger("status", 200), document.getString("contentType"), bytes,
                document.getString("location"));
    }

    /**
     * Deletes expired entries every few minutes. MongoDB's TTL monitor does this too; mongo-java-server ignores the
     * TTL index, so without this the collection of a local-mode service would only grow.
     */
    void purgeExpired() {
        Instant now = clock.instant();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_INTERVAL);
        try {
            mongo().remove(Query.query(where("createdAt").lt(Date.from(now.minus(ttl)))), COLLECTION);
        } catch (RuntimeException failure) {
            log.debug("Could not purge expired idempotency keys: {}", failure.toString());
        }
    }

    /**
     * Creates the TTL index (or changes its expiry) once; retried at most once a minute while MongoDB cannot be
     * reached, so that a service starts without it.
     */
    void ensureIndexes() {
        if (indexed || clock.instant().isBefore(nextIndexAttempt)) {
            return;
        }
        synchronized (this) {
            if (indexed) {
                return;
            }
            try {
                Optional<IndexInfo> current = mongo().indexOps(COLLECTION).getIndexInfo().stream()
                        .filter(index -> TTL_INDEX.equals(index.getName())).findFirst();
                if (current.isEmpty()) {
                    mongo().indexOps(COLLECTION).createIndex(
                            new Index().on("createdAt", Sort.Direction.ASC).expire(ttl).named(TTL_INDEX));
                } else if (current.get().getExpireAfter().map(expiry -> !expiry.equals(ttl)).orElse(true)) {
                    mongo().indexOps(COLLECTION).alterIndex(TTL_INDEX, IndexOptions.expireAfter(ttl));
                }
                indexed = true;
            } catch (RuntimeException failure) {
                nextIndexAttempt = clock.instant().plus(INDEX_RETRY);
                log.warn("Could not create the TTL index of {} (will retry): {}", COLLECTION, failure.toString());
            }
        }
    }
}
