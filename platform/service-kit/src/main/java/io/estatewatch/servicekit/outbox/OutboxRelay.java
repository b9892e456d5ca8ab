package io.estatewatch.servicekit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes the events waiting in aggregate documents to Kafka as CloudEvents (binary mode, {@code ce_} headers)
 * and removes them once the broker has acknowledged them (acks=all, idempotent producer).
 *
 * <p>At-least-once: a crash between the acknowledgement and the removal publishes the same {@code ce_id} and
 * sequence again, which consumers ignore. One aggregate's events are published strictly in sequence order — its
 * next event is sent only after the previous one is acknowledged — so a consumer never sees a gap close later.
 *
 * <p>Documents saved through Spring Data are queued for publication at once; a periodic scan of every
 * collection catches the rest (documents updated directly, events left behind by a crash).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Set<String> NOT_AGGREGATES = Set.of("idempotency_keys", "shedLock");
    /** Present exactly when a document has events waiting: every pending event has an id. */
    static final String PENDING = "outbox.eventId";
    /**
     * Indexes only the documents with events waiting, so the periodic scan reads those and not the whole collection
     * (an aggregate collection grows for ever; its waiting documents are a handful).
     */
    static final String PENDING_INDEX = "outbox_pending";

    private final MongoTemplate mongo;
    private final Producer<String, byte[]> producer;
    private final String source;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Map<String, Set<Object>> saved = new ConcurrentHashMap<>();
    private final AtomicLong pending = new AtomicLong();
    /** Ids the broker acknowledged lately, so a stale save that brings them back does not publish them twice. */
    private final Set<String> recentlyAcknowledged = java.util.Collections.newSetFromMap(
            new LinkedHashMap<String, Boolean>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 20_000;
                }
            });
    private final Timer publishLatency;
    private final Counter published;
    private final Counter failures;
    private volatile ScheduledExecutorService executor;
    private volatile long lastScanNanos;
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    public OutboxRelay(MongoTemplate mongo, Producer<String, byte[]> producer, String source,
                       OutboxProperties properties, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.producer = producer;
        this.source = source;
        this.properties = properties;
        this.clock = clock;
        meters.gauge("estatewatch.outbox.pending", pending);
        this.publishLatency = Timer.builder("estatewatch.outbox.publish.latency")
                .description("From staging an event to the broker's acknowledgement").publishPercentileHistogram()
                .register(meters);
        this.published = Counter.builder("estatewatch.outbox.published").register(meters);
        this.failures = Counter.builder("estatewatch.outbox.failures")
                .description("Publication attempts the broker did not acknowledge").register(meters);
    }

    /** Asks for the document's pending events to be published soon, without waiting for the next scan. */
    public void documentSaved(String collection, Object id) {
        saved.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(id);
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(this::relayQuietly);
        }
    }

    /** Publishes what is pending now and marks it sent; returns how many events the broker acknowledged. */
    public synchronized int relayOnce() {
        boolean scan = System.nanoTime() - lastScanNanos >= properties.scanInterval().toNanos();
        List<Aggregate> aggregates = scan ? scanAll() : takeSaved();
        if (scan) {
            lastScanNanos = System.nanoTime();
        }
        return publish(aggregates, true);
    }

    /** Scans every collection now and publishes everything pending, as after a restart. */
    public synchronized int relayAll() {
        lastScanNanos = System.nanoTime();
        return publish(scanAll(), true);
    }

    /**
     * Publishes without marking: what a crash between the acknowledgement and the mark leaves behind.
     * Exists so that tests can show that consumers ignore the re-publication.
     */
    synchronized int publishWithoutMarking() {
        return publish(scanAll(), false);
    }

    private void relayQuietly() {
        try {
            relayOnce();
        } catch (RuntimeException e) {
            log.warn("Outbox relay run failed; it will retry: {}", e.toString());
        }
    }

    private List<Aggregate> takeSaved() {
        List<Aggregate> aggregates = new ArrayList<>();
        for (String collection : saved.keySet()) {
            Set<Object> ids = saved.remove(collection);
            if (ids == null || ids.isEmpty()) {
                continue;
            }
            Query query = new Query(Criteria.where("_id").in(ids).and(PENDING).exists(true));
            query.fields().include("outbox");
            mongo.find(query, Document.class, collection)
                    .forEach(doc -> aggregates.add(Aggregate.of(collection, doc)));
        }
        return aggregates;
    }

    private List<Aggregate> scanAll() {
        saved.clear();
        List<Aggregate> aggregates = new ArrayList<>();
        long waiting = 0;
        for (String collection : mongo.getCollectionNames()) {
            if (collection.startsWith("system.") || NOT_AGGREGATES.contains(collection)) {
                continue;
            }
            indexPending(collection);
            Query query = new Query(Criteria.where(PENDING).exists(true)).limit(properties.batchSize());
            query.fields().include("outbox");
            for (Document doc : mongo.find(query, Document.class, collection)) {
                Aggregate aggregate = Aggregate.of(collection, doc);
                waiting += aggregate.events().size();
                aggregates.add(aggregate);
            }
        }
        pending.set(waiting);
        return aggregates;
    }

    /** Once per collection and process; creating an index that exists already is a no-op for MongoDB. */
    private void indexPending(String collection) {
        if (!indexed.add(collection)) {
            return;
        }
        try {
            mongo.indexOps(collection).createIndex(new Index().on(PENDING, Sort.Direction.ASC).named(PENDING_INDEX)
                    .partial(PartialIndexFilter.of(Criteria.where(PENDING).exists(true))));
        } catch (RuntimeException e) {
            indexed.remove(collection);
            log.warn("Could not index the pending events of {}; the scan reads the whole collection: {}", collection,
                    e.toString());
        }
    }

    /** Sends the i-th pending event of every aggregate together, round after round, so each stays in order. */
    private int publish(List<Aggregate> aggregates, boolean mark) {
        Map<Aggregate, List<String>> acknowledged = new LinkedHashMap<>();
        List<Aggregate> active = new ArrayList<>();
        for (Aggregate aggregate : aggregates) {
            // A save from a copy read before the last mark puts acknowledged events back: only remove them again.
            List<PendingEvent> unsent = new ArrayList<>();
            for (PendingEvent event : aggregate.events()) {
                if (mark && recentlyAcknowledged.contains(event.eventId())) {
                    acknowledged.computeIfAbsent(aggregate.withEvents(List.of()), a -> new ArrayList<>())
                            .add(event.eventId());
                } else {
                    unsent.add(event);
                }
            }
            if (!unsent.isEmpty()) {
                active.add(aggregate.withEvents(unsent));
            }
        }
        int total = 0;
        for (int round = 0; !active.isEmpty(); round++) {
            Map<Aggregate, Future<RecordMetadata>> sends = new HashMap<>();
            for (Aggregate aggregate : active) {
                PendingEvent event = aggregate.events().get(round);
                sends.put(aggregate, producer.send(record(event)));
            }
            List<Aggregate> next = new ArrayList<>();
            for (Map.Entry<Aggregate, Future<RecordMetadata>> send : sends.entrySet()) {
                Aggregate aggregate = send.getKey();
                PendingEvent event = aggregate.events().get(round);
                if (await(send.getValue(), event)) {
                    acknowledged.computeIfAbsent(aggregate.withEvents(List.of()), a -> new ArrayList<>())
                            .add(event.eventId());
                    if (mark) {
                        recentlyAcknowledged.add(event.eventId());
                    }
                    publishLatency.record(Duration.between(event.stagedAt(), clock.instant()).abs());
                    published.increment();
                    total++;
                    if (round + 1 < aggregate.events().size()) {
                        next.add(aggregate);
                    }
                }
            }
            active = next;
        }
        if (mark) {
            markSent(acknowledged);
        }
        return total;
    }

    /** Removes the acknowledged events: one unordered bulk write per collection rather than a round trip each. */
    private void markSent(Map<Aggregate, List<String>> acknowledged) {
        Map<String, BulkOperations> byCollection = new LinkedHashMap<>();
        acknowledged.forEach((aggregate, ids) -> byCollection
                .computeIfAbsent(aggregate.collection(), c -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, c))
                .updateOne(Query.query(Criteria.where("_id").is(aggregate.id())),
                        new Update().pull("outbox", Query.query(Criteria.where("eventId").in(ids)))));
        byCollection.values().forEach(BulkOperations::execute);
    }

    private boolean await(Future<RecordMetadata> send, PendingEvent event) {
        try {
            send.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Event {} ({}) not acknowledged; it stays pending: {}", event.eventId(), event.type(), e.toString());
        }
        failures.increment();
        return false;
    }

    /**
     * A CloudEvents 1.0 record in Kafka binary content mode. The attributes are written as plain UTF-8 headers with
     * the {@code ce_} prefix of the Kafka protocol binding, readable by any CloudEvents consumer.
     */
    private ProducerRecord<String, byte[]> record(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(),
                event.data().getBytes(StandardCharsets.UTF_8));
        header(record, "id", event.eventId());
        header(record, "specversion", "1.0");
        header(record, "type", event.type());
        header(record, "source", source);
        header(record, "subject", event.key());
        header(record, "time", DateTimeFormatter.ISO_INSTANT.format(event.time()));
        // Extensions: the aggregate's event number (consumers apply each once) and the causing request.
        header(record, "sequence", Long.toString(event.sequence()));
        if (event.correlationId() != null) {
            header(record, "correlationid", event.correlationId());
        }
        record.headers().add(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String attribute, String value) {
        record.headers().add(new RecordHeader(CloudEventMessageUtils.KAFKA_ATTR_PREFIX + attribute,
                value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        started.scheduleWithFixedDelay(this::relayQuietly, 0, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Aggregate(String collection, Object id, List<PendingEvent> events) {

        Aggregate withEvents(List<PendingEvent> others) {
            return new Aggregate(collection, id, others);
        }

        static Aggregate of(String collection, Document doc) {
            List<PendingEvent> events = doc.getList("outbox", Document.class).stream()
                    .map(Aggregate::event)
                    .sorted(java.util.Comparator.comparingLong(PendingEvent::sequence))
                    .toList();
            return new Aggregate(collection, doc.get("_id"), events);
        }

        private static PendingEvent event(Document e) {
            return new PendingEvent(e.getString("eventId"), e.getString("type"), e.getString("topic"), e.getString("key"),
                    ((Number) e.get("sequence")).longValue(), e.getDate("time").toInstant(),
                    e.getDate("stagedAt").toInstant(), e.getString("correlationId"), e.getString("data"));
        }
    }
}
