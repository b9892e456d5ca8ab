package io.estatewatch.reporting.projection;

import io.estatewatch.servicekit.consume.EventEnvelope;
import io.estatewatch.servicekit.consume.ExactFold;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact fold of a whole batch of events at once, with the same marks as {@link ExactFold}
 * ({@code _applied.<aggregate>} = the last sequence applied) so that both can fold into the same rows.
 *
 * <p>Per collection it reads the marks of every row the batch touches in one query, drops the events a row has
 * applied already, merges each row's remaining events into one update ({@code $set}s in order, {@code $push}es as
 * {@code $each} lists, the mark set to the last sequence), guards it like {@link ExactFold} with the first of those
 * sequences, and sends all rows' updates in one unordered bulk write. One operation per row and batch instead of one
 * per event. It assumes it is the only writer of the rows meanwhile (the rebuild's new generation is); should a guard
 * refuse anyway, the batch is folded again one event at a time by {@link ExactFold}, which is always safe.
 */
@Component
public class BatchFold {

    private static final Logger log = LoggerFactory.getLogger(BatchFold.class);
    private static final String APPLIED = "_applied";

    private final MongoTemplate mongo;
    private final ExactFold exactFold;

    public BatchFold(MongoTemplate mongo, ExactFold exactFold) {
        this.mongo = mongo;
        this.exactFold = exactFold;
    }

    /** Folds {@code envelopes}, in their order, into {@code generation}; returns the number of rows written. */
    public int apply(long generation, List<EventEnvelope> envelopes) {
        Map<String, Map<String, List<Pending>>> byCollection = new LinkedHashMap<>();
        for (EventEnvelope envelope : envelopes) {
            for (RowWrite write : EventRows.of(envelope.event())) {
                byCollection.computeIfAbsent(write.projection().collection(generation), c -> new LinkedHashMap<>())
                        .computeIfAbsent(write.id(), id -> new ArrayList<>())
                        .add(new Pending(envelope, field(envelope.subject()), write.update()));
            }
        }
        int written = 0;
        for (Map.Entry<String, Map<String, List<Pending>>> collection : byCollection.entrySet()) {
            written += apply(collection.getKey(), collection.getValue());
        }
        return written;
    }

    private int apply(String collection, Map<String, List<Pending>> rows) {
        Map<String, Map<String, Long>> marks = marks(collection, rows.keySet());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int operations = 0;
        for (Map.Entry<String, List<Pending>> row : rows.entrySet()) {
            Map<String, Long> current = new HashMap<>(marks.getOrDefault(row.getKey(), Map.of()));
            Map<String, Long> first = new LinkedHashMap<>();
            Merged merged = new Merged();
            for (Pending pending : row.getValue()) {
                long sequence = pending.envelope().sequence();
                Long mark = current.get(pending.mark());
                if (mark != null && mark >= sequence) {
                    continue;
                }
                merged.add(pending.update());
                current.put(pending.mark(), sequence);
                first.putIfAbsent(pending.mark(), sequence);
            }
            if (first.isEmpty()) {
                continue;
            }
            Criteria guard = Criteria.where("_id").is(row.getKey());
            Update update = merged.update();
            for (Map.Entry<String, Long> aggregate : first.entrySet()) {
                guard = guard.and(APPLIED + "." + aggregate.getKey()).not().gte(aggregate.getValue());
                update.set(APPLIED + "." + aggregate.getKey(), current.get(aggregate.getKey()));
            }
            bulk.upsert(Query.query(guard), update);
            operations++;
        }
        if (operations == 0) {
            return 0;
        }
        try {
            bulk.execute();
            return operations;
        } catch (DataAccessException refused) {
            log.warn("A batched fold into {} was refused ({}); folding its events one by one", collection,
                    refused.getClass().getSimpleName());
            int written = 0;
            for (Map.Entry<String, List<Pending>> row : rows.entrySet()) {
                for (Pending pending : row.getValue()) {
                    if (exactFold.apply(collection, row.getKey(), pending.envelope(), copy(pending.update()))) {
                        written++;
                    }
                }
            }
            return written;
        }
    }

    private Map<String, Map<String, Long>> marks(String collection, java.util.Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include(APPLIED);
        Map<String, Map<String, Long>> marks = new HashMap<>();
        for (Document row : mongo.find(query, Document.class, collection)) {
            Map<String, Long> applied = new HashMap<>();
            if (row.get(APPLIED) instanceof Document document) {
                document.forEach((aggregate, sequence) -> {
                    if (sequence instanceof Number n) {
                        applied.put(aggregate, n.longValue());
                    }
                });
            }
            marks.put(String.valueOf(row.get("_id")), applied);
        }
        return marks;
    }

    /** The mark's field name, as {@link ExactFold} writes it. */
    static String field(String subject) {
        return subject.replace('.', '_').replace('$', '_');
    }

    private static Update copy(Update update) {
        Update copy = new Update();
        Document object = update.getUpdateObject();
        if (object.get("$set") instanceof Document set) {
            set.forEach(copy::set);
        }
        if (object.get("$push") instanceof Document push) {
            push.forEach(copy::push);
        }
        return copy;
    }

    private record Pending(EventEnvelope envelope, String mark, Update update) {
    }

    /** The {@code $set}s and {@code $push}es of several updates of one row, in order. */
    private static final class Merged {
        private final Map<String, Object> set = new LinkedHashMap<>();
        private final Map<String, List<Object>> push = new LinkedHashMap<>();

        void add(Update update) {
            Document object = update.getUpdateObject();
            for (Map.Entry<String, Object> operator : object.entrySet()) {
                if (!(operator.getValue() instanceof Document fields)) {
                    continue;
                }
                switch (operator.getKey()) {
                    case "$set" -> set.putAll(fields);
                    case "$push" -> fields.forEach((field, value) -> push.computeIfAbsent(field,
                            f -> new ArrayList<>()).add(value));
                    default -> throw new IllegalArgumentException("A row write may only $set and $push, not "
                            + operator.getKey());
                }
            }
        }

        Update update() {
            Update update = new Update();
            set.forEach(update::set);
            push.forEach((field, values) -> update.push(field).each(values.toArray()));
            return update;
        }
    }
}
