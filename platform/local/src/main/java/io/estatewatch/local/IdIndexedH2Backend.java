package io.estatewatch.local;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, except that a query naming {@code _id} is narrowed by the {@code _id} index first,
 * whatever other conditions it has.
 *
 * <p>The stock server uses an index only when the query's fields are exactly the index's fields, so
 * {@code {_id: x, "_applied.s": {$lt: n}}} — the services' guarded writes, the exact fold's guard and the outbox
 * relay's {@code {_id: {$in: ids}, "outbox.0": {$exists: true}}} — scanned the whole collection, and every write got
 * slower as the collection grew (docs/performance.md). MongoDB serves these from the {@code _id} index; with this
 * narrowing the local store does too. When the {@code _id} condition is a plain id or an {@code $in} list of plain ids,
 * the index finds exactly the documents it matches, and only the rest of the query is matched on them; any other
 * {@code _id} condition (a regular expression, an operator) is matched again with the whole query. Results are
 * MongoDB's either way.
 *
 * <p>Its unique indexes compare keys by value ({@link OrderedUniqueIndex}); the stock ones serialised both keys at each
 * comparison. Documents are stored as the stock backend stores them: an existing data file opens, and its indexes are
 * built again once, in the new order, from its documents.
 */
final class IdIndexedH2Backend extends H2Backend {

    // Map name prefixes of the stock H2Database (package-private there); the same names keep old files readable.
    private static final String DATA_MAPS = "databases.";
    private static final String META_MAPS = "meta.";
    private static final String STOCK_INDEX_INFIX = "._index_";

    IdIndexedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdIndexedDatabase(databaseName);
    }

    /**
     * An inner class on purpose: H2Database's constructor opens the existing collections before a subclass's own
     * fields are assigned, so the MVStore is taken from the enclosing backend, which has it by then.
     */
    private final class IdIndexedDatabase extends H2Database {

        IdIndexedDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** Unique indexes ({@code _id} among them) whose keys compare by value: {@link OrderedUniqueIndex}. */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVStore store = getMvStore();
            String namespace = getFullCollectionNamespace(collectionName);
            // A file written by the stock backend has its index in another order, which nothing keeps up to date
            // from here on; the collection fills the new map from its documents.
            String stock = namespace + STOCK_INDEX_INFIX + indexName;
            if (store.hasMap(stock)) {
                store.removeMap(stock);
            }
            return new OrderedUniqueIndex(store.openMap(OrderedUniqueIndex.mapName(namespace, indexName),
                OrderedUniqueIndex.map()), indexName, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(OrderedUniqueIndex.mapName(collection.getFullName(), indexName));
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            MVStore store = getMvStore();
            String namespace = getFullCollectionNamespace(collectionName);
            return new IdIndexedCollection(this, collectionName, options,
                store.openMap(DATA_MAPS + namespace), store.openMap(META_MAPS + namespace), cursorRegistry);
        }
    }

    private static final class IdIndexedCollection extends H2Collection {

        IdIndexedCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            MVMap<Object, Document> dataMap,
                            MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Document byId = idCondition(query);
            if (byId != null) {
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(byId)) {
                        // The index found exactly the documents an id or a list of plain ids names: only the rest of
                        // the query is left to match. Matched again, {_id: {$in: ids}} compared every candidate with
                        // every id, n² for a fold's batch of marks.
                        Document rest = exactlyFound(byId.get("_id")) ? without(query, byId) : query;
                        return matchDocuments(rest, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /**
         * The query's {@code _id} condition: at the top level ({@code {_id: x, a: 1}}, as Spring Data writes it) or as
         * one clause of a top-level {@code $and} (as the driver's {@code Filters.and} writes it).
         */
        private static Document idCondition(Document query) {
            if (query.containsKey("_id")) {
                return new Document("_id", query.get("_id"));
            }
            if (query.size() == 1 && query.get("$and") instanceof List<?> clauses && clauses.size() > 1) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document && document.size() == 1 && document.containsKey("_id")) {
                        return document;
                    }
                }
            }
            return null;
        }

        /** The query without its {@code _id} condition {@code byId}. */
        private static Document without(Document query, Document byId) {
            if (query.containsKey("_id")) {
                Document rest = new Document(query);
                rest.remove("_id");
                return rest;
            }
            List<Object> clauses = new ArrayList<>((List<?>) query.get("$and"));
            clauses.remove(byId);
            return clauses.size() == 1 ? (Document) clauses.get(0) : new Document("$and", clauses);
        }

        /** Whether an index lookup of this condition finds exactly the documents it matches: plain ids, no operators. */
        private static boolean exactlyFound(Object condition) {
            if (condition instanceof Document operators) {
                return operators.size() == 1 && operators.get("$in") instanceof Collection<?> ids && !ids.isEmpty()
                    && ids.stream().allMatch(IdIndexedCollection::plain);
            }
            return plain(condition);
        }

        private static boolean plain(Object id) {
            return id instanceof String || id instanceof Number || id instanceof ObjectId || id instanceof UUID
                || id instanceof Boolean;
        }
    }
}
